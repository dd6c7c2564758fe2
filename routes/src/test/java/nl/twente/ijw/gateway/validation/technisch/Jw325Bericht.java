package nl.twente.ijw.gateway.validation.technisch;

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
 * A JW325 for the tests of this package, from fixtures/technisch/JW325.xml (a declaration
 * answer refusing the one prestatie of fixtures/JW323.xml). {@link TestBericht} has no JW325,
 * as the gateway never answers one; paths work the same way.
 */
final class Jw325Bericht {

    private final Document doc;

    private Jw325Bericht() {
        try (InputStream in = Jw325Bericht.class.getResourceAsStream("/fixtures/technisch/JW325.xml")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            doc = f.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        zet("Header/BerichtIdentificatie/Identificatie", TestBericht.uniekeIdentificatie());
    }

    static Jw325Bericht jw325() {
        return new Jw325Bericht();
    }

    Jw325Bericht zet(String pad, Object waarde) {
        element(pad).setTextContent(String.valueOf(waarde));
        return this;
    }

    Jw325Bericht verwijder(String pad) {
        Element e = element(pad);
        e.getParentNode().removeChild(e);
        return this;
    }

    Jw325Bericht kopieer(String pad) {
        Element e = element(pad);
        e.getParentNode().insertBefore(e.cloneNode(true), e.getNextSibling());
        return this;
    }

    Jw325Bericht voegToeNa(String pad, String naam, Object tekst) {
        Element buur = element(pad);
        Element nieuw = doc.createElementNS(buur.getNamespaceURI(), buur.getPrefix() + ":" + naam);
        nieuw.setTextContent(String.valueOf(tekst));
        buur.getParentNode().insertBefore(nieuw, buur.getNextSibling());
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
            String naam = stap;
            int positie = 1;
            int haak = stap.indexOf('[');
            if (haak > 0) {
                naam = stap.substring(0, haak);
                positie = Integer.parseInt(stap.substring(haak + 1, stap.length() - 1));
            }
            Element gevonden = null;
            int teller = 0;
            for (Node n = huidig.getFirstChild(); n != null && gevonden == null; n = n.getNextSibling()) {
                if (n instanceof Element e && naam.equals(e.getLocalName()) && ++teller == positie) {
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
