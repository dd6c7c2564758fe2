package nl.twente.ijw.xsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.xml.transform.stream.StreamSource;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated JAXB classes read the official examples (with schema validation on), and
 * what they write is valid against the project schema again.
 */
class JaxbBindingTest {

    @ParameterizedTest
    @ValueSource(strings = {"JW301", "JW302", "JW305", "JW306", "JW307", "JW308", "JW316",
        "JW317", "JW319", "JW320", "JW323", "JW325"})
    void validExamplesSurviveUnmarshalAndMarshal(String message) throws Exception {
        String pkg = "nl.twente.ijw.xsd." + message.toLowerCase();
        JAXBContext context = JAXBContext.newInstance(pkg);

        Unmarshaller unmarshaller = context.createUnmarshaller();
        unmarshaller.setSchema(IjwSchemas.project(message));
        Object parsed = unmarshaller.unmarshal(new StreamSource(
                new ByteArrayInputStream(IjwSchemas.example(message))));

        assertThat(parsed).isInstanceOf(JAXBElement.class);
        JAXBElement<?> bericht = (JAXBElement<?>) parsed;
        assertThat(bericht.getName().getLocalPart()).isEqualTo("Bericht");
        assertThat(bericht.getValue().getClass().getName()).isEqualTo(pkg + ".Root");

        Marshaller marshaller = context.createMarshaller();
        marshaller.setSchema(IjwSchemas.project(message));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        marshaller.marshal(bericht, out);

        IjwSchemas.Verdict again = IjwSchemas.validate(
                IjwSchemas.validator(IjwSchemas.project(message)), out.toByteArray());
        assertThat(again.valid()).as(again.message()).isTrue();
    }

    @Test
    void typedAccessToAStartZorgMessage() throws Exception {
        JAXBContext context = JAXBContext.newInstance(nl.twente.ijw.xsd.jw305.ObjectFactory.class);
        Unmarshaller unmarshaller = context.createUnmarshaller();
        unmarshaller.setSchema(IjwSchemas.project("JW305"));
        JAXBElement<nl.twente.ijw.xsd.jw305.Root> bericht = unmarshaller.unmarshal(
                new StreamSource(new ByteArrayInputStream(IjwSchemas.example("JW305"))),
                nl.twente.ijw.xsd.jw305.Root.class);

        nl.twente.ijw.xsd.jw305.Root root = bericht.getValue();
        assertThat(root.getHeader().getBerichtCode()).isEqualTo("438");
        assertThat(root.getClient().getStartProducten().getStartProduct()).isNotEmpty();
    }

    @Test
    void invalidExampleIsRejectedWhenUnmarshallingWithSchema() throws Exception {
        JAXBContext context = JAXBContext.newInstance(nl.twente.ijw.xsd.jw315.ObjectFactory.class);
        Unmarshaller unmarshaller = context.createUnmarshaller();
        unmarshaller.setSchema(IjwSchemas.project("JW315"));
        assertThatThrownBy(() -> unmarshaller.unmarshal(new StreamSource(
                new ByteArrayInputStream(IjwSchemas.example("JW315")))))
                .isInstanceOf(UnmarshalException.class);
    }
}
