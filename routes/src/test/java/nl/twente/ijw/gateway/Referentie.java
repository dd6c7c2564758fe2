package nl.twente.ijw.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The official iJw 3.2 material beside the project (../shared), read by tests only. */
public final class Referentie {

    private static final ConcurrentHashMap<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Referentie() {
    }

    public static Path map() {
        return Path.of(System.getProperty("ijw.reference.dir", "../../shared/reference/ijw-3.2"));
    }

    public static byte[] voorbeeld(String naam) {
        try {
            return Files.readAllBytes(map().resolve("examples").resolve(naam + ".xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Schema schema(String bericht) {
        return SCHEMAS.computeIfAbsent(bericht, b -> {
            try {
                SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                return f.newSchema(new StreamSource(map().resolve("xsd").resolve(b + ".xsd").toFile()));
            } catch (SAXException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The reference schema's errors for this document; empty when it is valid. */
    public static List<String> fouten(String bericht, byte[] xml) {
        var fouten = new java.util.ArrayList<String>();
        try {
            var validator = schema(bericht).newValidator();
            validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) {
                    fouten.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) {
                    error(e);
                }
            });
            validator.validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            fouten.add(e.getMessage());
        }
        return fouten;
    }
}
