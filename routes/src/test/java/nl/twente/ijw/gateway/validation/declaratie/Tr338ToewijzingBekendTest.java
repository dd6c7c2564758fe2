package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr338ToewijzingBekendTest extends DeclaratieTestBasis {

    @Test
    void eenOnbekendToewijzingNummerGeeft9338OpDePrestatie() {
        Geval g = new Geval(); // no JW301 sent
        TestBericht declaratie = g.jw323();

        Verwerking v = ontvang(declaratie);

        prestatieGeweigerd(v, "9338", "0 D");
        assertThat(bevindingen(v, "TR338")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ToewijzingNummer"));
        assertThat(vastgelegd(g.aanbieder, declaratie.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer"))).isFalse();
    }

    @Test
    void eenToewijzingAanEenAndereAanbiederIsVoorDezeOnbekend() {
        Geval g = new Geval();
        accepteer(g.jw301());
        Geval ander = new Geval();

        Verwerking v = ontvang(g.jw323().zet("Header/Afzender", ander.aanbieder));

        prestatieGeweigerd(v, "9338", "0 D");
        assertThat(bevindingen(v, "TR338")).hasSize(1);
    }

    @Test
    void eenToewijzingVanDezeGemeenteAanDezeAanbiederIsBekend() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = accepteer(g.jw323());

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR338")).isEmpty();
    }

    @Test
    void vanTweePrestatiesWordtAlleenDeGeweigerdeNietVastgelegd() {
        Geval g = new Geval();
        accepteer(g.jw301());
        String goed = "R" + TestBericht.uniekNummer();
        String fout = "R" + TestBericht.uniekNummer();
        TestBericht declaratie = g.jw323()
                .zet(TOTAAL + "TotaalBedrag", 156000)
                .zet(PRESTATIE + "ProductReferentie/ReferentieNummer", goed)
                .kopieer("Declaratie/Clienten/Client/Prestaties/Prestatie")
                .zet("Declaratie/Clienten/Client/Prestaties/Prestatie[2]/ProductReferentie/ReferentieNummer", fout)
                .zet("Declaratie/Clienten/Client/Prestaties/Prestatie[2]/ToewijzingNummer", TestBericht.uniekNummer());

        Verwerking v = ontvang(declaratie);

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "DeclaratieAntwoord")).containsExactly("0200");
        assertThat(codes(v, RETOUR_CLIENT)).containsExactly("0200");
        // Only the refused prestatie is echoed (IV087).
        assertThat(tekst(v, RETOUR_PRESTATIE + "/ProductReferentie/ReferentieNummer")).isEqualTo(fout);
        assertThat(codes(v, RETOUR_PRESTATIE)).containsExactly("9338");
        assertThat(bevat(v, "DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie[2]")).isFalse();
        assertThat(tekst(v, "DeclaratieAntwoord/TotaalIngediendBedrag/TotaalBedrag")).isEqualTo("156000");
        assertThat(toegekend(v)).isEqualTo("78000 D");
        assertThat(vastgelegd(g.aanbieder, goed)).isTrue();
        assertThat(vastgelegd(g.aanbieder, fout)).isFalse();
    }
}
