package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Jw301Delen.TWEEDE_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.twente.ijw.gateway.Referentie;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Cs003EinddatumNietVoorBegindatumTest extends InBerichtTestBasis {

    @ParameterizedTest
    @CsvSource({
            "TOEGEWEZEN,  2026-02-28, /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Einddatum",
            "AANGEVRAAGD, 2026-03-08, /Bericht/Client/AangevraagdeProducten/AangevraagdProduct/ToewijzingEinddatum",
            "TE_WIJZIGEN, 2026-02-28, /Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Einddatum",
            "NIEUW,       2026-03-31, /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Einddatum"})
    void eenEinddatumDagenVoorDeBegindatumWordtAfgekeurd(Productlijn lijn, String einddatum, String pad) {
        Verwerking v = ontvang(lijn.zet(lijn.bericht(), lijn.eind, einddatum));

        afgekeurdAlleenDoor(v, "Client", "CS003");
        assertThat(paden(v, "CS003")).containsExactly(pad);
    }

    @ParameterizedTest
    @CsvSource({
            "TOEGEWEZEN,  2026-03-01",
            "AANGEVRAAGD, 2026-03-09",
            "TE_WIJZIGEN, 2026-03-01",
            "NIEUW,       2026-04-01"})
    void eenEinddatumGelijkAanDeBegindatumMag(Productlijn lijn, String einddatum) {
        zonderBevinding(ontvang(lijn.zet(lijn.bericht(), lijn.eind, einddatum)), "CS003");
    }

    @Test
    void hetOfficieleVoorbeeldJw317WordtAfgekeurd() {
        // STANDARD.md §7.1 #3: NieuwProduct from 2026-11-01 with Einddatum 2024-02-28 is XSD-valid but breaks CS003.
        // A fresh Identificatie, so a rerun is not answered as a repeat of the same message.
        String xml = new String(Referentie.voorbeeld("JW317"), StandardCharsets.UTF_8)
                .replace("<ijw:Identificatie>987654321</ijw:Identificatie>",
                        "<ijw:Identificatie>" + TestBericht.uniekeIdentificatie() + "</ijw:Identificatie>");

        Verwerking v = producer.requestBody(OntvangstRoute.ONTVANG,
                new Aanlevering(xml.getBytes(StandardCharsets.UTF_8), "test", null), Verwerking.class);

        afgekeurdAlleenDoor(v, "Client", "CS003");
        assertThat(paden(v, "CS003")).containsExactly("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Einddatum");
    }

    private static TestBericht tijdelijkAdres(String begin, String eind) {
        return Jw301Delen.tweedeContact(vers(TestBericht.jw301()), "04")
                .voegToeNa(TWEEDE_CONTACT + "/Telefoon", "Periode", null)
                .voegKindToe(TWEEDE_CONTACT + "/Periode", "Begindatum", begin, true)
                .voegKindToe(TWEEDE_CONTACT + "/Periode", "Einddatum", eind, true);
    }

    @Test
    void eenTijdelijkAdresDatEindigtVoorHetBegintWordtAfgekeurd() {
        Verwerking v = ontvang(tijdelijkAdres("2026-03-10", "2026-03-09"));

        afgekeurdAlleenDoor(v, "Client", "CS003");
        assertThat(paden(v, "CS003")).containsExactly("/Bericht/Client/Contactgegevens/Contact[2]/Periode/Einddatum");
    }

    @Test
    void eenTijdelijkAdresVanEenDagMag() {
        zonderBevinding(ontvang(tijdelijkAdres("2026-03-10", "2026-03-10")), "CS003");
    }
}
