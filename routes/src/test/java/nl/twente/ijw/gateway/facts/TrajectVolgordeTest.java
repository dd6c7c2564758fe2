package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;

/**
 * INDICATORS.md §4: the arrival order means nothing, and a corrected history gives the same
 * trajectory as the corrected facts sent right away. Two clients get the same facts in another
 * order or with corrections; their trajectories must be equal apart from identity and change number.
 */
class TrajectVolgordeTest extends TrajectTestBasis {

    private static final String[] IDENTITEIT = {"toewijzingNummer", "client", "wijziging"};

    @Test
    void versiesInOmgekeerdeVolgordeGevenHetzelfdeTraject() {
        String bsnA = TestBericht.uniekeBsn();
        long a = TestBericht.uniekNummer();
        accepteer(toewijzing(bsnA, a));
        accepteer(ingekort(bsnA, a));
        accepteer(start(bsnA, a, "2026-03-02"));
        accepteer(stop(bsnA, a, "2026-03-02", "20", "2026-04-30"));
        accepteer(start(bsnA, a, "2026-05-04"));

        String bsnB = TestBericht.uniekeBsn();
        long b = TestBericht.uniekNummer();
        accepteer(ingekort(bsnB, b));
        accepteer(start(bsnB, b, "2026-03-02"));
        accepteer(stop(bsnB, b, "2026-03-02", "20", "2026-04-30"));
        accepteer(start(bsnB, b, "2026-05-04"));
        accepteer(toewijzing(bsnB, b));

        Traject trajectA = traject("0153", a);
        assertThat(trajectA.einddatum()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(trajectA.pauseDays()).isEqualTo(4);
        assertThat(trajectA.status()).isEqualTo(Traject.Status.ENDED);
        assertThat(trajectA.endedByToewijzing()).isTrue();
        assertThat(trajectA.durationDays()).isEqualTo(120);
        assertThat(traject("0153", b)).usingRecursiveComparison().ignoringFields(IDENTITEIT).isEqualTo(trajectA);
    }

    @Test
    void eenGecorrigeerdeGeschiedenisIsGelijkAanDeJuisteMeteen() {
        String bsnA = TestBericht.uniekeBsn();
        long a = TestBericht.uniekNummer();
        accepteer(toewijzing(bsnA, a));
        accepteer(start(bsnA, a, "2026-03-09"));
        accepteer(stop(bsnA, a, "2026-03-09", "33", "2026-08-31"));

        String bsnB = TestBericht.uniekeBsn();
        long b = TestBericht.uniekNummer();
        accepteer(toewijzing(bsnB, b));
        accepteer(start(bsnB, b, "2026-03-02"));
        accepteer(start(bsnB, b, "2026-03-02").zet(START + "/StatusAanlevering", "3"));
        accepteer(start(bsnB, b, "2026-03-09"));
        accepteer(stop(bsnB, b, "2026-03-09", "31", "2026-06-30"));
        // IV008: removal and correction of the stop in one message.
        accepteer(stop(bsnB, b, "2026-03-09", "31", "2026-06-30").kopieer(STOP)
                .zet(STOP + "[1]/StatusAanlevering", "3")
                .zet(STOP + "[2]/RedenBeeindiging", "33").zet(STOP + "[2]/Einddatum", "2026-08-31"));

        Traject trajectA = traject("0153", a);
        assertThat(trajectA.begindatum()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(trajectA.waitDays()).isEqualTo(8);
        assertThat(trajectA.einddatumLevering()).isEqualTo(LocalDate.parse("2026-08-31"));
        assertThat(trajectA.redenBeeindiging()).isEqualTo("33");
        assertThat(trajectA.durationDays()).isEqualTo(175);
        assertThat(traject("0153", b)).usingRecursiveComparison().ignoringFields(IDENTITEIT).isEqualTo(trajectA);
    }
}
