package nl.twente.ijw.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** Every message the simulator writes is valid against the project's schemas (xsd module), except the deliberate schema faults. */
class SchemaTest {

    private static final Map<Bericht.Soort, Schema> SCHEMAS = new EnumMap<>(Bericht.Soort.class);
    private static Simulatie sim;

    @BeforeAll
    static void laad() throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        for (Bericht.Soort s : Bericht.Soort.values()) {
            URL xsd = SchemaTest.class.getResource("/ijw/3_2/" + s.name() + ".xsd");
            assertThat(xsd).as("schema van %s in de xsd-module", s).isNotNull();
            SCHEMAS.put(s, f.newSchema(xsd));
        }
        sim = Simulator.simuleer(new Instellingen(11, 2025, 2025, 150, 0.05, 1, Path.of("niet-gebruikt")));
    }

    @Test
    void elkGeldigBerichtIsSchemageldigEnElkeSchemafoutNiet() {
        int geldig = 0;
        int schemafout = 0;
        for (Bericht b : sim.berichten) {
            String fout = valideer(b);
            if (b.fout == Bericht.Fout.SCHEMAFOUT) {
                assertThat(fout).as("%s zou een schemafout moeten hebben", b.bestand).isNotNull();
                schemafout++;
            } else {
                assertThat(fout).as("%s (%s)", b.bestand, b.fout).isNull();
                geldig++;
            }
        }
        assertThat(geldig).isGreaterThan(500);
        assertThat(schemafout).isPositive();
    }

    @Test
    void elkeBerichtsoortKomtVoor() {
        assertThat(sim.berichten.stream().map(b -> b.soort).distinct()).containsExactlyInAnyOrder(Bericht.Soort.values());
    }

    private static String valideer(Bericht b) {
        Validator v = SCHEMAS.get(b.soort).newValidator();
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(Berichtschrijver.schrijf(b))));
            return null;
        } catch (SAXException e) {
            return e.getMessage();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
