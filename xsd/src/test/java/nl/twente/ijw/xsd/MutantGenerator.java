package nl.twente.ijw.xsd;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Builds a deterministic corpus of mutated iJw messages from parsed example messages.
 *
 * <p>Every mutant is a small change on the DOM of one base message (an official example, or
 * an example repaired to be valid), serialised to bytes. The generator knows nothing about
 * the schemas: it mutates blindly, so some mutants stay valid and others become invalid,
 * and the test compares the verdicts of the two schema sets on exactly the same bytes.
 */
final class MutantGenerator {

    /** One mutated message. {@code message} selects the schema (JW301 ...), {@code base} names the input. */
    record Mutant(String kind, String message, String base, String xpath, String detail, byte[] xml) {
    }

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    static final String XS = "http://www.w3.org/2001/XMLSchema";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    private static final List<String> DATES = List.of(
            "2027-06-31", "2026-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00",
            "2023-01-32", "1900-02-29", "2100-02-29", "2024-02-29", "2000-02-29", "2023-12-31",
            "2023-01-01Z", "2023-01-01+01:00", "2023-01-01T00:00:00", "2023-1-01", "23-01-01",
            "02023-01-01", "-2023-01-01", "0000-01-01", "9999-12-31", "2023/01/01", "01-01-2023",
            " 2023-06-30", "2023-06-30 ", "2023-06-30\n");
    private static final List<String> TIMES = List.of(
            "24:00:00", "23:59:59", "12:34:56.123", "12:60:00", "12:00:60", "25:00:00", "12:00",
            "12:00:00Z", "12:00:00+01:00", "12:00:00-05:00", "1:00:00", "00:00:00", " 12:00:00",
            "12:00:00.", "T12:00:00");
    private static final List<String> NUMBERS = List.of(
            "-1", "0", "1", "9", "10", "99", "100", "999", "99999", "100000", "9999999", "99999999",
            "100000000", "999999999", "1000000000", "999999999999", "1000000000000", "1.0", "1e2",
            "0x10", "1 000", "007", "-0", "+0");
    private static final List<String> OUTSIDE_CODES = List.of(
            "00", "0", "99", "X", "ZZ", "10", "3", "9999", "S301", "0002", "7", "15", "56", "30",
            "A", "nl", "NL ", "01 ", "1.0", "aa", "Ab");
    private static final List<String> TEXTS = List.of(
            "T.", "\u00C9", "\u03A9", "\u00DF", "a b", "a\nb", "x&y<z>", "\u00A0", "A1", "\u00E4",
            "\u1EF3", "\u1EF4", "...", "-", "Jan-Piet", "\t", "x\ty", "'", "\"q\"");
    private static final List<String> VERSIONS = List.of(
            "1.0", "1.0.0.0", "01.0.0", "1.00.0", "10.20.30", "0.0.0", "v1.0.0", "1.0.0 ", "1..0",
            "3.2.0", "1.0.-1", "1,0,0");
    private static final int[] LENGTHS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 20, 21,
        24, 25, 35, 36, 37, 64, 65, 80, 81, 200, 201, 500};

    private static final int[] SCAN_LENGTHS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
        19, 20, 21, 23, 24, 25, 26, 34, 35, 36, 37, 63, 64, 65, 79, 80, 81, 199, 200, 201, 1000};
    private static final List<String> SCAN_NUMBERS = List.of(
            "-1", "0", "1", "9", "10", "99", "100", "999", "1000", "9999", "10000", "99999", "100000",
            "9999999", "10000000", "99999999", "100000000", "999999999", "1000000000", "999999999999",
            "1000000000000");

    private final Random random;
    private final List<List<String>> codeLists;
    /** Per message: QNames (prefix ijw, jwNNN or xs) usable as xsi:type values. */
    private final Map<String, List<String>> typeNames;
    private final boolean exhaustiveTypes;
    private final Map<String, Set<String>> scannedPaths = new HashMap<>();
    private final List<Mutant> mutants = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final MessageDigest sha;
    private int duplicates;

    MutantGenerator(long seed, List<List<String>> codeLists, Map<String, List<String>> typeNames,
            boolean exhaustiveTypes) {
        this.random = new Random(seed);
        this.codeLists = codeLists;
        this.typeNames = typeNames;
        this.exhaustiveTypes = exhaustiveTypes;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Mutant> mutants() {
        return mutants;
    }

    int duplicatesSkipped() {
        return duplicates;
    }

    /**
     * Adds all mutants of one base document. {@code referenceOracle} (the reference schema's
     * verdict) is only used to find the edges of lengths and number ranges; the verdicts that
     * are compared are computed later, for every mutant, by both schema sets.
     */
    void mutate(String message, String baseName, Document base, Predicate<byte[]> referenceOracle) {
        List<Element> elements = elements(base);
        Set<String> scanned = scannedPaths.computeIfAbsent(message, k -> new HashSet<>());
        List<String> types = typeNames.get(message);
        String messageNs = base.getDocumentElement().getNamespaceURI();
        String messagePrefix = base.getDocumentElement().getPrefix();

        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            boolean root = i == 0;
            if (!root) {
                emit(message, baseName, base, "remove", i, "remove element",
                        t -> t.getParentNode().removeChild(t));
                emit(message, baseName, base, "repeat", i, "element twice",
                        t -> t.getParentNode().insertBefore(t.cloneNode(true), t.getNextSibling()));
                Element next = nextElement(e);
                // swapping two repeated siblings (e.g. two Contact elements) keeps the order valid
                if (next != null) {
                    emit(message, baseName, base, "swap", i, "swap with " + next.getLocalName(), t -> {
                        Element n = nextElement(t);
                        t.getParentNode().insertBefore(n, t);
                    });
                }
            }
            boolean firstOfPath = scanned.add(xpath(e).replaceAll("\\[\\d+]", ""));
            if (isLeaf(e) && !root) {
                valueMutants(message, baseName, base, i, e.getTextContent());
                if (firstOfPath) {
                    edgeScans(message, baseName, base, i, e.getTextContent(), referenceOracle);
                }
            }
            if (!root) {
                int n = firstOfPath ? (exhaustiveTypes ? types.size() : 2) : (random.nextInt(3) == 0 ? 1 : 0);
                for (int k = 0; k < n; k++) {
                    String type = exhaustiveTypes && firstOfPath ? types.get(k) : pick(types);
                    emit(message, baseName, base, "xsi-type", i, "xsi:type=" + type, t -> {
                        if (type.startsWith("xs:")) {
                            t.setAttributeNS(XMLNS, "xmlns:xs", XS);
                        }
                        t.setAttributeNS(XSI, "xsi:type", type);
                    });
                }
            }
        }

        structuralExtras(message, baseName, base, elements, messageNs, messagePrefix);
        namespaceMutants(message, baseName, base, elements, messageNs);
        attributeMutants(message, baseName, base, elements);
    }

    private void valueMutants(String message, String baseName, Document base, int i, String v) {
        boolean date = DATE.matcher(v).matches();
        boolean time = TIME.matcher(v).matches();
        boolean digits = DIGITS.matcher(v).matches();
        boolean version = VERSION.matcher(v).matches();
        List<String> codeCandidates = codeCandidates(v);

        // string length: boundary lengths, filled with digits or letters like the original
        char fill = digits ? '9' : 'A';
        for (int n = 0; n < 2; n++) {
            int len = LENGTHS[random.nextInt(LENGTHS.length)];
            setValue(message, baseName, base, "too-long", i, String.valueOf(fill).repeat(len),
                    "length " + len);
        }
        // the same length as the original, other content: often still valid
        setValue(message, baseName, base, "too-long", i, String.valueOf(fill).repeat(v.length()),
                "same length " + v.length());

        if (!codeCandidates.isEmpty()) {
            for (int n = 0; n < 3; n++) {
                String c = codeCandidates.get(random.nextInt(codeCandidates.size()));
                setValue(message, baseName, base, "code-value", i, c, "code " + c);
            }
        }
        if (!date && !time && v.length() <= 4) {
            String c = OUTSIDE_CODES.get(random.nextInt(OUTSIDE_CODES.size()));
            setValue(message, baseName, base, "code-value", i, c, "code " + c);
        }
        if (date) {
            for (int n = 0; n < 3; n++) {
                setValue(message, baseName, base, "date-time", i, pick(DATES), "date");
            }
        }
        if (time) {
            for (int n = 0; n < 3; n++) {
                setValue(message, baseName, base, "date-time", i, pick(TIMES), "time");
            }
        }
        if (digits) {
            setValue(message, baseName, base, "leading-zero", i, "0" + v, "leading zero");
            if (random.nextInt(3) > 0) {
                setValue(message, baseName, base, "plus-sign", i, "+" + v, "plus sign");
            } else {
                setValue(message, baseName, base, "plus-sign", i, "-" + v, "minus sign");
            }
            for (int n = 0; n < 2; n++) {
                setValue(message, baseName, base, "number-range", i, pick(NUMBERS), "number");
            }
        }
        if (version) {
            setValue(message, baseName, base, "leading-zero", i, "0" + v, "leading zero");
            for (int n = 0; n < 2; n++) {
                setValue(message, baseName, base, "text-chars", i, pick(VERSIONS), "version");
            }
        }
        if (!date && !time && !digits && !version) {
            for (int n = 0; n < 2; n++) {
                String t = pick(TEXTS);
                String value = random.nextBoolean() ? t : v + t;
                setValue(message, baseName, base, "text-chars", i, value, "text");
            }
        }
        String[] spaced = {" " + v, v + " ", " " + v + " ", "\t" + v, v + "\n", "\n" + v + "\n  "};
        for (int n = 0; n < 2; n++) {
            setValue(message, baseName, base, "whitespace", i, spaced[random.nextInt(spaced.length)],
                    "leading/trailing white space");
        }
        if (random.nextBoolean()) {
            setValue(message, baseName, base, "empty", i, "", "empty element");
        } else {
            setValue(message, baseName, base, "empty", i, "   ", "blanks only");
        }
    }

    /**
     * For the first occurrence of each leaf path: walks an ordered list of candidate values
     * (string lengths, numbers) and keeps the two values on each side of every place where the
     * reference verdict flips, i.e. exactly max-length / max-length + 1, max / max + 1, etc.
     * Code values: every value of every code list that contains the original value, plus a few
     * values outside all lists.
     */
    private void edgeScans(String message, String baseName, Document base, int i, String v,
            Predicate<byte[]> oracle) {
        boolean date = DATE.matcher(v).matches();
        boolean time = TIME.matcher(v).matches();
        boolean digits = DIGITS.matcher(v).matches();
        boolean version = VERSION.matcher(v).matches();
        List<String> codes = codeCandidates(v);
        if (!codes.isEmpty()) {
            for (String c : codes) {
                setValue(message, baseName, base, "code-list", i, c, "code");
            }
            for (String c : OUTSIDE_CODES) {
                setValue(message, baseName, base, "code-list", i, c, "code");
            }
            return;
        }
        if (date || time || version) {
            return;
        }
        List<String> lengths = new ArrayList<>();
        char fill = digits ? '9' : 'A';
        for (int len : SCAN_LENGTHS) {
            lengths.add(String.valueOf(fill).repeat(len));
        }
        edges(message, baseName, base, i, "max-length", lengths, oracle);
        if (digits) {
            edges(message, baseName, base, i, "number-range", SCAN_NUMBERS, oracle);
        }
    }

    private void edges(String message, String baseName, Document base, int i, String kind,
            List<String> candidates, Predicate<byte[]> oracle) {
        String previous = null;
        boolean previousValid = false;
        for (String candidate : candidates) {
            Document copy = (Document) base.cloneNode(true);
            setText(elements(copy).get(i), candidate);
            boolean valid = oracle.test(IjwSchemas.serialise(copy));
            if (previous != null && valid != previousValid) {
                setValue(message, baseName, base, kind, i, previous, "edge below (" + label(previous) + ")");
                setValue(message, baseName, base, kind, i, candidate, "edge above (" + label(candidate) + ")");
            }
            previous = candidate;
            previousValid = valid;
        }
    }

    private static String label(String value) {
        return value.length() > 12 ? "length " + value.length() : value;
    }

    /** Values of every code list that contains {@code v} (other values may fit, or not). */
    private List<String> codeCandidates(String v) {
        Set<String> union = new LinkedHashSet<>();
        for (List<String> list : codeLists) {
            if (list.contains(v)) {
                union.addAll(list);
            }
        }
        union.remove(v);
        return new ArrayList<>(union);
    }

    private void structuralExtras(String message, String baseName, Document base, List<Element> elements,
            String messageNs, String messagePrefix) {
        List<Integer> complex = new ArrayList<>();
        List<Integer> leaves = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            (isLeaf(elements.get(i)) ? leaves : complex).add(i);
        }
        int count = Math.max(12, elements.size() / 3);
        for (int n = 0; n < count; n++) {
            int i = random.nextInt(elements.size());
            Element target = elements.get(i);
            int variant = random.nextInt(5);
            // a name that exists somewhere in this message, or a made-up one
            Element donor = elements.get(1 + random.nextInt(elements.size() - 1));
            switch (variant) {
                case 0 -> emit(message, baseName, base, "unknown-element", i, "unknown first child Onbekend",
                        t -> t.insertBefore(newElement(t, childNs(t, messageNs), "Onbekend", "1"), t.getFirstChild()));
                case 1 -> {
                    if (i == 0) {
                        continue;
                    }
                    emit(message, baseName, base, "unknown-element", i, "unknown sibling Extra",
                            t -> t.getParentNode().insertBefore(
                                    newElement(t, t.getNamespaceURI(), "Extra", "x"), t.getNextSibling()));
                }
                case 2 -> emit(message, baseName, base, "unknown-element", i,
                        "foreign element " + donor.getLocalName() + " as last child",
                        t -> t.appendChild(t.getOwnerDocument().importNode(donor, true)));
                case 3 -> {
                    if (i == 0) {
                        continue;
                    }
                    emit(message, baseName, base, "unknown-element", i,
                            "foreign element " + donor.getLocalName() + " before",
                            t -> t.getParentNode().insertBefore(t.getOwnerDocument().importNode(donor, true), t));
                }
                default -> emit(message, baseName, base, "unknown-element", i, "element in other namespace",
                        t -> t.appendChild(newElement(t, "urn:example:other", "Iets", "1")));
            }
        }
        // swaps of non-adjacent siblings (first and last child of a parent)
        for (int i : complex) {
            Element parent = elements.get(i);
            List<Element> kids = children(parent);
            if (kids.size() >= 3 && random.nextInt(2) == 0
                    && !sameName(kids.get(0), kids.get(kids.size() - 1))) {
                emit(message, baseName, base, "swap", i, "swap first and last child", t -> {
                    List<Element> k = children(t);
                    Element first = k.get(0);
                    Element last = k.get(k.size() - 1);
                    Node afterFirst = first.getNextSibling();
                    t.insertBefore(first, last.getNextSibling());
                    t.insertBefore(last, afterFirst);
                });
            }
        }
        // leaf text moved into a child element (simple content gets element content)
        for (int n = 0; n < 3 && !leaves.isEmpty(); n++) {
            int i = leaves.get(random.nextInt(leaves.size()));
            if (i == 0) {
                continue;
            }
            emit(message, baseName, base, "unknown-element", i, "text wrapped in child element",
                    t -> {
                        String text = t.getTextContent();
                        setText(t, "");
                        t.appendChild(newElement(t, t.getNamespaceURI(), t.getLocalName(), text));
                    });
        }
    }

    private void namespaceMutants(String message, String baseName, Document base, List<Element> elements,
            String messageNs) {
        String oldRelease = messageNs.replace("/3_2/", "/3_1/");
        emit(message, baseName, base, "namespace", 0, "root in 3_1 namespace",
                t -> rename(t, oldRelease, "old"));
        emit(message, baseName, base, "namespace", 0, "whole message in 3_1 namespaces", t -> {
            for (Element e : elements(t.getOwnerDocument())) {
                rename(e, e.getNamespaceURI().replace("/3_2/", "/3_1/"), e.getPrefix() + "31");
            }
        });
        emit(message, baseName, base, "namespace", 0, "root without namespace", t -> rename(t, null, null));
        String otherMessage = IjwSchemas.MESSAGES.get(random.nextInt(IjwSchemas.MESSAGES.size())).toLowerCase();
        emit(message, baseName, base, "namespace", 0, "root in namespace of " + otherMessage,
                t -> rename(t, "http://www.istandaarden.nl/ijw/3_2/" + otherMessage + "/schema", otherMessage));

        int count = Math.max(8, elements.size() / 6);
        for (int n = 0; n < count; n++) {
            int i = 1 + random.nextInt(elements.size() - 1);
            int variant = random.nextInt(4);
            switch (variant) {
                case 0 -> emit(message, baseName, base, "namespace", i, "element in 3_1 namespace",
                        t -> rename(t, t.getNamespaceURI().replace("/3_2/", "/3_1/"), "old"));
                case 1 -> emit(message, baseName, base, "namespace", i, "message/basisschema namespace swapped",
                        t -> {
                            boolean basis = IjwSchemas.BASIS_NS.equals(t.getNamespaceURI());
                            rename(t, basis ? messageNs : IjwSchemas.BASIS_NS, basis ? "m" : "b");
                        });
                case 2 -> emit(message, baseName, base, "namespace", i, "element without namespace",
                        t -> rename(t, null, null));
                default -> emit(message, baseName, base, "namespace", i, "same namespace, other prefix",
                        t -> rename(t, t.getNamespaceURI(), "p" + random.nextInt(10)));
            }
        }
    }

    private void attributeMutants(String message, String baseName, Document base, List<Element> elements) {
        emit(message, baseName, base, "attribute", 0, "xsi:schemaLocation on root", t -> t.setAttributeNS(XSI,
                "xsi:schemaLocation", t.getNamespaceURI() + " " + message + ".xsd"));
        emit(message, baseName, base, "attribute", 0, "extra namespace declaration on root",
                t -> t.setAttributeNS(XMLNS, "xmlns:extra", "urn:example:extra"));
        int count = Math.max(6, elements.size() / 8);
        for (int n = 0; n < count; n++) {
            int i = random.nextInt(elements.size());
            switch (random.nextInt(4)) {
                case 0 -> emit(message, baseName, base, "attribute", i, "attribute id",
                        t -> t.setAttribute("id", "a1"));
                case 1 -> emit(message, baseName, base, "attribute", i, "xsi:nil=true",
                        t -> t.setAttributeNS(XSI, "xsi:nil", "true"));
                case 2 -> emit(message, baseName, base, "attribute", i, "xml:lang",
                        t -> t.setAttributeNS(XML_NS, "xml:lang", "nl"));
                default -> emit(message, baseName, base, "attribute", i, "xsi:nil=false",
                        t -> t.setAttributeNS(XSI, "xsi:nil", "false"));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void setValue(String message, String baseName, Document base, String kind, int index,
            String value, String what) {
        emit(message, baseName, base, kind, index, what + ": \"" + printable(value) + "\"",
                t -> setText(t, value));
    }

    private void emit(String message, String baseName, Document base, String kind, int index, String detail,
            Consumer<Element> operation) {
        Document copy = (Document) base.cloneNode(true);
        Element target = elements(copy).get(index);
        String xpath = xpath(target);
        operation.accept(target);
        byte[] xml = IjwSchemas.serialise(copy);
        checkRoundTrip(copy, xml, kind, xpath, detail);
        String digest = HexFormat.of().formatHex(sha.digest(xml));
        if (!seen.add(message + ":" + digest)) {
            duplicates++;
            return;
        }
        mutants.add(new Mutant(kind, message, baseName, xpath, detail, xml));
    }

    /** The serialised bytes must parse back to the same element names, namespaces and texts. */
    private static void checkRoundTrip(Document mutated, byte[] xml, String kind, String xpath, String detail) {
        Document reparsed;
        try {
            reparsed = IjwSchemas.parse(xml);
        } catch (Exception e) {
            throw new IllegalStateException("mutant " + kind + " at " + xpath + " (" + detail
                    + ") is not well-formed: " + e.getMessage() + "\n" + new String(xml, StandardCharsets.UTF_8), e);
        }
        String before = signature(mutated);
        String after = signature(reparsed);
        if (!before.equals(after)) {
            throw new IllegalStateException("mutant " + kind + " at " + xpath + " (" + detail
                    + ") changed in serialisation:\n" + before + "\n---\n" + after);
        }
    }

    private static String signature(Document d) {
        StringBuilder sb = new StringBuilder();
        for (Element e : elements(d)) {
            sb.append('{').append(e.getNamespaceURI()).append('}').append(e.getLocalName());
            if (isLeaf(e)) {
                sb.append('=').append(e.getTextContent());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void rename(Element e, String ns, String prefix) {
        String qname = prefix == null || prefix.isEmpty() ? e.getLocalName() : prefix + ":" + e.getLocalName();
        e.getOwnerDocument().renameNode(e, ns, qname);
    }

    private static String childNs(Element parent, String messageNs) {
        List<Element> kids = children(parent);
        return kids.isEmpty() ? messageNs : kids.get(0).getNamespaceURI();
    }

    private static Element newElement(Element context, String ns, String localName, String text) {
        String prefix = ns == null ? null
                : ns.equals(context.getNamespaceURI()) ? context.getPrefix()
                : ns.equals(IjwSchemas.BASIS_NS) ? "ijw" : "n";
        Element e = context.getOwnerDocument().createElementNS(ns, prefix == null ? localName : prefix + ":" + localName);
        e.setTextContent(text);
        return e;
    }

    static void setText(Element e, String text) {
        while (e.getFirstChild() != null) {
            e.removeChild(e.getFirstChild());
        }
        if (!text.isEmpty()) {
            e.appendChild(e.getOwnerDocument().createTextNode(text));
        }
    }

    static List<Element> elements(Document d) {
        NodeList all = d.getElementsByTagNameNS("*", "*");
        List<Element> list = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            list.add((Element) all.item(i));
        }
        return list;
    }

    static List<Element> children(Element parent) {
        List<Element> kids = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                kids.add(child);
            }
        }
        return kids;
    }

    static boolean isLeaf(Element e) {
        return children(e).isEmpty();
    }

    private static Element nextElement(Element e) {
        for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element next) {
                return next;
            }
        }
        return null;
    }

    private static boolean sameName(Element a, Element b) {
        return a.getLocalName().equals(b.getLocalName())
                && String.valueOf(a.getNamespaceURI()).equals(String.valueOf(b.getNamespaceURI()));
    }

    static String xpath(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            int pos = 1;
            for (Node s = el.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                if (s instanceof Element sib && sameName(sib, el)) {
                    pos++;
                }
            }
            sb.insert(0, "/" + el.getNodeName() + "[" + pos + "]");
        }
        return sb.toString();
    }

    static String printable(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t").replace("\u00A0", "\\u00A0");
    }
}
