package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr373BudgetOfTotaalWijzigtVanafIngangsdatumTest extends VerzoekTestBasis {

    /** A VOW on an aspecific toewijzing (budget 100000, 2026-03-01 to 2026-12-31) asking another budget. */
    private static TestBericht budgetVow(String bsn, long nummer, long budget, String vanaf) {
        return vow(bsn, referentie(), nummer)
                .verwijder(TE_WIJZIGEN + "/Omvang")
                .zet(TE_WIJZIGEN + "/Einddatum", "2026-12-31")
                .voegToeNa(TE_WIJZIGEN + "/Einddatum", "Budget", budget)
                .zet(TE_WIJZIGEN + "/GewensteIngangsdatum", vanaf);
    }

    @Test
    void eenBudgetwijzigingNaDeIngangsdatumKrijgt9373() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(aspecifiek(toewijzing(bsn, nummer), 100000));

        Verwerking v = ontvang(budgetVow(bsn, nummer, 150000, "2026-04-01"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("0200");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("9373");
        assertThat(bevindingen(v, "TR373")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/GewensteIngangsdatum"));
    }

    @Test
    void eenBudgetwijzigingVanafDeIngangsdatumMag() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(aspecifiek(toewijzing(bsn, nummer), 100000));

        Verwerking v = accepteer(budgetVow(bsn, nummer, 150000, "2026-03-01"));

        assertThat(bevindingen(v, "TR373")).isEmpty();
    }

    @Test
    void hetzelfdeBudgetVanafEenLatereDatumMag() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(aspecifiek(toewijzing(bsn, nummer), 100000));

        Verwerking v = accepteer(budgetVow(bsn, nummer, 100000, "2026-04-01"));

        assertThat(bevindingen(v, "TR373")).isEmpty();
    }

    @Test
    void eenAnderTotaalVolumeNaDeIngangsdatumKrijgt9373() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer).zet(TOEGEWEZEN + "/Omvang/Volume", 40).zet(TOEGEWEZEN + "/Omvang/Frequentie", "6"));

        Verwerking v = ontvang(vow(bsn, referentie(), nummer)
                .zet(TE_WIJZIGEN + "/GewensteIngangsdatum", "2026-04-01")
                .zet(TE_WIJZIGEN + "/Einddatum", "2026-12-31")
                .zet(TE_WIJZIGEN + "/Omvang/Volume", 50)
                .zet(TE_WIJZIGEN + "/Omvang/Frequentie", "6"));

        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("9373");
    }
}
