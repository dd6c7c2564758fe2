package nl.twente.ijw.gateway.bericht;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds the DOM from the SAX events of the (validating) parser. Written here instead of using an identity
 * TransformerHandler because that one cannot be reused and costs more per message than the
 * validation itself; this one is reset by every startDocument.
 */
final class DomBouwer extends DefaultHandler {

    /** Enough for every element name of every iJw message; more are checked every time. */
    private static final int MAX_BEKENDE_NAMEN = 2000;

    private final DocumentBuilder documenten;
    private final List<String[]> namespaceDeclaraties = new ArrayList<>();
    /**
     * Element names (with their namespace URI) the DOM checked and accepted before. The document
     * is built without strict error checking, which skips the name checks and the walk over all
     * ancestors on every append; a name not seen before is still checked, so a name the parser
     * let through but the DOM refuses (such as ":Code") still fails as it did.
     */
    private final Map<String, String> bekendeNamen = new HashMap<>();
    private Document document;
    private Node huidig;

    DomBouwer(DocumentBuilder documenten) {
        this.documenten = documenten;
    }

    Document document() {
        return document;
    }

    /** The element being built, or the document outside the root element. */
    Node huidig() {
        return huidig;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
    }

    @Override
    public void startDocument() {
        document = documenten.newDocument();
        document.setStrictErrorChecking(false);
        huidig = document;
        namespaceDeclaraties.clear();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        namespaceDeclaraties.add(new String[] {prefix, uri});
    }

    @Override
    public void endDocument() {
        // Callers get a document that checks what they do with it, as a parsed one does.
        document.setStrictErrorChecking(true);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String namespace = uri == null ? "" : uri;
        if (namespace.equals(bekendeNamen.get(qName)) && namespaceDeclaraties.isEmpty() && atts.getLength() == 0) {
            huidig = huidig.appendChild(document.createElementNS(namespace.isEmpty() ? null : namespace, qName));
            return;
        }
        document.setStrictErrorChecking(true);
        try {
            huidig = huidig.appendChild(gecontroleerdElement(namespace, qName, atts));
        } finally {
            document.setStrictErrorChecking(false);
        }
        if (bekendeNamen.size() < MAX_BEKENDE_NAMEN) {
            bekendeNamen.put(qName, namespace);
        }
    }

    private Element gecontroleerdElement(String namespace, String qName, Attributes atts) {
        Element element = document.createElementNS(namespace.isEmpty() ? null : namespace, qName);
        // Keep the declarations as attributes, as a parsed DOM has them, so an echoed element
        // serialises with the prefixes the sender used.
        for (String[] declaratie : namespaceDeclaraties) {
            String naam = declaratie[0].isEmpty() ? "xmlns" : "xmlns:" + declaratie[0];
            element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, naam, declaratie[1]);
        }
        namespaceDeclaraties.clear();
        for (int i = 0; i < atts.getLength(); i++) {
            String attUri = atts.getURI(i);
            element.setAttributeNS(attUri == null || attUri.isEmpty() ? null : attUri, atts.getQName(i), atts.getValue(i));
        }
        return element;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        huidig = huidig.getParentNode();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (huidig == document) {
            return; // whitespace outside the root element is not part of the DOM
        }
        Node laatste = huidig.getLastChild();
        if (laatste instanceof Text tekst) {
            tekst.appendData(new String(ch, start, length));
        } else {
            huidig.appendChild(document.createTextNode(new String(ch, start, length)));
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) {
        document.setStrictErrorChecking(true);
        try {
            huidig.appendChild(document.createProcessingInstruction(target, data));
        } finally {
            document.setStrictErrorChecking(false);
        }
    }
}
