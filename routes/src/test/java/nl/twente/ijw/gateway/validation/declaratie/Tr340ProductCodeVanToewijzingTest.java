package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr340ProductCodeVanToewijzingTest extends DeclaratieTestBasis {

    @Test
    void eenAndereProductcodeDanDieVanDeToewijzingGeeft9340() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = ontvang(g.jw323().zet(PRESTATIE + "ProductCode", "45A02"));

        prestatieGeweigerd(v, "9340", "0 D");
        assertThat(bevindingen(v, "TR340")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductCode"));
    }

    @Test
    void deProductcodeVanDeToewijzingMag() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = accepteer(g.jw323());

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR340")).isEmpty();
    }

    @Test
    void zonderCodeInDeToewijzingIsElkeCodeGoed() {
        Geval g = new Geval();
        accepteer(Tr339ProductCategorieVanToewijzingTest.aspecifiek(g));

        Verwerking v = accepteer(g.jw323().zet(PRESTATIE + "ProductCode", "45A02"));

        assertThat(bevindingen(v, "TR340")).isEmpty();
    }
}
