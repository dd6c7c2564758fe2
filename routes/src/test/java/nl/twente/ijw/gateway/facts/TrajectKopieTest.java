package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;

/**
 * The read of all trajectories in parts (binary COPY, {@link Binairekopie}) gives every trajectory
 * and its pauses as the read of a few clients does (a ResultSet): the indicators read all
 * trajectories the one way at a start and changed clients the other way afterwards.
 */
class TrajectKopieTest extends TrajectTestBasis {

    record Rij(Traject t, List<LocalDate> van, List<LocalDate> tot) {
    }

    @Test
    void deKopieGeeftDezelfdeTrajectenEnPauzesAlsDeRijen() {
        String bsn = TestBericht.uniekeBsn();
        long gepauzeerd = TestBericht.uniekNummer();
        long open = TestBericht.uniekNummer();
        long geannuleerd = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, gepauzeerd));
        accepteer(start(bsn, gepauzeerd, "2026-03-02"));
        accepteer(stop(bsn, gepauzeerd, "2026-03-02", "20", "2026-04-30"));
        accepteer(start(bsn, gepauzeerd, "2026-05-04"));
        accepteer(stop(bsn, gepauzeerd, "2026-05-04", "38", "2026-06-30"));
        accepteer(toewijzing(bsn, open));
        accepteer(toewijzing(bsn, geannuleerd));
        accepteer(toewijzing(bsn, geannuleerd).zet(PRODUCT + "/Toewijzingsdatum", "2026-03-02")
                .zet(PRODUCT + "/Einddatum", "2026-03-01").voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "13"));
        String client = traject("0153", open).client();

        List<Rij> rijen = new ArrayList<>();
        lezer().huidigeOpgeslagen(Set.of(client), (t, van, tot) -> rijen.add(rij(t, van, tot)));
        List<Rij> kopie = new ArrayList<>();
        for (int deel = 0; deel < 2; deel++) {
            lezer().huidigeOpgeslagen(deel, 2, (t, van, tot) -> {
                if (t.client().equals(client)) {
                    kopie.add(rij(t, van, tot));
                }
            });
        }

        Comparator<Rij> opNummer = Comparator.comparingLong(r -> r.t().toewijzingNummer());
        rijen.sort(opNummer);
        kopie.sort(opNummer);
        assertThat(kopie).isEqualTo(rijen).hasSize(2);
        Rij p = kopie.get(0).t().toewijzingNummer() == gepauzeerd ? kopie.get(0) : kopie.get(1);
        assertThat(p.van()).containsExactly(LocalDate.parse("2026-04-30"));
        assertThat(p.tot()).containsExactly(LocalDate.parse("2026-05-04"));
        assertThat(p.t().begindatum()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(p.t().einddatumLevering()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(p.t().redenBeeindiging()).isEqualTo("38");
        assertThat(p.t().aantalStarts()).isEqualTo(2);
        assertThat(p.t().pauseDays()).isEqualTo(4);
        Rij o = kopie.get(0) == p ? kopie.get(1) : kopie.get(0);
        assertThat(o.t().toewijzingNummer()).isEqualTo(open);
        assertThat(o.t().begindatum()).isNull();
        assertThat(o.t().waitDays()).isNull();
        assertThat(o.van()).isNull();
    }

    private static Rij rij(Traject t, LocalDate[] van, LocalDate[] tot) {
        return new Rij(t, van == null ? null : Arrays.asList(van), tot == null ? null : Arrays.asList(tot));
    }
}
