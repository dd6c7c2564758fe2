package nl.twente.ijw.gateway.validation.inbericht;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A JW325 for the in-message rules that also apply to it (CD060, CS325). TestBericht has no
 * JW325 fixture, so this loads its own (fixtures/JW325-afgewezen-prestatie.xml: one refused
 * prestatie) and offers the few edits those tests need, with paths as in TestBericht.
 */
final class Declaratieantwoord {

    static final String PRESTATIE = "DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie";

    private final Document doc;

    private Declaratieantwoord() {
        try (InputStream in = Declaratieantwoord.class.getResourceAsStream("/fixtures/JW325-afgewezen-prestatie.xml")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            doc = f.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("fixture JW325", e);
        }
        zet("Header/BerichtIdentificatie/Identificatie", TestBericht.uniekeIdentificatie());
    }

    static Declaratieantwoord nieuw() {
        return new Declaratieantwoord();
    }

    Declaratieantwoord zet(String pad, Object waarde) {
        element(pad).setTextContent(String.valueOf(waarde));
        return this;
    }

    /** Adds a basisschema child at the end of the element at {@code ouderPad} (e.g. VorigReferentieNummer). */
    Declaratieantwoord voegKindToe(String ouderPad, String naam, Object tekst) {
        Element nieuw = doc.createElementNS("http://www.istandaarden.nl/ijw/3_2/basisschema/schema", "ijw:" + naam);
        nieuw.setTextContent(String.valueOf(tekst));
        element(ouderPad).appendChild(nieuw);
        return this;
    }

    byte[] bytes() {
        try {
            var uit = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(uit));
            return uit.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Element element(String pad) {
        Element huidig = doc.getDocumentElement();
        for (String stap : pad.split("/")) {
            Element gevonden = null;
            for (Node n = huidig.getFirstChild(); n != null && gevonden == null; n = n.getNextSibling()) {
                if (n instanceof Element e && stap.equals(e.getLocalName())) {
                    gevonden = e;
                }
            }
            if (gevonden == null) {
                throw new IllegalArgumentException("geen element " + stap + " in " + pad);
            }
            huidig = gevonden;
        }
        return huidig;
    }
}
