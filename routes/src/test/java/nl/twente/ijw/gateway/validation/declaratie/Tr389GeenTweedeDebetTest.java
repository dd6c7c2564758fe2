package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr389GeenTweedeDebetTest extends DeclaratieTestBasis {

    private static final String TWEEDE = "Declaratie/Clienten/Client/Prestaties/Prestatie[2]/";

    @Test
    void eenTweedeDebetVoorDezelfdePeriodeProductEnToewijzingGeeft9389() {
        Geval g = new Geval();
        accepteer(g.jw301());
        accepteer(g.jw323());

        Verwerking v = ontvang(g.jw323());

        prestatieGeweigerd(v, "9389", "0 D");
        assertThat(bevindingen(v, "TR389")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie"));
    }

    @Test
    void eenNieuwDebetMetDeCreditVanHetEersteInHetzelfdeBerichtMag() {
        Geval g = new Geval();
        accepteer(g.jw301());
        TestBericht eerste = g.jw323();
        accepteer(eerste);

        // Credit 12 hours (78000 C) and declare 10 hours (65000 D) again: net 13000 C (IV086, OP366).
        TestBericht correctie = credit(g.jw323(), eerste.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer"))
                .kopieer("Declaratie/Clienten/Client/Prestaties/Prestatie")
                .zet(TWEEDE + "ProductReferentie/ReferentieNummer", "R" + TestBericht.uniekNummer())
                .verwijder(TWEEDE + "ProductReferentie/VorigReferentieNummer")
                .zet(TWEEDE + "GeleverdVolume", 10)
                .zet(TWEEDE + "IngediendBedrag/Bedrag", 65000)
                .zet(TWEEDE + "IngediendBedrag/DebetCredit", "D")
                .zet(TOTAAL + "TotaalBedrag", 13000);

        Verwerking v = accepteer(correctie);

        geheelToegekend(v, "13000 C");
        assertThat(bevindingen(v, "TR389")).isEmpty();
    }

    @Test
    void eenNieuwDebetNaEenEerdereCreditMag() {
        Geval g = new Geval();
        accepteer(g.jw301());
        TestBericht eerste = g.jw323();
        accepteer(eerste);
        accepteer(credit(g.jw323(), eerste.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer")));

        Verwerking v = accepteer(g.jw323());

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR389")).isEmpty();
    }
}
