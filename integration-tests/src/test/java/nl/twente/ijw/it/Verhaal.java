package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A small consistent story of the project's own fixtures ({@code src/test/resources/fixtures},
 * copied from the routes module; not the official examples, which are no consistent story,
 * STANDARD.md §7.1): gemeente 0153 grants aanbieder 87654321 one toewijzing (JW301, product
 * 45/45A01 from 2026-03-01), which the aanbieder then starts (JW305) and declares (JW323).
 * Every story has its own Bsn (passing the eleven-test), ToewijzingNummer, DeclaratieNummer
 * and ReferentieNummer, so the gateway accepts it whatever other tests did before.
 */
final class Verhaal {

    static final String GEMEENTE = "0153";
    static final String AANBIEDER = "87654321";

    private static final String FIXTURE_BSN = "999990019";
    private static final String FIXTURE_NUMMER = "700001";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> GEBRUIKTE_BSNS = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger NUMMERS = new AtomicInteger(100_000_000 + RANDOM.nextInt(800_000_000));

    final String bsn;
    final String toewijzingNummer;

    private Verhaal(String bsn, String toewijzingNummer) {
        this.bsn = bsn;
        this.toewijzingNummer = toewijzingNummer;
    }

    static Verhaal nieuw() {
        return new Verhaal(uniekeBsn(), Integer.toString(NUMMERS.incrementAndGet()));
    }

    /** JW301 0153 → 87654321: the toewijzing (Ingangsdatum 2026-03-01, Einddatum 2026-12-31). */
    String jw301(String identificatie) {
        return vul("JW301", identificatie);
    }

    /** JW305 87654321 → 0153: start of that toewijzing on 2026-03-02 (= Dagtekening). */
    String jw305(String identificatie) {
        return vul("JW305", identificatie);
    }

    /** JW323 87654321 → 0153: one prestatie for March 2026 on that toewijzing, fresh numbers. */
    String jw323(String identificatie) {
        String declaratieNummer = Referentie.uniekeIdentificatie();
        String referentieNummer = Referentie.uniekeIdentificatie();
        String xml = vul("JW323", identificatie)
                .replace("<jw323:DeclaratieNummer>D0001</jw323:DeclaratieNummer>",
                        "<jw323:DeclaratieNummer>" + declaratieNummer + "</jw323:DeclaratieNummer>")
                .replace("<ijw:ReferentieNummer>P0001</ijw:ReferentieNummer>",
                        "<ijw:ReferentieNummer>" + referentieNummer + "</ijw:ReferentieNummer>");
        assertThat(xml).contains(declaratieNummer, referentieNummer);
        return xml;
    }

    private String vul(String type, String identificatie) {
        String xml = fixture(type);
        assertThat(xml).contains("<ijw:Identificatie>ID</ijw:Identificatie>", FIXTURE_BSN, FIXTURE_NUMMER);
        xml = xml.replace("<ijw:Identificatie>ID</ijw:Identificatie>", "<ijw:Identificatie>" + identificatie + "</ijw:Identificatie>")
                .replace(">" + FIXTURE_BSN + "<", ">" + bsn + "<")
                .replace(">" + FIXTURE_NUMMER + "<", ">" + toewijzingNummer + "<");
        Referentie.assertGeldigVolgens(type, xml);
        return xml;
    }

    static String fixture(String type) {
        try (InputStream in = Verhaal.class.getResourceAsStream("/fixtures/" + type + ".xml")) {
            assertThat(in).as("fixture " + type).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Bsn this run made up, for the scan of the logs (LogPrivacyIT). */
    static Set<String> gebruikteBsns() {
        return Set.copyOf(GEBRUIKTE_BSNS);
    }

    /** A 9-digit Bsn passing the eleven-test (CS002), not used before in this run. */
    static String uniekeBsn() {
        while (true) {
            int[] d = new int[9];
            d[0] = 1 + RANDOM.nextInt(9);
            int som = 9 * d[0];
            for (int i = 1; i < 8; i++) {
                d[i] = RANDOM.nextInt(10);
                som += (9 - i) * d[i];
            }
            int laatste = som % 11;
            if (laatste > 9) {
                continue;
            }
            d[8] = laatste;
            StringBuilder bsn = new StringBuilder();
            for (int c : d) {
                bsn.append(c);
            }
            if (GEBRUIKTE_BSNS.add(bsn.toString())) {
                return bsn.toString();
            }
        }
    }

    // ---- reading RetourCodes out of a retour ----

    /**
     * The RetourCode values selected by an XPath (prefixes of {@link Referentie#NAMESPACES}),
     * in document order, joined by a space; "" when there are none.
     */
    static String codes(String xml, String xpath) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            XPath x = XPathFactory.newInstance().newXPath();
            x.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return Referentie.NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
                }

                @Override
                public String getPrefix(String uri) {
                    return null;
                }

                @Override
                public java.util.Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
            NodeList nodes = (NodeList) x.evaluate(xpath, doc, XPathConstants.NODESET);
            List<String> waarden = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                waarden.add(nodes.item(i).getTextContent().trim());
            }
            return String.join(" ", waarden);
        } catch (Exception e) {
            throw new AssertionError("XPath " + xpath + " niet te evalueren op:\n" + xml, e);
        }
    }

    static String codes(byte[] xml, String xpath) {
        return codes(new String(xml, StandardCharsets.UTF_8), xpath);
    }

    /** All codes in the retour header, e.g. "0200". */
    static String headerCodes(String xml, String retourType) {
        String p = retourType.toLowerCase();
        return codes(xml, "/" + p + ":Bericht/" + p + ":Header/" + p + ":RetourCodes/" + p + ":RetourCode");
    }
}
