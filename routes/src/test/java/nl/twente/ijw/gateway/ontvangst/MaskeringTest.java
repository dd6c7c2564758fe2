package nl.twente.ijw.gateway.ontvangst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.bericht.SchemaFout;
import nl.twente.ijw.gateway.retour.Bevinding;
import org.junit.jupiter.api.Test;

/** What the gateway says about a message names no child: the values are masked, the rest stays. */
class MaskeringTest {

    private static final byte[] BERICHT = """
            <jw301:Bericht xmlns:jw301="urn:jw301" xmlns:ijw="urn:ijw">
              <jw301:Client>
                <jw301:Bsn>999990019</jw301:Bsn>
                <jw301:Geboortedatum><ijw:Datum>2012-08-17</ijw:Datum><ijw:DatumGebruik>1</ijw:DatumGebruik></jw301:Geboortedatum>
                <jw301:Naam><ijw:Geslachtsnaam><ijw:Achternaam>Wolterinkhof</ijw:Achternaam></ijw:Geslachtsnaam>
                  <ijw:Voorletters>J</ijw:Voorletters></jw301:Naam>
                <jw301:Contact><jw301:Adres><ijw:Straatnaam>Kwikstaartlaan</ijw:Straatnaam><ijw:Huisnummer>12</ijw:Huisnummer>
                  <ijw:Postcode>7522 XK</ijw:Postcode><ijw:Plaatsnaam>Enschede</ijw:Plaatsnaam></jw301:Adres></jw301:Contact>
              </jw301:Client>
              <jw301:ToegewezenProduct><jw301:ToewijzingNummer>123456782</jw301:ToewijzingNummer>
                <jw301:Begindatum>2026-03-02</jw301:Begindatum></jw301:ToegewezenProduct>
            </jw301:Bericht>""".getBytes(StandardCharsets.UTF_8);

    private static Verwerking met(List<Bevinding> bevindingen, List<SchemaFout> fouten, String reden) {
        return new Verwerking(7, Uitkomst.AFGEKEURD, null, null, null, List.of("0200"), fouten, reden, bevindingen, null);
    }

    @Test
    void maskeertDeWaardenVanDitBericht() {
        Verwerking v = Maskering.maskeer(met(List.of(
                new Bevinding("CS089", "8089", "/Client/Contact/Adres/Postcode",
                        "Postcode '7522 XK' heeft niet het Nederlandse formaat, zoals 7511AB (CS089).", "req"),
                new Bevinding("TR002", "8002", "/Client/Geboortedatum/Datum",
                        "De geboortedatum 2012-08-17 ligt na de Begindatum 2026-03-02.", "req")),
                List.of(new SchemaFout(3, 20, "/Client/Naam/Achternaam",
                        "cvc-maxLength-valid: Value 'Wolterinkhof' with length = '12' is not facet-valid.")),
                "Bsn 999990019 van Wolterinkhof, Kwikstaartlaan 12, Enschede"), BERICHT);

        assertThat(v.bevindingen()).extracting(Bevinding::uitleg).containsExactly(
                "Postcode '7***' heeft niet het Nederlandse formaat, zoals 7511AB (CS089).",
                "De geboortedatum 2012-**-** ligt na de Begindatum 2026-03-02.");
        assertThat(v.bevindingen()).extracting(Bevinding::pad)
                .containsExactly("/Client/Contact/Adres/Postcode", "/Client/Geboortedatum/Datum");
        assertThat(v.schemafouten()).extracting(SchemaFout::melding)
                .containsExactly("cvc-maxLength-valid: Value 'W***' with length = '12' is not facet-valid.");
        // A house number alone identifies nobody, and "12" is everywhere: it stays.
        assertThat(v.reden()).isEqualTo("Bsn 999990*** van W***, K*** 12, E***");
        assertThat(v.retourcodes()).containsExactly("0200");
    }

    @Test
    void eenAnderBsnVanNegenCijfersMetElfproefOokMaarGeenToewijzingNummerUitHetBericht() {
        Verwerking v = Maskering.maskeer(met(List.of(new Bevinding("TR304", "8304", "/Client/Bsn",
                "Toewijzing 123456782 hoort bij client 999990020, niet bij 999990019; 123456789 is geen Bsn.", "req")),
                List.of(), null), BERICHT);
        // 999990020 passes the elfproef; 123456789 does not; 123456782 is this message's ToewijzingNummer.
        assertThat(v.bevindingen().get(0).uitleg())
                .isEqualTo("Toewijzing 123456782 hoort bij client 999990***, niet bij 999990***; 123456789 is geen Bsn.");
    }

    @Test
    void eenBerichtDatNietTeLezenIsHoudtWatErWelStond() {
        byte[] kapot = "<a><Bsn>999990019</Bsn><Achternaam>Brinkhuisveld</Achternaam><b>".getBytes(StandardCharsets.UTF_8);
        Verwerking v = Maskering.maskeer(met(List.of(), List.of(), "Brinkhuisveld, 999990019"), kapot);
        assertThat(v.reden()).isEqualTo("B***, 999990***");
    }

    @Test
    void zonderBevindingenVerandertNiets() {
        Verwerking v = met(List.of(), List.of(), null);
        assertThat(Maskering.maskeer(v, BERICHT)).isSameAs(v);
    }
}
