package nl.twente.ijw.gateway.validation.technisch;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/**
 * The JW325 fixture refuses its one prestatie of 78000 D: submitted 78000 D, granted 0. A
 * JW325 gets no retour, so the finding shows in the report only.
 */
class Tr342AfgewezenPrestatiesVerklarenVerschilTest extends TechnischeRegelTest {

    private static final String ANTWOORD = "DeclaratieAntwoord";
    private static final String PRESTATIE = ANTWOORD + "/Clienten/Client/Prestaties/Prestatie";

    private static void gevonden(Verwerking v) {
        assertThat(bevindingen(v, "TR342")).singleElement().satisfies(b -> {
            assertThat(b.pad()).isEqualTo("/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag");
            assertThat(b.retourcode()).isEqualTo("0001");
        });
        assertThat(regels(v)).containsOnly("TR342");
    }

    @Test
    void eenVerschilDatDeAfgewezenPrestatiesNietVerklarenIsEenBevinding() {
        // 78000 - 1000 = 77000, but the refused prestatie is 78000.
        gevonden(ontvangJw325(jw325().zet(ANTWOORD + "/TotaalToegekendBedrag/TotaalBedrag", "1000")));
    }

    @Test
    void deAfgewezenPrestatieVerklaartHetVerschil() {
        zonderBevinding(ontvangJw325(jw325()), "TR342");
    }

    @Test
    void creditsTellenNegatief() {
        // Submitted 73000 D, granted 78000 D: the refused credit of 5000 C explains -5000.
        Verwerking v = ontvangJw325(jw325()
                .zet(ANTWOORD + "/TotaalIngediendBedrag/TotaalBedrag", "73000")
                .zet(ANTWOORD + "/TotaalToegekendBedrag/TotaalBedrag", "78000")
                .voegToeNa(PRESTATIE + "/ProductReferentie/ReferentieNummer", "VorigReferentieNummer", "OUD1")
                .zet(PRESTATIE + "/IngediendBedrag/Bedrag", "5000")
                .zet(PRESTATIE + "/GeleverdVolume", "1")
                .zet(PRESTATIE + "/ProductTarief", "5000")
                .zet(PRESTATIE + "/IngediendBedrag/DebetCredit", "C"));

        zonderBevinding(v, "TR342");
    }

    @Test
    void eenAfgewezenDeclaratieAntwoordHeeftGeenPrestatiesEnNulToegekend() {
        // 9333: DeclaratieNummer used before; nothing below was assessed.
        Verwerking v = ontvangJw325(jw325().verwijder(ANTWOORD + "/Clienten")
                .zet(ANTWOORD + "/RetourCodes/RetourCode", "9333"));

        zonderBevinding(v, "TR342");
    }

    @Test
    void eenAfgewezenDeclaratieAntwoordMetToegekendBedragIsEenBevinding() {
        gevonden(ontvangJw325(jw325().verwijder(ANTWOORD + "/Clienten")
                .zet(ANTWOORD + "/RetourCodes/RetourCode", "9333")
                .zet(ANTWOORD + "/TotaalToegekendBedrag/TotaalBedrag", "78000")));
    }

    @Test
    void eenAfgewezenDeclaratieAntwoordMetPrestatiesIsEenBevinding() {
        gevonden(ontvangJw325(jw325().zet(ANTWOORD + "/RetourCodes/RetourCode", "9333")));
    }
}
