package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The declaration tests' history: every test has its own client, aanbieder, toewijzing,
 * DeclaratieNummer and ReferentieNummers, so the shared database never couples two tests (a
 * later DeclaratiePeriode of one aanbieder would otherwise refuse every earlier one, TR318).
 * Messages start from the project's fixtures: a toewijzing of 3 hours per week, 2026-03-01 to
 * 2026-12-31, product 45/45A01, and a March 2026 declaration of 12 hours at 6500 = 78000.
 */
abstract class DeclaratieTestBasis extends RegelTestBasis {

    /** The first (or only) Prestatie of a JW323 test message. */
    static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie/";
    static final String TOTAAL = "Declaratie/TotaalIngediendBedrag/";
    /** The echoed Prestatie in the JW325. */
    static final String RETOUR_PRESTATIE = "DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie";
    static final String RETOUR_CLIENT = "DeclaratieAntwoord/Clienten/Client";
    static final String TOEGEWEZEN = "Client/ToegewezenProducten/ToegewezenProduct/";

    /** One client's history at one (fresh) aanbieder. */
    static final class Geval {
        final String bsn = TestBericht.uniekeBsn();
        final String aanbieder;
        final long toewijzing = TestBericht.uniekNummer();

        Geval() {
            this(String.format("%08d", TestBericht.uniekNummer() % 100_000_000L));
        }

        /** For the contract tests: the example contract file knows aanbieder 87654321 only. */
        Geval(String aanbieder) {
            this.aanbieder = aanbieder;
        }

        /** The fixture's toewijzing, for this client, aanbieder and number. */
        TestBericht jw301() {
            return TestBericht.jw301()
                    .zet("Header/Ontvanger", aanbieder)
                    .zetOveral("Bsn", bsn)
                    .zet(TOEGEWEZEN + "ToewijzingNummer", toewijzing);
        }

        /** The fixture's declaration on this toewijzing, with a fresh DeclaratieNummer and ReferentieNummer. */
        TestBericht jw323() {
            return TestBericht.jw323()
                    .zet("Header/Afzender", aanbieder)
                    .zet("Declaratie/DeclaratieNummer", "D" + TestBericht.uniekNummer())
                    .zetOveral("Bsn", bsn)
                    .zetOveral("ToewijzingNummer", toewijzing)
                    .zet(PRESTATIE + "ProductReferentie/ReferentieNummer", "R" + TestBericht.uniekNummer());
        }

        /** A declaration for April 2026 (Dagtekening 2026-05-04) of 12 hours in April. */
        TestBericht jw323April() {
            return maand(jw323(), "2026-04-01", "2026-04-30", "2026-05-04");
        }
    }

    /** Moves a one-prestatie declaration to another month: DeclaratiePeriode, ProductPeriode and dates. */
    static TestBericht maand(TestBericht b, String begin, String eind, String dagtekening) {
        return b.zet("Declaratie/DeclaratiePeriode/Begindatum", begin)
                .zet("Declaratie/DeclaratiePeriode/Einddatum", eind)
                .zet(PRESTATIE + "ProductPeriode/Begindatum", begin)
                .zet(PRESTATIE + "ProductPeriode/Einddatum", eind)
                .zet("Header/BerichtIdentificatie/Dagtekening", dagtekening)
                .zet("Declaratie/DeclaratieDagtekening", dagtekening);
    }

    /** Turns the (only) prestatie into the credit of the debit {@code debet}: same content, new reference, C. */
    static TestBericht credit(TestBericht b, String debet) {
        return b.voegKindToe("Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie", "VorigReferentieNummer", debet, true)
                .zet(PRESTATIE + "IngediendBedrag/DebetCredit", "C")
                .zet(TOTAAL + "DebetCredit", "C");
    }

    /** TotaalToegekendBedrag of the JW325 as "amount D|C". */
    static String toegekend(Verwerking v) {
        return tekst(v, "DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag") + " "
                + tekst(v, "DeclaratieAntwoord/TotaalToegekendBedrag/DebetCredit");
    }

    /** A JW323 whose prestatie got one code: the JW325 echoes it with that code, all else 0200. */
    static void prestatieGeweigerd(Verwerking v, String retourcode, String toegekend) {
        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "DeclaratieAntwoord")).containsExactly("0200");
        assertThat(codes(v, RETOUR_CLIENT)).containsExactly("0200");
        assertThat(codes(v, RETOUR_PRESTATIE)).containsExactly(retourcode);
        assertThat(toegekend(v)).isEqualTo(toegekend);
    }

    /** A JW323 granted in full: 8001 on DeclaratieAntwoord, nothing echoed. */
    static void geheelToegekend(Verwerking v, String toegekend) {
        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "DeclaratieAntwoord")).containsExactly("8001");
        assertThat(bevat(v, "DeclaratieAntwoord/Clienten")).isFalse();
        assertThat(toegekend(v)).isEqualTo(toegekend);
    }

    /** Whether the granted prestatie with this ReferentieNummer is in the declaration state. */
    boolean vastgelegd(String aanbieder, String referentieNummer) {
        Integer n = jdbc.queryForObject("select count(*) from declaratie_prestatie where aanbieder = ? and referentienummer = ?",
                Integer.class, aanbieder, referentieNummer);
        return n != null && n > 0;
    }

    static String tekst(Verwerking v, String pad) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Element huidig = f.newDocumentBuilder().parse(new ByteArrayInputStream(v.retour())).getDocumentElement();
            for (String stap : pad.split("/")) {
                Element volgende = null;
                for (Node n = huidig.getFirstChild(); n != null && volgende == null; n = n.getNextSibling()) {
                    if (n instanceof Element e && stap.equals(e.getLocalName())) {
                        volgende = e;
                    }
                }
                if (volgende == null) {
                    return null;
                }
                huidig = volgende;
            }
            return huidig.getTextContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
