package nl.twente.ijw.gateway.ontvangst;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.bericht.BerichtLezer;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A batch of messages in one transaction (the bulk import) is judged as if the messages came
 * one by one: the edge cases of a batch.
 */
class PartijverwerkingTest extends RegelTestBasis {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";
    private static final String START = "Client/StartProducten/StartProduct";
    private static final String IDENTIFICATIE = "Header/BerichtIdentificatie/Identificatie";

    @Autowired
    Partijverwerking partijen;

    @Autowired
    BerichtLezer lezer;

    private Verwerking viaRoute(Aanlevering a) {
        return producer.requestBody(OntvangstRoute.ONTVANG, a, Verwerking.class);
    }

    /** As the import hands them over: read ahead, in parallel. */
    private Aanlevering vooraf(TestBericht bericht, String bron) {
        byte[] inhoud = bericht.bytes();
        return new Aanlevering(inhoud, "test", bron, null, lezer.lees(inhoud), null);
    }

    private static TestBericht toewijzing(String bsn, long nummer) {
        return TestBericht.jw301().zetOveral("Bsn", bsn).zet(PRODUCT + "/ToewijzingNummer", nummer);
    }

    private static TestBericht start(String bsn, long nummer) {
        return TestBericht.jw305().zet("Header/BerichtIdentificatie/Dagtekening", "2026-11-02")
                .zetOveral("Bsn", bsn).zet(START + "/ToewijzingNummer", nummer).zet(START + "/Begindatum", "2026-03-02");
    }

    private int gearchiveerd(String bron) {
        return jdbc.queryForObject("select count(*) from bericht where bron = ?", Integer.class, bron);
    }

    @Test
    void tweeBerichtenVanDezelfdeClientInEenPartij() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        TestBericht toewijzing = toewijzing(bsn, nummer);
        TestBericht start = start(bsn, nummer);
        // The start refers to the toewijzing of the same batch, and a second start on the same
        // key in that batch is a second first delivery of one start (TR063/TR332 family).
        TestBericht nogmaals = start(bsn, nummer);

        List<Verwerking> v = partijen.verwerk(List.of(vooraf(toewijzing, "p1-a"), vooraf(start, "p1-b"),
                vooraf(nogmaals, "p1-c")), this::viaRoute);

        assertThat(v).extracting(Verwerking::uitkomst)
                .containsExactly(Uitkomst.GEACCEPTEERD, Uitkomst.GEACCEPTEERD, Uitkomst.AFGEKEURD);
        assertThat(v.get(1).retourcodes()).isEmpty();
        assertThat(v.get(2).retourcodes()).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from zorgstart where bericht_id = ?", Integer.class,
                v.get(1).berichtId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from zorgstart where bericht_id = ?", Integer.class,
                v.get(2).berichtId())).isZero();
    }

    @Test
    void eenDubbeleIdentificatieInEenPartij() {
        String identificatie = TestBericht.uniekeIdentificatie();
        TestBericht eerste = TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet(PRODUCT + "/ToewijzingNummer", TestBericht.uniekNummer()).zet(IDENTIFICATIE, identificatie);
        TestBericht andereInhoud = TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet(PRODUCT + "/ToewijzingNummer", TestBericht.uniekNummer()).zet(IDENTIFICATIE, identificatie);

        List<Verwerking> v = partijen.verwerk(List.of(vooraf(eerste, "p2-a"), vooraf(andereInhoud, "p2-b"),
                vooraf(eerste, "p2-c")), this::viaRoute);

        assertThat(v).extracting(Verwerking::uitkomst)
                .containsExactly(Uitkomst.GEACCEPTEERD, Uitkomst.DUPLICAAT, Uitkomst.HERHALING);
        assertThat(v.get(1).retourcodes()).containsExactly("9056");
        // The repeat gets the first one's retour again, byte for byte.
        assertThat(v.get(2).retour()).isEqualTo(v.get(0).retour());
        assertThat(v.get(2).origineelId()).isEqualTo(v.get(0).berichtId());
    }

    @Test
    void eenPartijDieHalverwegeFaaltWordtPerBerichtOverGedaan() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        TestBericht toewijzing = toewijzing(bsn, nummer);
        TestBericht start = start(bsn, nummer);
        TestBericht ander = TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet(PRODUCT + "/ToewijzingNummer", TestBericht.uniekNummer());
        // The second message fails once, after the first was stored in the batch's transaction
        // (say, the connection broke); the retry of the batch one by one succeeds.
        AtomicBoolean gefaald = new AtomicBoolean();
        // Sources unique to this run: the test database outlives a run.
        String p = "p3-" + TestBericht.uniekNummer() + "-";
        Function<Aanlevering, Verwerking> ontvang = a -> {
            Verwerking w = viaRoute(a);
            if ((p + "b").equals(a.bron()) && gefaald.compareAndSet(false, true)) {
                throw new IllegalStateException("storing halverwege de partij");
            }
            return w;
        };

        List<Verwerking> v = partijen.verwerk(List.of(vooraf(toewijzing, p + "a"), vooraf(start, p + "b"),
                vooraf(ander, p + "c")), ontvang);

        assertThat(gefaald).isTrue();
        assertThat(v).extracting(Verwerking::uitkomst)
                .containsExactly(Uitkomst.GEACCEPTEERD, Uitkomst.GEACCEPTEERD, Uitkomst.GEACCEPTEERD);
        // Nothing of the rolled-back attempt remains: each message is archived once, not as a duplicate of itself.
        assertThat(List.of(gearchiveerd(p + "a"), gearchiveerd(p + "b"), gearchiveerd(p + "c"))).containsExactly(1, 1, 1);
        assertThat(jdbc.queryForObject("select count(*) from toewijzing_versie where toewijzingnummer = ?",
                Integer.class, nummer)).isEqualTo(1);
    }
}
