package nl.twente.ijw.simulator;

import java.nio.charset.StandardCharsets;
import nl.twente.ijw.simulator.Bericht.Fout;

/**
 * Writes a message as iJw 3.2 XML, in the namespaces and element order of the schemas in the
 * xsd module (the same shape as the project's test fixtures). Written with a StringBuilder:
 * the benchmark needs a million messages quickly.
 */
final class Berichtschrijver {

    static final String BASIS = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";

    private Berichtschrijver() {
    }

    static byte[] schrijf(Bericht b) {
        StringBuilder x = new StringBuilder(2048);
        String p = b.soort.prefix();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<!-- Gesimuleerd door ijw-simulator (fictieve gegevens) -->\n");
        x.append('<').append(p).append(":Bericht xmlns:").append(p).append("=\"http://www.istandaarden.nl/ijw/3_2/")
                .append(p).append("/schema\" xmlns:ijw=\"").append(BASIS).append("\">\n");
        header(x, b);
        if (b.inhoud instanceof Bericht.ToewijzingRegel r) {
            toewijzing(x, b, r);
        } else if (b.inhoud instanceof Bericht.StartRegel r) {
            start(x, b, r);
        } else if (b.inhoud instanceof Bericht.StopRegel r) {
            stop(x, b, r);
        } else if (b.inhoud instanceof Bericht.Verzoek r) {
            verzoek(x, b, r);
        } else if (b.inhoud instanceof Bericht.Afwijzing r) {
            antwoord(x, b, r);
        }
        x.append("</").append(p).append(":Bericht>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder x, Bericht b) {
        String p = b.soort.prefix();
        x.append("  <").append(p).append(":Header>\n");
        el(x, 4, p, "BerichtCode", b.soort.berichtCode);
        el(x, 4, p, "BerichtVersie", "3");
        el(x, 4, p, "BerichtSubversie", "2");
        el(x, 4, p, "Afzender", b.afzender);
        el(x, 4, p, "Ontvanger", b.ontvanger);
        open(x, 4, p, "BerichtIdentificatie");
        el(x, 6, "ijw", "Identificatie", b.identificatie);
        el(x, 6, "ijw", "Dagtekening", b.dagtekening.toString());
        sluit(x, 4, p, "BerichtIdentificatie");
        open(x, 4, p, "XsdVersie");
        el(x, 6, "ijw", "BasisschemaXsdVersie", "1.0.0");
        el(x, 6, "ijw", "BerichtXsdVersie", "1.0.0");
        sluit(x, 4, p, "XsdVersie");
        x.append("  </").append(p).append(":Header>\n");
    }

    /** Client up to and including Naam; JW301 has the full name with NaamGebruik. */
    private static void client(StringBuilder x, Bericht b) {
        String p = b.soort.prefix();
        Jeugdige j = b.jeugdige;
        open(x, 2, p, "Client");
        el(x, 4, p, "Bsn", b.fout == Fout.BSN_ONGELDIG ? Fouten.ongeldigeBsn(j.bsn()) : j.bsn());
        open(x, 4, p, "Geboortedatum");
        el(x, 6, "ijw", "Datum", j.geboortedatum().toString());
        sluit(x, 4, p, "Geboortedatum");
        el(x, 4, p, "Geslacht", b.fout == Fout.SCHEMAFOUT ? "3" : j.geslacht());
        open(x, 4, p, "Naam");
        open(x, 6, "ijw", "Geslachtsnaam");
        el(x, 8, "ijw", "Achternaam", j.achternaam());
        sluit(x, 6, "ijw", "Geslachtsnaam");
        el(x, 6, "ijw", "Voorletters", j.voorletters());
        if (b.soort == Bericht.Soort.JW301) {
            el(x, 6, "ijw", "NaamGebruik", "1");
        }
        sluit(x, 4, p, "Naam");
    }

    private static void toewijzing(StringBuilder x, Bericht b, Bericht.ToewijzingRegel r) {
        String p = b.soort.prefix();
        Jeugdige j = b.jeugdige;
        Toewijzing t = r.toewijzing();
        client(x, b);
        open(x, 4, p, "Contactgegevens");
        open(x, 6, p, "Contact");
        el(x, 8, p, "Soort", "01");
        open(x, 8, p, "Adres");
        open(x, 10, "ijw", "Huis");
        el(x, 12, "ijw", "Huisnummer", Integer.toString(j.huisnummer()));
        sluit(x, 10, "ijw", "Huis");
        el(x, 10, "ijw", "Postcode", j.postcode());
        el(x, 10, "ijw", "Straatnaam", j.straat());
        el(x, 10, "ijw", "Plaatsnaam", j.gemeente().naam());
        el(x, 10, "ijw", "LandCode", "NL");
        sluit(x, 8, p, "Adres");
        sluit(x, 6, p, "Contact");
        sluit(x, 4, p, "Contactgegevens");
        open(x, 4, p, "ToegewezenProducten");
        open(x, 6, p, "ToegewezenProduct");
        el(x, 8, p, "ToewijzingNummer", Long.toString(t.nummer));
        if (r.referentieAanbieder() != null) {
            el(x, 8, p, "ReferentieAanbieder", r.referentieAanbieder());
        }
        product(x, 8, p, t.product);
        el(x, 8, p, "Toewijzingsdatum", r.toewijzingsdatum().toString());
        el(x, 8, p, "Toewijzingstijd", r.toewijzingstijd());
        el(x, 8, p, "Ingangsdatum", t.ingangsdatum.toString());
        if (r.einddatum() != null) {
            el(x, 8, p, "Einddatum", r.einddatum().toString());
        }
        if (r.redenWijziging() != null) {
            el(x, 8, p, "RedenWijziging", r.redenWijziging());
        }
        omvang(x, 8, p, t.product.omvang());
        sluit(x, 6, p, "ToegewezenProduct");
        sluit(x, 4, p, "ToegewezenProducten");
        sluit(x, 2, p, "Client");
    }

    private static void start(StringBuilder x, Bericht b, Bericht.StartRegel r) {
        String p = b.soort.prefix();
        client(x, b);
        open(x, 4, p, "StartProducten");
        open(x, 6, p, "StartProduct");
        leveringKop(x, b, r.toewijzing());
        el(x, 8, p, "Begindatum", r.begindatum().toString());
        el(x, 8, p, "StatusAanlevering", Integer.toString(r.status()));
        sluit(x, 6, p, "StartProduct");
        sluit(x, 4, p, "StartProducten");
        sluit(x, 2, p, "Client");
    }

    private static void stop(StringBuilder x, Bericht b, Bericht.StopRegel r) {
        String p = b.soort.prefix();
        client(x, b);
        open(x, 4, p, "StopProducten");
        open(x, 6, p, "StopProduct");
        leveringKop(x, b, r.toewijzing());
        el(x, 8, p, "Begindatum", r.begindatum().toString());
        el(x, 8, p, "RedenBeeindiging", r.reden());
        el(x, 8, p, "Einddatum", r.einddatum().toString());
        el(x, 8, p, "StatusAanlevering", "1");
        sluit(x, 6, p, "StopProduct");
        sluit(x, 4, p, "StopProducten");
        sluit(x, 2, p, "Client");
    }

    /** ToewijzingNummer, Product and ToewijzingIngangsdatum of a start or stop (IV075). */
    private static void leveringKop(StringBuilder x, Bericht b, Toewijzing t) {
        String p = b.soort.prefix();
        long nummer = b.fout == Fout.ONBEKENDE_TOEWIJZING ? b.foutNummer : t.nummer;
        el(x, 8, p, "ToewijzingNummer", Long.toString(nummer));
        product(x, 8, p, t.product);
        el(x, 8, p, "ToewijzingIngangsdatum", t.ingangsdatum.toString());
    }

    private static void verzoek(StringBuilder x, Bericht b, Bericht.Verzoek r) {
        String p = b.soort.prefix();
        client(x, b);
        open(x, 4, p, "AangevraagdeProducten");
        open(x, 6, p, "AangevraagdProduct");
        // A faulty attempt gets its own reference, so the real request's stays unused (TR347).
        el(x, 8, p, "ReferentieAanbieder", b.fout == null ? r.referentieAanbieder() : r.referentieAanbieder() + "F");
        product(x, 8, p, r.product());
        el(x, 8, p, "ToewijzingIngangsdatum", r.ingangsdatum().toString());
        el(x, 8, p, "ToewijzingEinddatum", r.einddatum().toString());
        omvang(x, 8, p, r.product().omvang());
        open(x, 8, p, "Verwijzer");
        el(x, 10, "ijw", "Type", r.verwijzerType());
        if (r.zorgverlenerCode() != null) {
            el(x, 10, "ijw", "ZorgverlenerCode", r.zorgverlenerCode());
        }
        sluit(x, 8, p, "Verwijzer");
        sluit(x, 6, p, "AangevraagdProduct");
        sluit(x, 4, p, "AangevraagdeProducten");
        sluit(x, 2, p, "Client");
    }

    private static void antwoord(StringBuilder x, Bericht b, Bericht.Afwijzing r) {
        String p = b.soort.prefix();
        open(x, 2, p, "Antwoord");
        el(x, 4, p, "ReferentieAanbieder", r.referentieAanbieder());
        el(x, 4, p, "VerzoekAntwoord", b.fout == Fout.SCHEMAFOUT ? "3" : "1");
        el(x, 4, p, "RedenAfwijzingVerzoek", r.reden());
        sluit(x, 2, p, "Antwoord");
    }

    private static void product(StringBuilder x, int inspringing, String p, Product product) {
        open(x, inspringing, p, "Product");
        el(x, inspringing + 2, "ijw", "Categorie", product.categorie());
        el(x, inspringing + 2, "ijw", "Code", product.code());
        sluit(x, inspringing, p, "Product");
    }

    private static void omvang(StringBuilder x, int inspringing, String p, Product.Omvang o) {
        open(x, inspringing, p, "Omvang");
        el(x, inspringing + 2, "ijw", "Volume", Integer.toString(o.volume()));
        el(x, inspringing + 2, "ijw", "Eenheid", o.eenheid());
        el(x, inspringing + 2, "ijw", "Frequentie", o.frequentie());
        sluit(x, inspringing, p, "Omvang");
    }

    private static void el(StringBuilder x, int inspringing, String prefix, String naam, String waarde) {
        inspring(x, inspringing);
        x.append('<').append(prefix).append(':').append(naam).append('>');
        tekst(x, waarde);
        x.append("</").append(prefix).append(':').append(naam).append(">\n");
    }

    private static void open(StringBuilder x, int inspringing, String prefix, String naam) {
        inspring(x, inspringing);
        x.append('<').append(prefix).append(':').append(naam).append(">\n");
    }

    private static void sluit(StringBuilder x, int inspringing, String prefix, String naam) {
        inspring(x, inspringing);
        x.append("</").append(prefix).append(':').append(naam).append(">\n");
    }

    private static void inspring(StringBuilder x, int n) {
        for (int i = 0; i < n; i++) {
            x.append(' ');
        }
    }

    private static void tekst(StringBuilder x, String waarde) {
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            switch (c) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                default -> x.append(c);
            }
        }
    }
}
