package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr323CreditVanToegekendDebetTest extends DeclaratieTestBasis {

    @Test
    void eenCreditZonderBekendDebetGeeft8017() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = ontvang(credit(g.jw323(), "R" + TestBericht.uniekNummer()));

        prestatieGeweigerd(v, "8017", "0 D");
        assertThat(bevindingen(v, "TR323")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/VorigReferentieNummer"));
    }

    @Test
    void eenGeweigerdDebetKanNietGecrediteerdWorden() {
        Geval g = new Geval();
        TestBericht debet = g.jw323(); // no toewijzing yet: 9338
        assertThat(codes(ontvang(debet), RETOUR_PRESTATIE)).containsExactly("9338");
        accepteer(g.jw301());

        Verwerking v = ontvang(credit(g.jw323(), debet.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer")));

        prestatieGeweigerd(v, "8017", "0 D");
    }

    @Test
    void eenCreditVanEenToegekendDebetMag() {
        Geval g = new Geval();
        accepteer(g.jw301());
        TestBericht debet = g.jw323();
        accepteer(debet);
        TestBericht creditBericht = credit(g.jw323(), debet.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer"));

        Verwerking v = accepteer(creditBericht);

        geheelToegekend(v, "78000 C");
        assertThat(bevindingen(v, "TR323")).isEmpty();
        assertThat(vastgelegd(g.aanbieder, creditBericht.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer"))).isTrue();
    }
}
