package nl.twente.ijw.gateway.ontvangst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Group commit as the waiting channels use it: messages that arrive while a batch is being
 * received share the next batch and its one transaction, and are judged in their order as if
 * they came one by one. One receiving thread here, so that the batch is predictable. A test step after the archive (a {@link NaOntvangst}) holds the first
 * batch until the others wait, and fails one message on purpose.
 */
@CamelSpringBootTest
@SpringBootTest(properties = {"ijw.data-dir=target/test-data/groep", "ijw.kanalen=false",
        "spring.artemis.embedded.enabled=false", "ijw.intake.ontvangers=1"})
class GroepsontvangstTest {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";
    private static final String START = "Client/StartProducten/StartProduct";
    private static final String IDENTIFICATIE = "Header/BerichtIdentificatie/Identificatie";

    /** Each caller its own thread, as the channels' threads are. */
    private static final ExecutorService ZENDERS = Executors.newCachedThreadPool();
    private static final CountDownLatch VASTGEHOUDEN = new CountDownLatch(1);
    private static final CountDownLatch LOS = new CountDownLatch(1);

    @TestConfiguration
    static class Stappen {

        /** "vasthouden": holds its batch until the test lets go; "faalt": a fault of the gateway. */
        @Bean
        NaOntvangst testStap() {
            return (aanlevering, verwerking) -> {
                String bron = String.valueOf(aanlevering.bron());
                if (bron.endsWith("vasthouden")) {
                    VASTGEHOUDEN.countDown();
                    try {
                        LOS.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                } else if (bron.endsWith("faalt")) {
                    throw new IllegalStateException("storing bij dit ene bericht");
                }
            };
        }
    }

    @Autowired
    Groepsontvangst groep;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void berichtenDieTegelijkKomenDelenEenPartijEnWordenOpVolgordeBeoordeeld() throws Exception {
        String p = "g" + TestBericht.uniekNummer() + "-";
        CompletableFuture<Verwerking> eerste = stuur(TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet(PRODUCT + "/ToewijzingNummer", TestBericht.uniekNummer()), p + "vasthouden");
        assertThat(VASTGEHOUDEN.await(30, TimeUnit.SECONDS)).as("de eerste partij is bezig").isTrue();

        // While the first batch is busy: a toewijzing and its start for one client, the same
        // Identificatie with other content, and a repeat of the toewijzing byte for byte.
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        TestBericht toewijzing = TestBericht.jw301().zetOveral("Bsn", bsn).zet(PRODUCT + "/ToewijzingNummer", nummer);
        TestBericht start = TestBericht.jw305().zet("Header/BerichtIdentificatie/Dagtekening", "2026-11-02")
                .zetOveral("Bsn", bsn).zet(START + "/ToewijzingNummer", nummer).zet(START + "/Begindatum", "2026-03-02");
        TestBericht andereInhoud = TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet(PRODUCT + "/ToewijzingNummer", TestBericht.uniekNummer())
                .zet(IDENTIFICATIE, toewijzing.tekst(IDENTIFICATIE));
        List<CompletableFuture<Verwerking>> tweede = new ArrayList<>();
        tweede.add(stuur(toewijzing, p + "a"));
        wachtTotInDeRij(1);
        tweede.add(stuur(start, p + "b"));
        wachtTotInDeRij(2);
        tweede.add(stuur(andereInhoud, p + "c"));
        wachtTotInDeRij(3);
        tweede.add(stuur(toewijzing, p + "d"));
        wachtTotInDeRij(4);
        LOS.countDown();

        assertThat(eerste.get(30, TimeUnit.SECONDS).uitkomst()).isEqualTo(Uitkomst.GEACCEPTEERD);
        List<Verwerking> v = new ArrayList<>();
        for (CompletableFuture<Verwerking> f : tweede) {
            v.add(f.get(30, TimeUnit.SECONDS));
        }
        assertThat(v).extracting(Verwerking::uitkomst).containsExactly(Uitkomst.GEACCEPTEERD, Uitkomst.GEACCEPTEERD,
                Uitkomst.DUPLICAAT, Uitkomst.HERHALING);
        assertThat(v.get(1).retourcodes()).isEmpty();
        assertThat(v.get(2).retourcodes()).containsExactly("9056");
        assertThat(v.get(3).retour()).isEqualTo(v.get(0).retour());
        // The four of the second batch were written in one transaction: one commit for all.
        assertThat(jdbc.queryForObject("select count(distinct xmin::text) from bericht where bron in (?, ?, ?, ?)",
                Integer.class, p + "a", p + "b", p + "c", p + "d")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(distinct xmin::text) from bericht where bron in (?, ?)",
                Integer.class, p + "vasthouden", p + "a")).isEqualTo(2);
    }

    @Test
    void eenBerichtDatFaaltFaaltAlleenDeAnderenWordenOntvangen() throws Exception {
        String p = "f" + TestBericht.uniekNummer() + "-";
        TestBericht voor = TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet(PRODUCT + "/ToewijzingNummer", TestBericht.uniekNummer());
        TestBericht fout = TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet(PRODUCT + "/ToewijzingNummer", TestBericht.uniekNummer());

        assertThat(groep.ontvang(new Aanlevering(voor.bytes(), "test", p + "voor")).uitkomst())
                .isEqualTo(Uitkomst.GEACCEPTEERD);
        assertThatThrownBy(() -> groep.ontvang(new Aanlevering(fout.bytes(), "test", p + "faalt")))
                .isInstanceOf(IllegalStateException.class).hasMessage("storing bij dit ene bericht");
        // Its transaction rolled back: not archived, nothing stored; the one before it stays.
        assertThat(jdbc.queryForObject("select count(*) from bericht where bron = ?", Integer.class, p + "faalt")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from bericht where bron = ?", Integer.class, p + "voor")).isEqualTo(1);
    }

    private CompletableFuture<Verwerking> stuur(TestBericht bericht, String bron) {
        byte[] inhoud = bericht.bytes();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return groep.ontvang(new Aanlevering(inhoud, "test", bron));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, ZENDERS);
    }

    /** The callers queue in the order they call: wait until the queue holds this many. */
    private void wachtTotInDeRij(int aantal) throws InterruptedException {
        for (int i = 0; i < 600 && groep.wachtend() < aantal; i++) {
            Thread.sleep(10);
        }
        assertThat(groep.wachtend()).isEqualTo(aantal);
    }
}
