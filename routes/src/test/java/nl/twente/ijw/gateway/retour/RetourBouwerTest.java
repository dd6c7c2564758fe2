package nl.twente.ijw.gateway.retour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import nl.twente.ijw.gateway.Referentie;
import nl.twente.ijw.gateway.bericht.BerichtLezer;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.bericht.Schemas;
import nl.twente.ijw.gateway.config.GatewayProperties;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xmlunit.assertj3.XmlAssert;

/** The retour for each situation of IV028 / IV087, checked against the reference schema. */
class RetourBouwerTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);
    private static final Map<String, String> NS = Map.of(
            "ijw", "http://www.istandaarden.nl/ijw/3_2/basisschema/schema",
            "jw302", "http://www.istandaarden.nl/ijw/3_2/jw302/schema",
            "jw306", "http://www.istandaarden.nl/ijw/3_2/jw306/schema",
            "jw318", "http://www.istandaarden.nl/ijw/3_2/jw318/schema",
            "jw320", "http://www.istandaarden.nl/ijw/3_2/jw320/schema",
            "jw325", "http://www.istandaarden.nl/ijw/3_2/jw325/schema");

    private final BerichtLezer lezer = new BerichtLezer(new Schemas());
    private final RetourBouwer bouwer = new RetourBouwer(new GatewayProperties());

    @Test
    void zonderFoutenAlleenDeHeaderZonderRetourcodes() {
        var heen = lees("JW305");

        byte[] retour = bouwer.bouw(heen, new Beoordeling(), "42", VANDAAG);

        assertThat(Referentie.fouten("JW306", retour)).isEmpty();
        xml(retour).valueByXPath("/jw306:Bericht/jw306:Header/jw306:BerichtCode").isEqualTo("439");
        // Afzender and Ontvanger are copied, not swapped (IV028).
        xml(retour).valueByXPath("//jw306:Header/jw306:Afzender").isEqualTo("65656055");
        xml(retour).valueByXPath("//jw306:Header/jw306:Ontvanger").isEqualTo("0363");
        xml(retour).valueByXPath("//jw306:BerichtIdentificatie/ijw:Identificatie").isEqualTo("123456789012");
        xml(retour).valueByXPath("//jw306:BerichtIdentificatie/ijw:Dagtekening").isEqualTo("2026-04-15");
        xml(retour).valueByXPath("//jw306:IdentificatieRetour").isEqualTo("42");
        xml(retour).valueByXPath("//jw306:DagtekeningRetour").isEqualTo("2026-11-23");
        xml(retour).valueByXPath("//jw306:XsdVersieRetour/ijw:BerichtXsdVersie").isEqualTo("1.0.0");
        xml(retour).nodesByXPath("//jw306:RetourCodes").doNotExist();
        xml(retour).nodesByXPath("//jw306:Client").doNotExist();
    }

    @Test
    void technischeFoutGeeftAlleenDeHeaderMet0001() {
        var heen = lees("JW305");
        var b = new Beoordeling();
        b.technischeFout(new Bevinding("CS002", "0001", "/Bericht/Client/Bsn", "elfproef", null));

        byte[] retour = bouwer.bouw(heen, b, "43", VANDAAG);

        assertThat(Referentie.fouten("JW306", retour)).isEmpty();
        xml(retour).valueByXPath("count(//jw306:RetourCode)").isEqualTo("1");
        xml(retour).valueByXPath("//jw306:Header/jw306:RetourCodes/jw306:RetourCode").isEqualTo("0001");
        xml(retour).nodesByXPath("//jw306:Client").doNotExist();
    }

    @Test
    void foutOpEenRecordEchootDeClientMet0200OpDeRest() {
        var heen = lees("JW305");
        var b = new Beoordeling();
        b.recordCode(element(heen, "//*[local-name()='StartProduct'][1]"), "9019",
                new Bevinding("TR019", "9019", "/Bericht/Client/StartProducten/StartProduct", "onbekend", null));

        byte[] retour = bouwer.bouw(heen, b, "44", VANDAAG);

        assertThat(Referentie.fouten("JW306", retour)).isEmpty();
        xml(retour).valueByXPath("/jw306:Bericht/jw306:Header/jw306:RetourCodes/jw306:RetourCode").isEqualTo("0200");
        xml(retour).valueByXPath("/jw306:Bericht/jw306:Client/jw306:RetourCodes/jw306:RetourCode").isEqualTo("0200");
        xml(retour).valueByXPath("//jw306:StartProduct[1]/jw306:RetourCodes/jw306:RetourCode").isEqualTo("9019");
        xml(retour).valueByXPath("/jw306:Bericht/jw306:Client/jw306:Bsn").isEqualTo("999900006");
        xml(retour).valueByXPath("//jw306:StartProduct[1]/jw306:Product/ijw:Code").isEqualTo("55A11");
    }

    @Test
    void jw302EchootRelatiesEnContactenMetElkHunRetourcodes() {
        var heen = lees("JW301");
        var b = new Beoordeling();
        b.recordCode(element(heen, "//*[local-name()='ToegewezenProduct'][2]"), "9332",
                new Bevinding("TR332", "9332", "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]", "niet uniek", null));

        byte[] retour = bouwer.bouw(heen, b, "45", VANDAAG);

        assertThat(Referentie.fouten("JW302", retour)).isEmpty();
        xml(retour).valueByXPath("count(//jw302:RetourCode[. = '0200'])").isEqualTo("9");
        xml(retour).valueByXPath("//jw302:ToegewezenProduct[2]/jw302:RetourCodes/jw302:RetourCode").isEqualTo("9332");
        xml(retour).valueByXPath("count(//jw302:Relatie/jw302:RetourCodes)").isEqualTo("2");
    }

    @Test
    void eenAfgekeurdeClientMaaktDeOnderliggendeKlassenNietBeoordeeld() {
        var heen = lees("JW317");
        var b = new Beoordeling();
        b.recordCode(element(heen, "//*[local-name()='Client']"), "8187",
                new Bevinding("TR304", "8187", "/Bericht/Client/Bsn", "andere client", null));

        byte[] retour = bouwer.bouw(heen, b, "46", VANDAAG);

        assertThat(Referentie.fouten("JW318", retour)).isEmpty();
        xml(retour).valueByXPath("/jw318:Bericht/jw318:Client/jw318:RetourCodes/jw318:RetourCode").isEqualTo("8187");
        xml(retour).valueByXPath("//jw318:Verzoek/jw318:RetourCodes/jw318:RetourCode").isEqualTo("0233");
        xml(retour).valueByXPath("//jw318:OngewijzigdProduct/jw318:RetourCodes/jw318:RetourCode").isEqualTo("0233");
        xml(retour).valueByXPath("//jw318:NieuwProduct/jw318:RetourCodes/jw318:RetourCode").isEqualTo("0233");
    }

    @Test
    void jw320EchootHetAntwoord() {
        var heen = lees("JW319");
        var b = new Beoordeling();
        b.recordCode(element(heen, "//*[local-name()='Antwoord']"), "9355",
                new Bevinding("TR355", "9355", "/Bericht/Antwoord/ReferentieAanbieder", "geen verzoek", null));

        byte[] retour = bouwer.bouw(heen, b, "47", VANDAAG);

        assertThat(Referentie.fouten("JW320", retour)).isEmpty();
        xml(retour).valueByXPath("/jw320:Bericht/jw320:Antwoord/jw320:RetourCodes/jw320:RetourCode").isEqualTo("9355");
        xml(retour).valueByXPath("//jw320:Woonplaatsbeginsel/jw320:RetourCodes/jw320:RetourCode").isEqualTo("0233");
    }

    @Test
    void declaratieGeheelToegekendGeeftJw325Met8001() {
        var heen = lees("JW323");

        byte[] retour = bouwer.bouw(heen, new Beoordeling(), "48", VANDAAG);

        assertThat(Referentie.fouten("JW325", retour)).isEmpty();
        xml(retour).valueByXPath("//jw325:Header/jw325:BerichtCode").isEqualTo("491");
        // The gemeente answers: its own header, sender and addressee the other way round.
        xml(retour).valueByXPath("//jw325:Header/jw325:Afzender").isEqualTo("0384");
        xml(retour).valueByXPath("//jw325:Header/jw325:Ontvanger").isEqualTo("65656055");
        xml(retour).valueByXPath("//jw325:Header/jw325:BerichtIdentificatie/ijw:Identificatie").isEqualTo("48");
        xml(retour).valueByXPath("//jw325:DeclaratieIdentificatie/ijw:Identificatie").isEqualTo("765432198");
        xml(retour).valueByXPath("//jw325:Header/jw325:RetourCodes/jw325:RetourCode").isEqualTo("0200");
        xml(retour).valueByXPath("//jw325:DeclaratieAntwoord/jw325:RetourCodes/jw325:RetourCode").isEqualTo("8001");
        xml(retour).valueByXPath("//jw325:TotaalToegekendBedrag/ijw:TotaalBedrag").isEqualTo("79000");
        xml(retour).nodesByXPath("//jw325:Clienten").doNotExist();
    }

    @Test
    void eenGeweigerdePrestatieAlleenWordtGeechood() {
        var heen = lees("JW323");
        var b = new Beoordeling();
        b.recordCode(element(heen, "//*[local-name()='Prestatie'][*[local-name()='ProductReferentie']/*[local-name()='ReferentieNummer']='RN002']"),
                "9338", new Bevinding("TR338", "9338", "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie[2]", "onbekend", null));

        byte[] retour = bouwer.bouw(heen, b, "49", VANDAAG);

        assertThat(Referentie.fouten("JW325", retour)).isEmpty();
        xml(retour).valueByXPath("//jw325:DeclaratieAntwoord/jw325:RetourCodes/jw325:RetourCode").isEqualTo("0200");
        xml(retour).valueByXPath("//jw325:TotaalToegekendBedrag/ijw:TotaalBedrag").isEqualTo("55000");
        xml(retour).valueByXPath("//jw325:TotaalToegekendBedrag/ijw:DebetCredit").isEqualTo("D");
        xml(retour).valueByXPath("count(//jw325:Client)").isEqualTo("1");
        xml(retour).valueByXPath("//jw325:Client/jw325:RetourCodes/jw325:RetourCode").isEqualTo("0200");
        xml(retour).valueByXPath("count(//jw325:Prestatie)").isEqualTo("1");
        xml(retour).valueByXPath("//jw325:Prestatie/jw325:RetourCodes/jw325:RetourCode").isEqualTo("9338");
    }

    @Test
    void eenGeweigerdeClientGeeftZijnPrestaties0233() {
        var heen = lees("JW323");
        var b = new Beoordeling();
        b.recordCode(element(heen, "//*[local-name()='Client'][2]"), "8187",
                new Bevinding("TR304", "8187", "/Bericht/Declaratie/Clienten/Client[2]/Bsn", "andere client", null));

        byte[] retour = bouwer.bouw(heen, b, "50", VANDAAG);

        assertThat(Referentie.fouten("JW325", retour)).isEmpty();
        xml(retour).valueByXPath("//jw325:TotaalToegekendBedrag/ijw:TotaalBedrag").isEqualTo("29000");
        xml(retour).valueByXPath("//jw325:Client/jw325:Bsn").isEqualTo("999900018");
        xml(retour).valueByXPath("//jw325:Client/jw325:RetourCodes/jw325:RetourCode").isEqualTo("8187");
        xml(retour).valueByXPath("count(//jw325:Prestatie/jw325:RetourCodes[jw325:RetourCode='0233'])").isEqualTo("3");
    }

    @Test
    void eenAfgekeurdeDeclaratieKrijgtNulToegekendEnGeenClienten() {
        var heen = lees("JW323");
        var b = new Beoordeling();
        b.recordCode(element(heen, "//*[local-name()='Declaratie']"), "9333",
                new Bevinding("TR333", "9333", "/Bericht/Declaratie/DeclaratieNummer", "niet uniek", null));

        byte[] retour = bouwer.bouw(heen, b, "51", VANDAAG);

        assertThat(Referentie.fouten("JW325", retour)).isEmpty();
        xml(retour).valueByXPath("//jw325:DeclaratieAntwoord/jw325:RetourCodes/jw325:RetourCode").isEqualTo("9333");
        xml(retour).valueByXPath("//jw325:TotaalToegekendBedrag/ijw:TotaalBedrag").isEqualTo("0");
        xml(retour).nodesByXPath("//jw325:Clienten").doNotExist();
    }

    @Test
    void technischAfgekeurdeDeclaratieKrijgtAlleenEenHeaderMet0001() {
        var heen = lees("JW323");
        var b = new Beoordeling();
        b.technischeFout(new Bevinding("TR101", "0001", "/Bericht/Declaratie", "dubbel", null));

        byte[] retour = bouwer.bouw(heen, b, "52", VANDAAG);

        assertThat(Referentie.fouten("JW325", retour)).isEmpty();
        xml(retour).valueByXPath("//jw325:Header/jw325:RetourCodes/jw325:RetourCode").isEqualTo("0001");
        xml(retour).nodesByXPath("//jw325:DeclaratieAntwoord").doNotExist();
    }

    private static XmlAssert xml(byte[] retour) {
        return XmlAssert.assertThat(retour).withNamespaceContext(NS);
    }

    private Lezing.Gelezen lees(String voorbeeld) {
        return (Lezing.Gelezen) lezer.lees(Referentie.voorbeeld(voorbeeld));
    }

    private static Element element(Lezing.Gelezen heen, String xpath) {
        try {
            return (Element) XPathFactory.newInstance().newXPath().evaluate(xpath, heen.document(), XPathConstants.NODE);
        } catch (XPathExpressionException e) {
            throw new IllegalStateException(e);
        }
    }
}
