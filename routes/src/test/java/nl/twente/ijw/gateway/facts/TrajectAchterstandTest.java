package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A bulk import's messages only note their trajectories in their transaction; a pass derives
 * them afterwards, key by key or over the whole view, with the same rows as a live message gives.
 * Until then the feed stops before the oldest noted message.
 */
class TrajectAchterstandTest extends TrajectTestBasis {

    @Autowired
    TrajectAchterstand achterstand;

    @AfterEach
    void allesAfgeleid() {
        achterstand.afleiden();
    }

    private Verwerking importeer(TestBericht bericht) {
        Verwerking v = producer.requestBody(OntvangstRoute.ONTVANG,
                new Aanlevering(bericht.bytes(), Aanlevering.IMPORT, "test"), Verwerking.class);
        assertThat(v.retourcodes()).as("retourcodes van %s: %s", v.soort(), v.bevindingen()).isEmpty();
        return v;
    }

    private long genoteerd(long... berichtIds) {
        return jdbc.queryForObject("select count(*) from traject_achterstand where bericht_id = any(?)", Long.class,
                (Object) reeks(berichtIds));
    }

    /** A bigint[] parameter. */
    private static Long[] reeks(long... waarden) {
        return Arrays.stream(waarden).boxed().toArray(Long[]::new);
    }

    @Test
    void eenImportNoteertEnDePassLeidtAfWatEenLiveBerichtAfleidt() {
        String bsn = TestBericht.uniekeBsn();
        long live = TestBericht.uniekNummer();
        long nieuw = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, live));
        String begin = String.valueOf(laatsteBerichtId());

        long toewijzing = importeer(toewijzing(bsn, nieuw)).berichtId();
        long start = importeer(start(bsn, live, "2026-03-02")).berichtId();

        // Noted, not derived: the new toewijzing has no trajectory yet, the live one no start.
        assertThat(genoteerd(toewijzing, start)).isEqualTo(2);
        assertThat(lezer().traject("0153", nieuw, PEILDATUM)).isEmpty();
        assertThat(traject("0153", live).status()).isEqualTo(Traject.Status.ALLOCATED);
        // A live message after them is derived at once, with a higher change number. The feed
        // does not pass the oldest noted message: what the pass derives later must still come.
        long derde = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, derde));
        Trajectpagina voor = lezer().pagina(begin, 10, PEILDATUM);
        assertThat(voor.trajecten()).isEmpty();
        assertThat(voor.volgende()).isEqualTo(begin);

        assertThat(achterstand.afleiden()).isEqualTo(2);

        assertThat(genoteerd(toewijzing, start)).isZero();
        Traject gestart = traject("0153", live);
        assertThat(gestart.status()).isEqualTo(Traject.Status.ACTIVE);
        assertThat(gestart.begindatum()).hasToString("2026-03-02");
        assertThat(gestart.waitDays()).isEqualTo(1);
        assertThat(gestart.wijziging()).isEqualTo(start);
        assertThat(traject("0153", nieuw).status()).isEqualTo(Traject.Status.ALLOCATED);
        assertThat(lezer().pagina(begin, 10, PEILDATUM).trajecten()).extracting(Traject::toewijzingNummer)
                .containsExactly(nieuw, live, derde);
        // Key by key, the journal names the client, as after a live message.
        assertThat(jdbc.queryForObject("select count(*) from indicator_mutatie where client = ?", Long.class,
                pseudonimiseerder.pseudoniem(bsn))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void veleBerichtenGaanInEenKeerOverDeHeleAfleidingMetDezelfdeRijen() {
        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        long a = importeer(toewijzing(bsn, eerste)).berichtId();
        long b = importeer(toewijzing(bsn, tweede)).berichtId();
        long c = importeer(start(bsn, eerste, "2026-03-09")).berichtId();
        long d = importeer(stop(bsn, eerste, "2026-03-09", "31", "2026-06-30")).berichtId();
        long journaal = jdbc.queryForObject("select coalesce(max(volgnummer), 0) from indicator_mutatie", Long.class);

        // Limit 0: the set-based statement, as for an import of more than a few thousand messages.
        int n = jdbc.queryForObject("select traject_achterstand_afleiden(0)", Integer.class);

        assertThat(n).isGreaterThanOrEqualTo(2);
        assertThat(genoteerd(a, b, c, d)).isZero();
        Traject gestopt = traject("0153", eerste);
        assertThat(gestopt.status()).isEqualTo(Traject.Status.ENDED);
        assertThat(gestopt.begindatum()).hasToString("2026-03-09");
        assertThat(gestopt.einddatumLevering()).hasToString("2026-06-30");
        assertThat(gestopt.redenBeeindiging()).isEqualTo("31");
        assertThat(gestopt.wijziging()).isEqualTo(d);
        assertThat(traject("0153", tweede).status()).isEqualTo(Traject.Status.ALLOCATED);
        // The journal says "everything", as after a rebuild.
        assertThat(jdbc.queryForList("select client from indicator_mutatie where volgnummer > ?", String.class, journaal))
                .containsExactly((String) null);
        // Derived again key by key, as a live message would: the same rows.
        List<String> setGewijs = rijen(eerste, tweede);
        jdbc.queryForObject("select traject_na_berichten(?)", Integer.class, (Object) reeks(a, b, c, d));
        assertThat(rijen(eerste, tweede)).isEqualTo(setGewijs).hasSize(2);
    }

    @Test
    void eenStartLeidtAfWatEenOnderbrokenImportNaliet() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        long id = importeer(toewijzing(bsn, nummer)).berichtId();
        assertThat(lezer().traject("0153", nummer, PEILDATUM)).isEmpty();

        achterstand.run(null);

        assertThat(genoteerd(id)).isZero();
        assertThat(traject("0153", nummer).status()).isEqualTo(Traject.Status.ALLOCATED);
    }

    private List<String> rijen(long... nummers) {
        return jdbc.queryForList("select t::text from traject t where gemeente = '0153' and toewijzingnummer = any(?)"
                + " order by toewijzingnummer", String.class, (Object) reeks(nummers));
    }
}
