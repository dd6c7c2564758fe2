package nl.twente.ijw.gateway.bericht;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Passes the parser's SAX events on to the DOM builder, gives schema findings their element path,
 * decides the message type from the root namespace and refuses absurd nesting and overlong text.
 * The validator inside the parser sees each event just before this class does.
 */
final class Padvolger implements ContentHandler {

    /** The input is not an iJw message; the message says why. */
    static final class GeenIjwBericht extends SAXException {
        GeenIjwBericht(String melding) {
            super(melding);
        }
    }

    private final DomBouwer volgende;
    private final int maxDiepte;
    private final int maxFouten;
    private final List<SchemaFout> fouten = new ArrayList<>();
    /**
     * Findings of the validator not yet placed: it reports them before passing on the event they
     * are about, so they get the path of the next event (for a start tag, with that element).
     */
    private final List<SAXParseException> ongeplaatst = new ArrayList<>();
    private int diepte;
    private BerichtSoort soort;
    /** Characters of the text run being read (between two tags). */
    private int tekstLengte;

    /**
     * No iJw value is longer than 200 characters (LDT_Naam, maxLength). Longer text is refused
     * before the validator checks it at the end tag: its pattern facets ({@code .*[^\s].*}) take
     * time that grows with the square of the length, so one huge name would hold a thread for minutes.
     */
    static final int MAX_TEKST = 1024;

    Padvolger(DomBouwer volgende, int maxDiepte, int maxFouten) {
        this.volgende = volgende;
        this.maxDiepte = maxDiepte;
        this.maxFouten = maxFouten;
    }

    BerichtSoort soort() {
        return soort;
    }

    /** A schema violation in the event that comes next; at most {@code maxFouten} are kept. */
    void meld(SAXParseException fout) {
        if (fouten.size() + ongeplaatst.size() < maxFouten) {
            ongeplaatst.add(fout);
        }
    }

    List<SchemaFout> fouten() {
        plaats();
        return fouten;
    }

    private void plaats() {
        if (ongeplaatst.isEmpty()) {
            return;
        }
        String waar = huidigPad();
        for (SAXParseException e : ongeplaatst) {
            fouten.add(new SchemaFout(e.getLineNumber(), e.getColumnNumber(), waar, e.getMessage()));
        }
        ongeplaatst.clear();
    }

    /**
     * The path of the element being read, from the DOM built so far: only asked for a finding,
     * so no element pays for it. Same-named siblings are counted by local name, from 1.
     */
    String huidigPad() {
        StringBuilder sb = new StringBuilder();
        for (Node n = volgende.huidig(); n instanceof Element e; n = n.getParentNode()) {
            int nummer = 1;
            for (Node s = e.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                if (s instanceof Element broer && e.getLocalName().equals(broer.getLocalName())) {
                    nummer++;
                }
            }
            sb.insert(0, nummer == 1 ? "/" + e.getLocalName() : "/" + e.getLocalName() + "[" + nummer + "]");
        }
        return sb.isEmpty() ? "/" : sb.toString();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (diepte == 0 && soort == null) {
            soort = BerichtSoort.vanNamespace(uri).orElseThrow(() -> new GeenIjwBericht(
                    "Geen bekend iJw 3.2-bericht: het hoofdelement is {" + uri + "}" + localName
                            + "; verwacht Bericht in een namespace http://www.istandaarden.nl/ijw/3_2/jwNNN/schema."));
        }
        if (diepte >= maxDiepte) {
            throw new GeenIjwBericht("De XML is dieper genest dan " + maxDiepte + " niveaus.");
        }
        diepte++;
        tekstLengte = 0;
        volgende.startElement(uri, localName, qName, atts);
        plaats(); // findings of this start tag: the element is in the DOM now
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        tekstLengte = 0;
        plaats();
        volgende.endElement(uri, localName, qName);
        diepte--;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        volgende.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        volgende.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        plaats();
        volgende.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        volgende.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        volgende.endPrefixMapping(prefix);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        tekstLengte += length;
        if (tekstLengte > MAX_TEKST) {
            throw new GeenIjwBericht("Het element " + huidigPad() + " bevat meer dan " + MAX_TEKST
                    + " tekens tekst; geen iJw-gegeven is langer dan 200.");
        }
        plaats();
        volgende.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        plaats();
        volgende.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        plaats();
        volgende.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        volgende.skippedEntity(name);
    }
}
