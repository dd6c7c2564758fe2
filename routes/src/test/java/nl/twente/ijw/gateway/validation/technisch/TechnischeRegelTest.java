package nl.twente.ijw.gateway.validation.technisch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.twente.ijw.gateway.Referentie;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import nl.twente.ijw.gateway.retour.Bevinding;

/**
 * Shared steps of the tests of the in-message technical rules: fresh identities, building
 * records the fixtures lack (Relatie, NieuwProduct, OngewijzigdProduct), sending a JW325, and
 * the assertion that a message was rejected with a bare 0001 by exactly the given rules.
 */
abstract class TechnischeRegelTest extends RegelTestBasis {

    /**
     * Gives every identity in the message a fresh value, so no test meets the state another
     * test left behind in the shared database (copies made afterwards share the values).
     */
    static TestBericht vers(TestBericht bericht) {
        return bericht.zetOveral("Bsn", TestBericht.uniekeBsn())
                .zetOveral("ToewijzingNummer", TestBericht.uniekNummer())
                .zetOveral("ReferentieAanbieder", TestBericht.uniekeIdentificatie())
                .zetOveral("DeclaratieNummer", "D" + TestBericht.uniekNummer())
                .zetOveral("ReferentieNummer", "R" + TestBericht.uniekNummer());
    }

    /**
     * The retour is the header alone with 0001 (IV028: level 2), and the report holds findings
     * of exactly these rules; the first one's finding at {@code pad}.
     */
    static void afgekeurdMet0001(Verwerking v, String regel, String pad, String... ookGeraakt) {
        assertThat(codes(v, "Header")).containsExactly("0001");
        assertThat(bevat(v, "Client") || bevat(v, "Antwoord") || bevat(v, "DeclaratieAntwoord")).isFalse();
        assertThat(bevindingen(v, regel)).singleElement().satisfies(b -> {
            assertThat(b.pad()).isEqualTo(pad);
            assertThat(b.retourcode()).isEqualTo("0001");
        });
        assertThat(v.bevindingen()).extracting(Bevinding::regel)
                .containsOnly(plus(regel, ookGeraakt));
    }

    /**
     * The message was read (schema-valid, so the rules ran) and the rule found nothing: the
     * pass case. Other rules, also cross-message ones, are not looked at.
     */
    static void zonderBevinding(Verwerking v, String regel) {
        assertThat(v.schemafouten()).as("schemafouten").isEmpty();
        assertThat(v.uitkomst()).isIn(Uitkomst.GEACCEPTEERD, Uitkomst.AFGEKEURD, Uitkomst.ONTVANGEN);
        assertThat(bevindingen(v, regel)).isEmpty();
    }

    private static String[] plus(String regel, String... andere) {
        String[] alle = new String[andere.length + 1];
        alle[0] = regel;
        System.arraycopy(andere, 0, alle, 1, andere.length);
        return alle;
    }

    /** A JW325 refusing the one prestatie of fixtures/JW323.xml (fixtures/technisch/JW325.xml). */
    static TestBericht jw325() {
        return TestBericht.uit("technisch/JW325");
    }

    /** Sends a JW325: archived and judged, never answered (IV087); findings go to the report only. */
    Verwerking ontvangJw325(TestBericht bericht) {
        byte[] xml = bericht.bytes();
        assertThat(Referentie.fouten("JW325", xml)).as("JW325 volgens het referentieschema").isEmpty();
        Verwerking v = producer.requestBody(OntvangstRoute.ONTVANG, new Aanlevering(xml, "test", null), Verwerking.class);
        assertThat(v.heeftRetour()).isFalse();
        return v;
    }

    /**
     * Adds Relatie number {@code positie} (1 creates Relaties) to a JW301 client: Soort 03, a
     * name, and a Contact of Soort 02 with only a telephone number.
     */
    static TestBericht metRelatie(TestBericht jw301, int positie, String nummer, String geboortedatum) {
        if (positie == 1) {
            jw301.voegToeVoor("Client/Contactgegevens", "Relaties", null);
        }
        jw301.voegKindToe("Client/Relaties", "Relatie", null, false);
        String relatie = "Client/Relaties/Relatie[" + positie + "]";
        jw301.voegKindToe(relatie, "Nummer", nummer, false)
                .voegKindToe(relatie, "Soort", "03", false);
        if (geboortedatum != null) {
            jw301.voegKindToe(relatie, "Geboortedatum", null, false)
                    .voegKindToe(relatie + "/Geboortedatum", "Datum", geboortedatum, true);
        }
        jw301.voegKindToe(relatie, "Naam", null, false)
                .voegKindToe(relatie + "/Naam", "Geslachtsnaam", null, true)
                .voegKindToe(relatie + "/Naam/Geslachtsnaam", "Achternaam", "Oosterveld", true)
                .voegKindToe(relatie + "/Naam", "NaamGebruik", "1", true)
                .voegKindToe(relatie, "Contact", null, false)
                .voegKindToe(relatie + "/Contact", "Soort", "02", false);
        return metTelefoon(jw301, relatie + "/Contact");
    }

    /** Appends a Telefoon to the Contact at {@code contact} (after its Adres, if any). */
    static TestBericht metTelefoon(TestBericht jw301, String contact) {
        return jw301.voegKindToe(contact, "Telefoon", null, false)
                .voegKindToe(contact + "/Telefoon", "Telefoon01", null, true)
                .voegKindToe(contact + "/Telefoon/Telefoon01", "Telefoonnummer", "0534800000", true)
                .voegKindToe(contact + "/Telefoon/Telefoon01", "Landnummer", "0031", true);
    }

    /**
     * Adds NieuwProduct number {@code positie} (1 creates NieuweProducten) to a JW317: the
     * given product (code null = category 45 only, without Omvang per CD095) and period.
     */
    static TestBericht metNieuwProduct(TestBericht jw317, int positie, String code, String ingang, String eind) {
        if (positie == 1) {
            String laatste = heeft(jw317, "Client/Verzoek/TeWijzigenProducten") ? "Client/Verzoek/TeWijzigenProducten"
                    : heeft(jw317, "Client/Verzoek/OngewijzigdeProducten") ? "Client/Verzoek/OngewijzigdeProducten"
                    : "Client/Verzoek/RedenVerzoek";
            jw317.voegToeNa(laatste, "NieuweProducten", null);
        }
        jw317.voegKindToe("Client/Verzoek/NieuweProducten", "NieuwProduct", null, false);
        String nieuw = "Client/Verzoek/NieuweProducten/NieuwProduct[" + positie + "]";
        jw317.voegKindToe(nieuw, "Product", null, false)
                .voegKindToe(nieuw + "/Product", "Categorie", "45", true);
        if (code != null) {
            jw317.voegKindToe(nieuw + "/Product", "Code", code, true);
        }
        jw317.voegKindToe(nieuw, "GewensteIngangsdatum", ingang, false)
                .voegKindToe(nieuw, "Einddatum", eind, false);
        if (code != null) {
            jw317.voegKindToe(nieuw, "Omvang", null, false)
                    .voegKindToe(nieuw + "/Omvang", "Volume", "2", true)
                    .voegKindToe(nieuw + "/Omvang", "Eenheid", "04", true)
                    .voegKindToe(nieuw + "/Omvang", "Frequentie", "2", true);
        }
        return jw317;
    }

    /** Puts OngewijzigdeProducten with one OngewijzigdProduct right after RedenVerzoek. */
    static TestBericht metOngewijzigdProduct(TestBericht jw317, long toewijzingNummer) {
        return jw317.voegToeNa("Client/Verzoek/RedenVerzoek", "OngewijzigdeProducten", null)
                .voegKindToe("Client/Verzoek/OngewijzigdeProducten", "OngewijzigdProduct", null, false)
                .voegKindToe("Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct", "ToewijzingNummer",
                        toewijzingNummer, false);
    }

    private static boolean heeft(TestBericht bericht, String pad) {
        try {
            bericht.tekst(pad);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static List<String> regels(Verwerking v) {
        return v.bevindingen().stream().map(Bevinding::regel).toList();
    }
}
