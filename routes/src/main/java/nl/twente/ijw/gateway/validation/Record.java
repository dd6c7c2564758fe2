package nl.twente.ijw.gateway.validation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An element of a schema-valid message, with the small accessors rules need. Paths are local
 * names separated by '/', relative to this element: {@code tekst("Product/Code")}.
 * Values are as the schema let them through: integers may carry a '+' or leading zeros, so
 * compare them with {@link #getal}.
 */
public final class Record {

    private final Element element;

    public Record(Element element) {
        this.element = element;
    }

    public Element element() {
        return element;
    }

    public String naam() {
        return element.getLocalName();
    }

    public Optional<Record> kind(String pad) {
        // Step by step along the '/'s: rules ask this thousands of times per second, and a split
        // allocated an array and a string per step.
        Element huidig = element;
        int van = 0;
        while (huidig != null) {
            int tot = pad.indexOf('/', van);
            huidig = eersteKind(huidig, pad, van, tot < 0 ? pad.length() : tot);
            if (tot < 0) {
                break;
            }
            van = tot + 1;
        }
        return huidig == null ? Optional.empty() : Optional.of(new Record(huidig));
    }

    public boolean heeft(String pad) {
        return kind(pad).isPresent();
    }

    /** The direct children with this local name, in document order. */
    public List<Record> kinderen(String naam) {
        List<Record> lijst = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName())) {
                lijst.add(new Record(e));
            }
        }
        return lijst;
    }

    /** All descendants (and this element itself) with this local name, in document order. */
    public List<Record> alle(String naam) {
        List<Record> lijst = new ArrayList<>();
        verzamel(element, naam, lijst);
        return lijst;
    }

    /** Text of the element at the path, whitespace collapsed at both ends (as the schema reads it). */
    public Optional<String> tekst(String pad) {
        return kind(pad).map(r -> r.element.getTextContent().strip());
    }

    /** Text exactly as written (strings keep their spaces). */
    public Optional<String> tekstLetterlijk(String pad) {
        return kind(pad).map(r -> r.element.getTextContent());
    }

    public String tekst() {
        return element.getTextContent().strip();
    }

    public Optional<Long> getal(String pad) {
        return tekst(pad).map(Record::leesGetal);
    }

    public Optional<LocalDate> datum(String pad) {
        return tekst(pad).map(Record::leesDatum);
    }

    public Optional<LocalTime> tijd(String pad) {
        return tekst(pad).map(LocalTime::parse);
    }

    /** The XPath of this element, with positions where a name repeats: /Bericht/Client/StartProducten/StartProduct[2]. */
    public String pad() {
        StringBuilder sb = new StringBuilder();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            int positie = 1;
            for (Node s = e.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                if (s instanceof Element se && e.getLocalName().equals(se.getLocalName())) {
                    positie++;
                }
            }
            sb.insert(0, "/" + e.getLocalName() + (positie > 1 ? "[" + positie + "]" : ""));
        }
        return sb.toString();
    }

    public String pad(String kind) {
        return pad() + "/" + kind;
    }

    static long leesGetal(String tekst) {
        String t = tekst.strip();
        return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
    }

    /** xs:date allows a leading '-' and years beyond 9999 (12026-04-03), which LocalDate.parse refuses. */
    static LocalDate leesDatum(String tekst) {
        String t = tekst.strip();
        int maand = t.length() - 5;
        return LocalDate.of(Integer.parseInt(t.substring(0, maand - 1)), Integer.parseInt(t.substring(maand, maand + 2)),
                Integer.parseInt(t.substring(maand + 3)));
    }

    /** The first child whose local name is {@code pad} from {@code van} to {@code tot}. */
    private static Element eersteKind(Element ouder, String pad, int van, int tot) {
        int lengte = tot - van;
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String naam = e.getLocalName();
                if (naam != null && naam.length() == lengte && pad.regionMatches(van, naam, 0, lengte)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static void verzamel(Element e, String naam, List<Record> lijst) {
        if (naam.equals(e.getLocalName())) {
            lijst.add(new Record(e));
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element kind) {
                verzamel(kind, naam, lijst);
            }
        }
    }
}
