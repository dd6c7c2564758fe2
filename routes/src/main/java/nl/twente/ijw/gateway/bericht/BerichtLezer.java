package nl.twente.ijw.gateway.bericht;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import org.springframework.stereotype.Component;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads an input once: a hardened SAX parse (no DTD, no external entities, UTF-8 only) that
 * validates against the schema and builds the DOM in the same pass, so the message is never
 * parsed twice. Every schema violation is collected with its line, column and element path.
 * The schema validator sits inside the parser (SAXParserFactory.setSchema), as in the JDK's own
 * Validator, instead of behind it as a ValidatorHandler: that one turned every SAX event back
 * into the parser's internal form, nearly a quarter of the time of a read.
 */
@Component
public class BerichtLezer {

    static final int MAX_DIEPTE = 64;
    static final int MAX_FOUTEN = 200;

    private static final Pattern XML_DECLARATIE =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final SAXParserFactory parsers;
    private final SAXParserFactory validerendeParsers;
    private final DocumentBuilderFactory documenten;
    /**
     * Parser, validator and DOM builder are expensive to create and not thread-safe, so every
     * thread keeps its own chain and reuses it for every message (issue 6: no per-message setup).
     */
    private final ThreadLocal<Keten> ketens = ThreadLocal.withInitial(this::nieuweKeten);

    public BerichtLezer(Schemas schemas) {
        this.parsers = geharddeParsers(null);
        this.validerendeParsers = geharddeParsers(schemas.alleBerichten());
        this.documenten = DocumentBuilderFactory.newInstance();
        this.documenten.setNamespaceAware(true);
    }

    private record Keten(XMLReader lezer, XMLReader valideerder, DomBouwer dom) {
    }

    private Keten nieuweKeten() {
        try {
            XMLReader valideerder = validerendeParsers.newSAXParser().getXMLReader();
            // What a ValidatorHandler passes on: the text as written (no whitespace collapsed,
            // no schema defaults filled in), so the DOM is the same with or without the schema.
            valideerder.setFeature("http://apache.org/xml/features/validation/schema/normalized-value", false);
            valideerder.setFeature("http://apache.org/xml/features/validation/schema/element-default", false);
            // Nobody reads the post-schema-validation infoset; building it costs per element.
            valideerder.setFeature("http://apache.org/xml/features/validation/schema/augment-psvi", false);
            return new Keten(parsers.newSAXParser().getXMLReader(), valideerder,
                    new DomBouwer(documenten.newDocumentBuilder()));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    public Lezing lees(byte[] inhoud) {
        return lees(inhoud, true);
    }

    /**
     * Reads the bytes of a message that this gateway accepted before (the archive's): the same
     * checks and DOM, without the schema. Those bytes passed it when they arrived, and the
     * schema is the larger half of a read; the rebuild reads every archived message again.
     */
    public Lezing leesGeaccepteerd(byte[] inhoud) {
        return lees(inhoud, false);
    }

    private Lezing lees(byte[] inhoud, boolean schema) {
        try {
            return leesEenmaal(inhoud, schema);
        } catch (DOMException e) {
            // The DOM refused a name the parser let through (seen with mutilated input under the
            // fuzz test). The parse chain is thrown away in case it kept state from an earlier
            // input, and the bytes are read once more on a fresh one; what fails again is no message.
            ketens.remove();
            try {
                return leesEenmaal(inhoud, schema);
            } catch (DOMException opnieuw) {
                ketens.remove();
                return new Lezing.GeenBericht("De invoer kan niet als XML worden gelezen: " + opnieuw.getMessage());
            }
        }
    }

    private Lezing leesEenmaal(byte[] inhoud, boolean schema) {
        int start = heeftUtf8Bom(inhoud) ? 3 : 0;
        String coderingsfout = controleerCodering(inhoud, start);
        if (coderingsfout == null && !isUtf8(inhoud, start)) {
            coderingsfout = "De invoer is geen geldige UTF-8.";
        }
        if (coderingsfout != null) {
            return new Lezing.GeenBericht(coderingsfout);
        }
        Keten keten = ketens.get();
        try {
            DomBouwer dom = keten.dom;
            Padvolger pad = new Padvolger(dom, MAX_DIEPTE, MAX_FOUTEN);
            XMLReader reader = schema ? keten.valideerder : keten.lezer;
            reader.setContentHandler(pad);
            reader.setErrorHandler(schema ? new FoutVerzamelaar(pad) : STRENG);
            // The bytes are known to be UTF-8 (checked above), so the parser decodes them itself.
            InputSource bron = new InputSource(new ByteArrayInputStream(inhoud, start, inhoud.length - start));
            bron.setEncoding("UTF-8");
            reader.parse(bron);

            Document document = dom.document();
            BerichtSoort soort = pad.soort();
            BerichtHeader header = leesHeader(document);
            List<SchemaFout> fouten = pad.fouten();
            if (!fouten.isEmpty()) {
                return new Lezing.Schemafout(soort, header, List.copyOf(fouten));
            }
            return new Lezing.Gelezen(soort, header, document);
        } catch (Padvolger.GeenIjwBericht e) {
            ketens.remove();
            return new Lezing.GeenBericht(e.getMessage());
        } catch (SAXParseException e) {
            ketens.remove();
            return new Lezing.GeenBericht("Geen welgevormde XML (regel %d, kolom %d): %s"
                    .formatted(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        } catch (SAXException | IOException e) {
            ketens.remove();
            return new Lezing.GeenBericht("De invoer kan niet als XML worden gelezen: " + e.getMessage());
        }
    }

    /** The header as far as it can be read; also used for messages that break their schema. */
    public static BerichtHeader leesHeader(Document document) {
        Element header = kind(document.getDocumentElement(), "Header");
        if (header == null) {
            return BerichtHeader.LEEG;
        }
        Element identificatie = kind(header, "BerichtIdentificatie");
        return new BerichtHeader(
                tekst(kind(header, "BerichtCode")),
                tekst(kind(header, "Afzender")),
                tekst(kind(header, "Ontvanger")),
                tekst(kind(identificatie, "Identificatie")),
                tekst(kind(identificatie, "Dagtekening")));
    }

    public static Element kind(Element ouder, String localName) {
        if (ouder == null) {
            return null;
        }
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    public static String tekst(Element element) {
        return element == null ? null : element.getTextContent();
    }

    /**
     * Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. A loop
     * over the bytes instead of a CharsetDecoder, which would decode the whole message a second time.
     */
    static boolean isUtf8(byte[] b, int vanaf) {
        int i = vanaf;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int volg;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                volg = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                volg = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                volg = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + volg >= b.length) {
                return false;
            }
            int punt = c & (0x3F >> volg);
            for (int k = 1; k <= volg; k++) {
                int v = b[i + k] & 0xFF;
                if ((v & 0xC0) != 0x80) {
                    return false;
                }
                punt = (punt << 6) | (v & 0x3F);
            }
            if (punt < min || punt > 0x10FFFF || (punt >= 0xD800 && punt <= 0xDFFF)) {
                return false;
            }
            i += volg + 1;
        }
        return true;
    }

    private static boolean heeftUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** iJw messages are UTF-8; a declaration or byte-order mark that says otherwise is refused. */
    private static String controleerCodering(byte[] b, int start) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "De invoer is UTF-16; iJw-berichten zijn UTF-8.";
        }
        int lengte = Math.min(b.length - start, 200);
        String begin = new String(b, start, Math.max(lengte, 0), StandardCharsets.ISO_8859_1);
        Matcher m = XML_DECLARATIE.matcher(begin);
        if (m.find() && !m.group(1).equalsIgnoreCase("UTF-8")) {
            return "De XML-declaratie noemt codering '" + m.group(1) + "'; iJw-berichten zijn UTF-8.";
        }
        return null;
    }

    private static SAXParserFactory geharddeParsers(Schema schema) {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setSchema(schema);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DTD at all: that closes XXE and entity expansion (billion laughs) in one go.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ErrorHandler STRENG = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /**
     * The validator's findings go to the path follower; the parser's own (not well-formed) stop
     * the read. The validator reports no fatal errors, so a fatal one is always the parser's.
     */
    private record FoutVerzamelaar(Padvolger pad) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            pad.meld(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
