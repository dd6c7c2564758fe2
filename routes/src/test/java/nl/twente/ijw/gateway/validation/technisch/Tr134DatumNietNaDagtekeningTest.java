package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw301;
import static nl.twente.ijw.gateway.fixtures.TestBericht.jw305;
import static nl.twente.ijw.gateway.fixtures.TestBericht.jw307;
import static nl.twente.ijw.gateway.fixtures.TestBericht.jw315;
import static nl.twente.ijw.gateway.fixtures.TestBericht.jw323;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** Dagtekening of the fixtures: 2026-03-02 (JW323: 2026-04-02; the JW325 fixture: 2026-04-10). */
class Tr134DatumNietNaDagtekeningTest extends TechnischeRegelTest {

    @Test
    void eenGeboortedatumNaDeDagtekeningGeeft0001() {
        Verwerking v = ontvang(vers(jw315()).zet("Client/Geboortedatum/Datum", "2026-03-03"));

        afgekeurdMet0001(v, "TR134", "/Bericht/Client/Geboortedatum/Datum");
    }

    @Test
    void eenGeboortedatumOpDeDagtekeningMag() {
        zonderBevinding(ontvang(vers(jw315()).zet("Client/Geboortedatum/Datum", "2026-03-02")), "TR134");
    }

    @Test
    void eenToewijzingsdatumNaDeDagtekeningGeeft0001() {
        Verwerking v = ontvang(vers(jw301()).zet("Client/ToegewezenProducten/ToegewezenProduct/Toewijzingsdatum", "2026-03-03"));

        afgekeurdMet0001(v, "TR134", "/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Toewijzingsdatum");
    }

    @Test
    void eenToewijzingsdatumOpDeDagtekeningMag() {
        zonderBevinding(ontvang(vers(jw301())
                .zet("Client/ToegewezenProducten/ToegewezenProduct/Toewijzingsdatum", "2026-03-02")), "TR134");
    }

    @Test
    void eenStartNaDeDagtekeningGeeft0001() {
        Verwerking v = ontvang(vers(jw305()).zet("Client/StartProducten/StartProduct/Begindatum", "2026-03-03"));

        afgekeurdMet0001(v, "TR134", "/Bericht/Client/StartProducten/StartProduct/Begindatum");
    }

    @Test
    void eenStartOpDeDagtekeningMag() {
        // The fixture's start begins on its Dagtekening.
        zonderBevinding(ontvang(vers(jw305())), "TR134");
    }

    @Test
    void eenStopNaDeDagtekeningGeeft0001() {
        Verwerking v = ontvang(vers(jw307()).zet("Header/BerichtIdentificatie/Dagtekening", "2026-03-02")
                .zet("Client/StopProducten/StopProduct/Einddatum", "2026-03-03"));

        afgekeurdMet0001(v, "TR134", "/Bericht/Client/StopProducten/StopProduct/Einddatum");
    }

    @Test
    void eenStopOpDeDagtekeningMag() {
        zonderBevinding(ontvang(vers(jw307()).zet("Client/StopProducten/StopProduct/Einddatum", "2026-03-02")), "TR134");
    }

    @Test
    void eenDeclaratieDagtekeningNaDeDagtekeningGeeft0001() {
        Verwerking v = ontvang(vers(jw323()).zet("Declaratie/DeclaratieDagtekening", "2026-04-03"));

        afgekeurdMet0001(v, "TR134", "/Bericht/Declaratie/DeclaratieDagtekening");
    }

    @Test
    void eenDeclaratieDagtekeningGelijkAanDeDagtekeningMag() {
        // As in the fixture: both 2026-04-02.
        zonderBevinding(ontvang(vers(jw323())), "TR134");
    }

    @Test
    void eenProductPeriodeDieNaDeDagtekeningBegintRaaktOokTr137() {
        // (interp.) Binding for the Prestatie the standard lists; its end then lies after the Dagtekening too.
        Verwerking v = ontvangJw325(jw325().zet("Header/BerichtIdentificatie/Dagtekening", "2026-03-14")
                .zet("DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum", "2026-03-15"));

        assertThat(bevindingen(v, "TR134")).singleElement().satisfies(b -> assertThat(b.pad()).isEqualTo(
                "/Bericht/DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum"));
        assertThat(regels(v)).containsOnly("TR134", "TR137");
    }

    @Test
    void eenProductPeriodeDieOpDeDagtekeningBegintMag() {
        Verwerking v = ontvangJw325(jw325().zet("Header/BerichtIdentificatie/Dagtekening", "2026-03-31")
                .zet("DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum", "2026-03-31"));

        zonderBevinding(v, "TR134");
    }
}
