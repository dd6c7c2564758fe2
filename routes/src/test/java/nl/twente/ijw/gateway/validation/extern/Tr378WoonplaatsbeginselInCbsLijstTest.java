package nl.twente.ijw.gateway.validation.extern;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/**
 * TR378 on Woonplaatsbeginsel/Gemeente of a JW319 refusing a VOT on the woonplaatsbeginsel
 * (reden 8). Each answer refers to a request accepted just before, so only TR378 can fail.
 */
class Tr378WoonplaatsbeginselInCbsLijstTest extends RegelTestBasis {

    @Test
    void eenOnbekendeGemeenteInHetWoonplaatsbeginselGeeftS300OpDatRecord() {
        Verwerking v = ontvang(weigeringWegensWoonplaatsbeginsel("9999", "2026-03-02"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Antwoord")).containsExactly("0200");
        assertThat(codes(v, "Antwoord/Woonplaatsbeginsel")).containsExactly("S300");
        assertThat(bevindingen(v, "TR378")).singleElement().satisfies(b -> {
            assertThat(b.pad()).isEqualTo("/Bericht/Antwoord/Woonplaatsbeginsel/Gemeente");
            assertThat(b.uitleg()).isEqualTo("Gemeentecode 9999 in Woonplaatsbeginsel/Gemeente komt niet voor in de"
                    + " CBS-lijst van gemeentecodes. Gebruik de CBS-code (vier cijfers) van de gemeente.");
        });
    }

    @Test
    void deGemeenteUitHetOfficieleVoorbeeldIsGeldig() {
        Verwerking v = accepteer(weigeringWegensWoonplaatsbeginsel("1916", "2026-03-02"));

        assertThat(bevindingen(v, "TR378")).isEmpty();
    }

    @Test
    void eenVervallenCodeMagTotEnMetHaarLaatsteDag() {
        Verwerking v = accepteer(weigeringWegensWoonplaatsbeginsel("0457", "2022-03-23"));

        assertThat(bevindingen(v, "TR378")).isEmpty();
    }

    @Test
    void eenVervallenCodeGeeftDeDagErnaS300() {
        Verwerking v = ontvang(weigeringWegensWoonplaatsbeginsel("0457", "2022-03-24"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Antwoord/Woonplaatsbeginsel")).containsExactly("S300");
        assertThat(bevindingen(v, "TR378")).singleElement().satisfies(b -> assertThat(b.uitleg()).isEqualTo(
                "Gemeentecode 0457 (Weesp) in Woonplaatsbeginsel/Gemeente is volgens de CBS-lijst geldig tot en met"
                        + " 2022-03-23, dus niet op 2022-03-24 (Dagtekening van het bericht). Gebruik de code van de"
                        + " gemeente die op die datum bestaat."));
    }

    /** A fresh VOT to Enschede, accepted, then Enschede's refusal naming {@code gemeente} as responsible. */
    private TestBericht weigeringWegensWoonplaatsbeginsel(String gemeente, String dagtekening) {
        String referentie = "VOT-" + TestBericht.uniekNummer();
        accepteer(TestBericht.jw315().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet("Header/BerichtIdentificatie/Dagtekening", dagtekening)
                .zet("Client/AangevraagdeProducten/AangevraagdProduct/ReferentieAanbieder", referentie));
        return TestBericht.jw319()
                .zet("Header/BerichtIdentificatie/Dagtekening", dagtekening)
                .zet("Antwoord/ReferentieAanbieder", referentie)
                .zet("Antwoord/RedenAfwijzingVerzoek", "8")
                .voegToeNa("Antwoord/RedenAfwijzingVerzoek", "Woonplaatsbeginsel", null)
                .voegKindToe("Antwoord/Woonplaatsbeginsel", "Gemeente", gemeente, false);
    }
}
