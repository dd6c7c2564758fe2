package nl.twente.ijw.xsd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Test support: loads the project's schemas (classpath) and the official reference schemas
 * (directory from system property {@code ijw.reference.dir}) with the JDK validator, and
 * validates / parses / serialises messages with hardened JAXP settings.
 */
final class IjwSchemas {

    /** The 14 message types of iJw 3.2, in catalogue order. */
    static final List<String> MESSAGES = List.of(
            "JW301", "JW302", "JW305", "JW306", "JW307", "JW308", "JW315",
            "JW316", "JW317", "JW318", "JW319", "JW320", "JW323", "JW325");

    static final String BASIS_NS = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private IjwSchemas() {
    }

    /** Outcome of validating one document: valid, or invalid with the first error. */
    record Verdict(boolean valid, String message) {
        static final Verdict VALID = new Verdict(true, "");

        String label() {
            return valid ? "valid" : "invalid";
        }
    }

    /**
     * The reference directory: system property {@code ijw.reference.dir} (set by surefire from
     * the parent pom), else {@code ../../shared/reference/ijw-3.2} relative to the module
     * directory. The fallback is also used when the property points nowhere, which happens when
     * Maven is started with {@code -f xsd/pom.xml} (the parent derives the property from the
     * multi-module directory).
     */
    static Path referenceDir() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("ijw.reference.dir");
        if (prop != null && !prop.isBlank()) {
            candidates.add(Path.of(prop));
        }
        candidates.add(Path.of("../../shared/reference/ijw-3.2"));
        for (Path candidate : candidates) {
            Path dir = candidate.toAbsolutePath().normalize();
            if (Files.isDirectory(dir.resolve("xsd")) && Files.isDirectory(dir.resolve("examples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("iJw 3.2 reference material not found at " + candidates
                + " (set -Dijw.reference.dir=<dir containing xsd/ and examples/>)");
    }

    static Path exampleFile(String message) {
        return referenceDir().resolve("examples").resolve(message + ".xml");
    }

    static byte[] example(String message) throws IOException {
        return Files.readAllBytes(exampleFile(message));
    }

    /** The project's own schema for a message, from the classpath. */
    static Schema project(String message) {
        return CACHE.computeIfAbsent("project:" + message, k -> {
            URL url = IjwSchemas.class.getResource("/ijw/3_2/" + message + ".xsd");
            if (url == null) {
                throw new IllegalStateException("project schema /ijw/3_2/" + message + ".xsd not on classpath");
            }
            return load(url);
        });
    }

    /** The official schema for a message, from the reference directory. */
    static Schema reference(String message) {
        return CACHE.computeIfAbsent("reference:" + message, k -> {
            try {
                return load(referenceDir().resolve("xsd").resolve(message + ".xsd").toUri().toURL());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Schema load(URL url) {
        try {
            SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            sf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // the message schemas import basisschema.xsd next to them (file: or jar:)
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return sf.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load schema " + url + ": " + e.getMessage(), e);
        }
    }

    /** A validator for one thread; validators are not thread-safe. */
    static Validator validator(Schema schema) {
        Validator v = schema.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        return v;
    }

    /** Validates the bytes (parsed with a hardened SAX parser); stops at the first error. */
    static Verdict validate(Validator validator, byte[] xml) {
        try {
            // no reset(): it would drop the access restrictions set in validator(); validate()
            // starts from a clean state anyway
            XMLReader reader = saxParserFactory().newSAXParser().getXMLReader();
            validator.validate(new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml))));
            return Verdict.VALID;
        } catch (SAXParseException e) {
            return new Verdict(false, "line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return new Verdict(false, String.valueOf(e.getMessage()));
        }
    }

    private static SAXParserFactory saxParserFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setNamespaceAware(true);
        spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return spf;
    }

    static Document parse(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        DocumentBuilder db = dbf.newDocumentBuilder();
        try (InputStream in = new ByteArrayInputStream(xml)) {
            return db.parse(in);
        }
    }

    static byte[] serialise(Document doc) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
