package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr339ProductCategorieVanToewijzingTest extends DeclaratieTestBasis {

    /** An aspecific toewijzing: category 45 only, no code, no Omvang (CD080). */
    static TestBericht aspecifiek(Geval g) {
        return g.jw301().verwijder(TOEGEWEZEN + "Product/Code").verwijder(TOEGEWEZEN + "Omvang");
    }

    @Test
    void eenAndereCategorieDanDieVanDeToewijzingGeeft9339() {
        Geval g = new Geval();
        accepteer(aspecifiek(g));

        Verwerking v = ontvang(g.jw323().zet(PRESTATIE + "ProductCategorie", "44").zet(PRESTATIE + "ProductCode", "44A01"));

        prestatieGeweigerd(v, "9339", "0 D");
        assertThat(bevindingen(v, "TR339")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductCategorie"));
    }

    @Test
    void deCategorieVanDeToewijzingMetEenEigenProductcodeMag() {
        Geval g = new Geval();
        accepteer(aspecifiek(g));

        Verwerking v = accepteer(g.jw323().zet(PRESTATIE + "ProductCode", "45A02"));

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR339")).isEmpty();
    }
}
