package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr390NietTweemaalGecrediteerdTest extends DeclaratieTestBasis {

    @Test
    void eenTweedeCreditVanHetzelfdeDebetGeeft9390() {
        Geval g = new Geval();
        accepteer(g.jw301());
        TestBericht debet = g.jw323();
        accepteer(debet);
        String nummer = debet.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer");
        accepteer(credit(g.jw323(), nummer));

        Verwerking v = ontvang(credit(g.jw323(), nummer));

        prestatieGeweigerd(v, "9390", "0 D");
        assertThat(bevindingen(v, "TR390")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/VorigReferentieNummer"));
        assertThat(bevindingen(v, "TR323")).isEmpty();
    }

    @Test
    void eenCreditVanEenAnderNogNietGecrediteerdDebetMag() {
        Geval g = new Geval();
        accepteer(g.jw301());
        TestBericht maart = g.jw323();
        accepteer(maart);
        TestBericht april = g.jw323April();
        accepteer(april);
        // March's debit credited in the April declaration.
        accepteer(credit(g.jw323April().zet(PRESTATIE + "ProductPeriode/Begindatum", "2026-03-01")
                .zet(PRESTATIE + "ProductPeriode/Einddatum", "2026-03-31"), maart.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer")));

        Verwerking v = accepteer(credit(g.jw323April(), april.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer")));

        geheelToegekend(v, "78000 C");
        assertThat(bevindingen(v, "TR390")).isEmpty();
    }
}
