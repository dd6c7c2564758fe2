package nl.twente.ijw.gateway.bericht;

import java.util.ArrayList;
import java.util.List;
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
 * Builds the DOM from the validator's SAX events. Written here instead of using an identity
 * TransformerHandler because that one cannot be reused and costs more per message than the
 * validation itself; this one is reset by every startDocument.
 */
final class DomBouwer extends DefaultHandler {

    private final DocumentBuilder documenten;
    private final List<String[]> namespaceDeclaraties = new ArrayList<>();
    private Document document;
    private Node huidig;

    DomBouwer(DocumentBuilder documenten) {
        this.documenten = documenten;
    }

    Document document() {
        return document;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
    }

    @Override
    public void startDocument() {
        document = documenten.newDocument();
        huidig = document;
        namespaceDeclaraties.clear();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        namespaceDeclaraties.add(new String[] {prefix, uri});
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        Element element = document.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
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
        huidig.appendChild(element);
        huidig = element;
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
        huidig.appendChild(document.createProcessingInstruction(target, data));
    }
}
