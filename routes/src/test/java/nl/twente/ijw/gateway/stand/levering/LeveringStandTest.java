package nl.twente.ijw.gateway.stand.levering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.twente.ijw.gateway.bericht.BerichtHeader;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The stored starts and stops carry what a trajectory needs: start, pause, resumption, end, corrections. */
class LeveringStandTest extends RegelTestBasis {

    private static final String START = "Client/StartProducten/StartProduct";
    private static final String STOP = "Client/StopProducten/StopProduct";

    @Autowired
    private LeveringStand stand;

    @Test
    void eenTrajectMetPauzeHervattingEnCorrectie() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(TestBericht.jw301().zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", nummer));
        accepteer(start(bsn, nummer, "2026-03-02"));
        accepteer(stop(bsn, nummer, "2026-03-02", "20", "2026-04-30"));
        accepteer(start(bsn, nummer, "2026-05-04"));
        accepteer(stop(bsn, nummer, "2026-05-04", "31", "2026-06-30"));
        // IV008: the Einddatum was wrong; removal and correction in one message.
        accepteer(stop(bsn, nummer, "2026-05-04", "31", "2026-06-30").kopieer(STOP)
                .zet(STOP + "[1]/StatusAanlevering", "3").zet(STOP + "[2]/Einddatum", "2026-06-15"));

        Dossier dossier = stand.dossier(new BerichtHeader("440", "87654321", "0153", "x", "2026-11-02"), bsn);
        Leveringen leveringen = stand.leveringen(dossier);

        assertThat(dossier.client()).isNotEqualTo(bsn).hasSize(64);
        assertThat(leveringen.starts()).extracting(Zorgstart::sleutel).containsExactly(
                new Startsleutel(nummer, "45", "45A01", LocalDate.parse("2026-03-02")),
                new Startsleutel(nummer, "45", "45A01", LocalDate.parse("2026-05-04")));
        assertThat(leveringen.stops()).extracting(Zorgstop::sleutel).containsExactly(
                new Stopsleutel(new Startsleutel(nummer, "45", "45A01", LocalDate.parse("2026-03-02")), "20",
                        LocalDate.parse("2026-04-30")),
                new Stopsleutel(new Startsleutel(nummer, "45", "45A01", LocalDate.parse("2026-05-04")), "31",
                        LocalDate.parse("2026-06-15")));

        // The removed stop keeps its row and points to the removal.
        List<Map<String, Object>> verwijderd = jdbc.queryForList("select s.einddatum, r.status_aanlevering"
                + " from zorgstop s join zorgstop r on r.id = s.verwijderd_door where s.client = ?", dossier.client());
        assertThat(verwijderd).singleElement().satisfies(rij -> {
            assertThat(rij.get("einddatum").toString()).isEqualTo("2026-06-30");
            assertThat(rij.get("status_aanlevering")).isEqualTo("3");
        });
    }

    private static TestBericht start(String bsn, long nummer, String begindatum) {
        return TestBericht.jw305().zet("Header/BerichtIdentificatie/Dagtekening", "2026-11-02").zetOveral("Bsn", bsn)
                .zet(START + "/ToewijzingNummer", nummer).zet(START + "/Begindatum", begindatum);
    }

    private static TestBericht stop(String bsn, long nummer, String begindatum, String reden, String einddatum) {
        return TestBericht.jw307().zet("Header/BerichtIdentificatie/Dagtekening", "2026-11-02").zetOveral("Bsn", bsn)
                .zet(STOP + "/ToewijzingNummer", nummer).zet(STOP + "/Begindatum", begindatum)
                .zet(STOP + "/RedenBeeindiging", reden).zet(STOP + "/Einddatum", einddatum);
    }
}
