package nl.twente.ijw.xsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.twente.ijw.xsd.IjwSchemas.Verdict;

/**
 * (a) The 14 official example messages get the same verdict from the project schema as from
 * the official reference schema, and that verdict is the documented one.
 */
class ExampleVerdictTest {

    /**
     * Expected verdicts, written out. JW315 is invalid because ToewijzingEinddatum is
     * 2027-06-31 (June has 30 days); JW318 is invalid because a RetourCode element stands
     * directly under Verzoek. The other twelve are valid.
     */
    private static final Map<String, Boolean> EXPECTED_VALID = Map.ofEntries(
            Map.entry("JW301", true),
            Map.entry("JW302", true),
            Map.entry("JW305", true),
            Map.entry("JW306", true),
            Map.entry("JW307", true),
            Map.entry("JW308", true),
            Map.entry("JW315", false),
            Map.entry("JW316", true),
            Map.entry("JW317", true),
            Map.entry("JW318", false),
            Map.entry("JW319", true),
            Map.entry("JW320", true),
            Map.entry("JW323", true),
            Map.entry("JW325", true));

    static Stream<Arguments> examples() {
        return IjwSchemas.MESSAGES.stream().map(m -> Arguments.of(m, EXPECTED_VALID.get(m)));
    }

    @Test
    void expectationsCoverAllFourteenMessages() {
        assertThat(EXPECTED_VALID).hasSize(14).containsOnlyKeys(IjwSchemas.MESSAGES);
        assertThat(EXPECTED_VALID.values().stream().filter(v -> !v)).hasSize(2);
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @MethodSource("examples")
    void projectSchemaGivesSameVerdictAsReference(String message, boolean expectedValid) throws Exception {
        byte[] xml = IjwSchemas.example(message);

        Verdict project = IjwSchemas.validate(IjwSchemas.validator(IjwSchemas.project(message)), xml);
        Verdict reference = IjwSchemas.validate(IjwSchemas.validator(IjwSchemas.reference(message)), xml);

        assertThat(reference.valid())
                .as("reference verdict for %s (%s)", message, reference.message())
                .isEqualTo(expectedValid);
        assertThat(project.valid())
                .as("project verdict for %s (%s)", message, project.message())
                .isEqualTo(expectedValid);
        assertThat(project.valid()).isEqualTo(reference.valid());
    }

    @Test
    void invalidExamplesFailForTheDocumentedReason() throws Exception {
        Verdict jw315 = IjwSchemas.validate(IjwSchemas.validator(IjwSchemas.project("JW315")),
                IjwSchemas.example("JW315"));
        assertThat(jw315.message()).contains("2027-06-31");

        Verdict jw318 = IjwSchemas.validate(IjwSchemas.validator(IjwSchemas.project("JW318")),
                IjwSchemas.example("JW318"));
        assertThat(jw318.message()).contains("RetourCode");
    }
}
