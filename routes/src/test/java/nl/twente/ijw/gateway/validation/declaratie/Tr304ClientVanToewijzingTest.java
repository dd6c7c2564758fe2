package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr304ClientVanToewijzingTest extends DeclaratieTestBasis {

    @Test
    void eenPrestatieOnderEenAndereClientDanDieVanDeToewijzingGeeft8187OpDePrestatie() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = ontvang(g.jw323().zetOveral("Bsn", TestBericht.uniekeBsn()));

        // On the Prestatie (interp., STANDARD.md §2.5), so the Client itself carries 0200.
        prestatieGeweigerd(v, "8187", "0 D");
        assertThat(bevindingen(v, "TR304")).singleElement().satisfies(b -> {
            assertThat(b.pad()).isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ToewijzingNummer");
            assertThat(b.uitleg()).doesNotContain(g.bsn);
        });
    }

    @Test
    void eenPrestatieOnderDeClientVanDeToewijzingMag() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = accepteer(g.jw323());

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR304")).isEmpty();
    }
}
