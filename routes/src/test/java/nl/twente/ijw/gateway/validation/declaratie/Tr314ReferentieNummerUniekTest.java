package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr314ReferentieNummerUniekTest extends DeclaratieTestBasis {

    @Test
    void eenReferentieNummerVanEenToegekendePrestatieOpnieuwGeeft8021() {
        Geval g = new Geval();
        accepteer(g.jw301());
        TestBericht maart = g.jw323();
        accepteer(maart);
        String nummer = maart.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer");

        Verwerking v = ontvang(g.jw323April().zet(PRESTATIE + "ProductReferentie/ReferentieNummer", nummer));

        prestatieGeweigerd(v, "8021", "0 D");
        assertThat(bevindingen(v, "TR314")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/ReferentieNummer"));
    }

    @Test
    void hetReferentieNummerVanEenGeweigerdePrestatieIsNogVrij() {
        Geval g = new Geval();
        TestBericht geweigerd = g.jw323(); // no toewijzing yet: 9338
        assertThat(codes(ontvang(geweigerd), RETOUR_PRESTATIE)).containsExactly("9338");
        accepteer(g.jw301());

        Verwerking v = accepteer(g.jw323()
                .zet(PRESTATIE + "ProductReferentie/ReferentieNummer", geweigerd.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer")));

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR314")).isEmpty();
    }
}
