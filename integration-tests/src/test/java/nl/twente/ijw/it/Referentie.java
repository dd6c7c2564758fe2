package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import org.xmlunit.validation.JAXPValidator;
import org.xmlunit.validation.Languages;
import org.xmlunit.validation.ValidationResult;

/**
 * The official iJw 3.2 reference material, read (never copied) from {@code ijw.reference.dir}:
 * the 14 example messages as the basis of test messages, and the official XSDs to validate
 * every retour the gateway produces.
 */
final class Referentie {

    static final String BASIS_NS = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";

    /** Prefixes for XPath: {@code ijw} and {@code jw301} ... {@code jw325}. */
    static final Map<String, String> NAMESPACES;

    static {
        Map<String, String> ns = new HashMap<>();
        ns.put("ijw", BASIS_NS);
        for (String type : new String[] {"301", "302", "305", "306", "307", "308", "315", "316", "317", "318", "319",
                "320", "323", "325"}) {
            ns.put("jw" + type, "http://www.istandaarden.nl/ijw/3_2/jw" + type + "/schema");
        }
        NAMESPACES = Map.copyOf(ns);
    }

    private static final Pattern IDENTIFICATIE = Pattern.compile("<ijw:Identificatie>[^<]*</ijw:Identificatie>");
    private static final String RUN = Integer.toString(new SecureRandom().nextInt(36 * 36 * 36), 36);
    private static final AtomicInteger TELLER = new AtomicInteger();
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Referentie() {
    }

    static Path dir() {
        String dir = System.getProperty("ijw.reference.dir");
        Path pad = dir != null ? Path.of(dir)
                : Gateway.targetDir().resolve("../../../shared/reference/ijw-3.2");
        pad = pad.toAbsolutePath().normalize();
        assertThat(pad.resolve("examples")).as("referentiemateriaal (ijw.reference.dir)").isDirectory();
        return pad;
    }

    static Path voorbeelden() {
        return dir().resolve("examples");
    }

    /** The official example, e.g. {@code voorbeeld("JW305")}, as it is published. */
    static String voorbeeld(String type) {
        try {
            return Files.readString(voorbeelden().resolve(type + ".xml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value for Identificatie (at most 12 characters) used by no other test in this run. */
    static String uniekeIdentificatie() {
        return "IT%s%07d".formatted(RUN, TELLER.incrementAndGet());
    }

    /** The example with the header's Identificatie (the first one in the document) replaced. */
    static String voorbeeld(String type, String identificatie) {
        String xml = voorbeeld(type);
        Matcher m = IDENTIFICATIE.matcher(xml);
        assertThat(m.find()).as("Identificatie in " + type).isTrue();
        return xml.substring(0, m.start()) + "<ijw:Identificatie>" + identificatie + "</ijw:Identificatie>"
                + xml.substring(m.end());
    }

    /** Asserts that the document is valid against the official {@code <type>.xsd}. */
    static void assertGeldigVolgens(String type, byte[] xml) {
        JAXPValidator validator = new JAXPValidator(Languages.W3C_XML_SCHEMA_NS_URI);
        validator.setSchema(schema(type));
        ValidationResult resultaat = validator.validateInstance(new StreamSource(new ByteArrayInputStream(xml)));
        String problemen = "";
        for (var p : resultaat.getProblems()) {
            problemen += "\n  regel " + p.getLine() + ", kolom " + p.getColumn() + ": " + p.getMessage();
        }
        assertThat(resultaat.isValid())
                .as("geldig volgens het officiële %s.xsd:%s%n%s", type, problemen, new String(xml, StandardCharsets.UTF_8))
                .isTrue();
    }

    static void assertGeldigVolgens(String type, String xml) {
        assertGeldigVolgens(type, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Schema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            Path xsd = dir().resolve("xsd").resolve(t + ".xsd");
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                return factory.newSchema(new StreamSource(xsd.toFile()));
            } catch (SAXException e) {
                throw new IllegalStateException("Officieel schema " + xsd + " niet te laden", e);
            }
        });
    }
}
