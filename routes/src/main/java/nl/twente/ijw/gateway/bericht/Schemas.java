package nl.twente.ijw.gateway.bericht;

import java.net.URL;
import java.util.Arrays;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * The project's own iJw 3.2 schemas (module xsd), compiled once into one thread-safe
 * {@link Schema}: the root element's namespace then selects the message.
 */
@Component
public class Schemas {

    private final Schema alleBerichten;

    public Schemas() {
        this.alleBerichten = compileer(BerichtSoort.values());
    }

    public Schema alleBerichten() {
        return alleBerichten;
    }

    public static Schema compileer(BerichtSoort... soorten) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Only the imports between our own schema files, which live in the (nested) jar.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Source[] bronnen = Arrays.stream(soorten).map(Schemas::bron).toArray(Source[]::new);
            return factory.newSchema(bronnen);
        } catch (SAXException e) {
            throw new IllegalStateException("iJw-schema's kunnen niet worden geladen", e);
        }
    }

    private static Source bron(BerichtSoort soort) {
        URL url = Schemas.class.getResource(soort.schemaBestand());
        if (url == null) {
            throw new IllegalStateException("schema ontbreekt op het classpath: " + soort.schemaBestand());
        }
        return new StreamSource(url.toExternalForm());
    }
}
