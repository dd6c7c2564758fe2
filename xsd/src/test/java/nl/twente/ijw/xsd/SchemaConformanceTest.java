package nl.twente.ijw.xsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.twente.ijw.xsd.IjwSchemas.Verdict;
import nl.twente.ijw.xsd.MutantGenerator.Mutant;

/**
 * (b) Differential test: a seeded corpus of mutated example messages must get exactly the
 * same verdict (valid / invalid) from the project's schemas as from the official reference
 * schemas.
 */
class SchemaConformanceTest {

    /** Fixed seed: the corpus is the same on every run and every machine. */
    private static final long SEED = 3_2_2024L;

    private static final int MIN_MUTANTS = 1_000;
    private static final int SHOWN_DIFFERENCES = 25;

    @Test
    void everyMutantGetsTheSameVerdictFromBothSchemaSets() throws Exception {
        long started = System.nanoTime();
        boolean exhaustiveTypes = Boolean.getBoolean("ijw.conformance.exhaustive");
        MutantGenerator generator = new MutantGenerator(SEED, referenceCodeLists(), typeNames(), exhaustiveTypes);

        for (String message : IjwSchemas.MESSAGES) {
            Validator oracleValidator = IjwSchemas.validator(IjwSchemas.reference(message));
            Predicate<byte[]> oracle = xml -> validate(oracleValidator, xml).valid();
            Document example = IjwSchemas.parse(IjwSchemas.example(message));
            Document repaired = repaired(message, example);
            if (repaired != null) {
                // the two invalid examples, made valid first, so that their mutants can be valid
                // too; mutated before the original, so the edge scans run on a valid message
                byte[] xml = IjwSchemas.serialise(repaired);
                assertThat(validate(IjwSchemas.validator(IjwSchemas.reference(message)), xml).valid())
                        .as("repaired %s is valid under the reference schema", message).isTrue();
                assertThat(validate(IjwSchemas.validator(IjwSchemas.project(message)), xml).valid())
                        .as("repaired %s is valid under the project schema", message).isTrue();
                generator.mutate(message, message + "-repaired", repaired, oracle);
            }
            generator.mutate(message, message, example, oracle);
        }
        List<Mutant> corpus = generator.mutants();

        Map<String, int[]> perKind = new LinkedHashMap<>(); // total, valid, invalid, differ
        Map<String, int[]> perMessage = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> perMessageKind = new LinkedHashMap<>();
        Map<String, Validator> projectValidators = new LinkedHashMap<>();
        Map<String, Validator> referenceValidators = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        int valid = 0;
        int invalid = 0;
        int differ = 0;

        for (Mutant m : corpus) {
            Validator pv = projectValidators.computeIfAbsent(m.message(),
                    k -> IjwSchemas.validator(IjwSchemas.project(k)));
            Validator rv = referenceValidators.computeIfAbsent(m.message(),
                    k -> IjwSchemas.validator(IjwSchemas.reference(k)));
            Verdict project = validate(pv, m.xml());
            Verdict reference = validate(rv, m.xml());

            perMessageKind.computeIfAbsent(m.message(), x -> new LinkedHashMap<>()).merge(m.kind(), 1, Integer::sum);
            int[] k = perKind.computeIfAbsent(m.kind(), x -> new int[4]);
            int[] e = perMessage.computeIfAbsent(m.message(), x -> new int[4]);
            k[0]++;
            e[0]++;
            if (project.valid() != reference.valid()) {
                differ++;
                k[3]++;
                e[3]++;
                if (differences.size() < SHOWN_DIFFERENCES) {
                    differences.add(String.format(
                            "%s on %s at %s (%s)%n    project=%s %s%n    reference=%s %s",
                            m.kind(), m.base(), m.xpath(), m.detail(),
                            project.label(), shorten(project.message()),
                            reference.label(), shorten(reference.message())));
                }
            } else if (reference.valid()) {
                valid++;
                k[1]++;
                e[1]++;
            } else {
                invalid++;
                k[2]++;
                e[2]++;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("Schema conformance: %d mutants, %d same verdict (%d valid, %d invalid), %d differ%n",
                corpus.size(), valid + invalid, valid, invalid, differ);
        System.out.printf("  seed %d, %d duplicate mutants skipped, %d ms, reference %s%n",
                SEED, generator.duplicatesSkipped(), millis, IjwSchemas.referenceDir());
        System.out.println(table("kind", perKind));
        System.out.println(table("message", perMessage));
        dumpIfRequested(corpus);

        final int differCount = differ;
        assertThat(differences)
                .withFailMessage(() -> differCount + " of " + corpus.size() + " mutants differ; first ones:\n"
                        + String.join("\n", differences))
                .isEmpty();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(MIN_MUTANTS);
        if (exhaustiveTypes) {
            return; // the exhaustive xsi:type corpus is nearly all invalid by design
        }
        // a corpus that is nearly all invalid would prove little
        assertThat(valid).as("valid mutants").isGreaterThanOrEqualTo(corpus.size() / 5);
        assertThat(invalid).as("invalid mutants").isGreaterThanOrEqualTo(corpus.size() / 5);
        for (Map.Entry<String, int[]> kind : perKind.entrySet()) {
            assertThat(kind.getValue()[0]).as("mutants of kind %s", kind.getKey()).isGreaterThanOrEqualTo(14);
        }
        // every example gets several mutants of each main kind
        for (String message : IjwSchemas.MESSAGES) {
            for (String kind : List.of("remove", "repeat", "swap", "too-long", "max-length", "code-list",
                    "date-time", "namespace", "unknown-element", "leading-zero", "plus-sign", "whitespace",
                    "empty", "number-range", "attribute", "xsi-type")) {
                assertThat(perMessageKind.get(message).getOrDefault(kind, 0))
                        .as("mutants of kind %s on %s", kind, message).isGreaterThanOrEqualTo(3);
            }
        }
        for (String mustBeMixed : List.of("remove", "repeat", "too-long", "code-value", "date-time",
                "number-range", "whitespace", "max-length", "code-list")) {
            int[] c = perKind.get(mustBeMixed);
            assertThat(c[1]).as("valid mutants of kind %s", mustBeMixed).isPositive();
            assertThat(c[2]).as("invalid mutants of kind %s", mustBeMixed).isPositive();
        }
    }

    private static String shorten(String message) {
        return message.length() <= 240 ? message : message.substring(0, 240) + "...";
    }

    private static Verdict validate(Validator validator, byte[] xml) {
        return IjwSchemas.validate(validator, xml);
    }

    /**
     * JW315 with the impossible 2027-06-31 replaced by 2027-06-30, and JW318 without the stray
     * RetourCode under Verzoek; null for the other messages.
     */
    private static Document repaired(String message, Document example) {
        Document copy = (Document) example.cloneNode(true);
        boolean changed = false;
        for (Element e : MutantGenerator.elements(copy)) {
            if (MutantGenerator.isLeaf(e) && "2027-06-31".equals(e.getTextContent())) {
                MutantGenerator.setText(e, "2027-06-30");
                changed = true;
            } else if ("RetourCode".equals(e.getLocalName()) && e.getParentNode() instanceof Element p
                    && "Verzoek".equals(p.getLocalName())) {
                p.removeChild(e);
                changed = true;
            }
        }
        return changed ? copy : null;
    }

    /** The enumerations of the official basisschema: facts used to pick plausible code values. */
    private static List<List<String>> referenceCodeLists() throws Exception {
        Document basis = IjwSchemas.parse(Files.readAllBytes(
                IjwSchemas.referenceDir().resolve("xsd").resolve("basisschema.xsd")));
        String xs = "http://www.w3.org/2001/XMLSchema";
        List<List<String>> lists = new ArrayList<>();
        var simpleTypes = basis.getElementsByTagNameNS(xs, "simpleType");
        for (int i = 0; i < simpleTypes.getLength(); i++) {
            var enums = ((Element) simpleTypes.item(i)).getElementsByTagNameNS(xs, "enumeration");
            List<String> values = new ArrayList<>();
            for (int j = 0; j < enums.getLength(); j++) {
                values.add(((Element) enums.item(j)).getAttribute("value"));
            }
            if (!values.isEmpty()) {
                lists.add(values);
            }
        }
        assertThat(lists).as("code lists in the reference basisschema").hasSizeGreaterThan(20);
        return lists;
    }

    /**
     * Candidate xsi:type values per message: every named type of both basisschemas (the
     * project's may have helper types), the message's own complex types, and a few built-ins.
     */
    private static Map<String, List<String>> typeNames() throws Exception {
        Set<String> basis = new TreeSet<>();
        basis.addAll(namedTypes(Files.readAllBytes(
                IjwSchemas.referenceDir().resolve("xsd").resolve("basisschema.xsd"))));
        try (InputStream in = SchemaConformanceTest.class.getResourceAsStream("/ijw/3_2/basisschema.xsd")) {
            basis.addAll(namedTypes(in.readAllBytes()));
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String message : IjwSchemas.MESSAGES) {
            List<String> names = new ArrayList<>();
            basis.forEach(n -> names.add("ijw:" + n));
            String prefix = message.toLowerCase();
            namedTypes(Files.readAllBytes(IjwSchemas.referenceDir().resolve("xsd").resolve(message + ".xsd")))
                    .forEach(n -> names.add(prefix + ":" + n));
            names.addAll(List.of("xs:string", "xs:integer", "xs:date", "xs:anySimpleType", "xs:anyType"));
            result.put(message, names);
        }
        return result;
    }

    private static List<String> namedTypes(byte[] xsd) throws Exception {
        Document d = IjwSchemas.parse(xsd);
        List<String> names = new ArrayList<>();
        for (Element e : MutantGenerator.children(d.getDocumentElement())) {
            if (("simpleType".equals(e.getLocalName()) || "complexType".equals(e.getLocalName()))
                    && e.hasAttribute("name")) {
                names.add(e.getAttribute("name"));
            }
        }
        return names;
    }

    private static String table(String title, Map<String, int[]> counts) {
        StringBuilder sb = new StringBuilder(String.format("  %-16s %6s %6s %7s %6s", title, "total", "valid",
                "invalid", "differ"));
        counts.forEach((key, c) -> sb.append(String.format("%n  %-16s %6d %6d %7d %6d", key, c[0], c[1], c[2], c[3])));
        return sb.toString();
    }

    /** With -Dijw.conformance.dump=<dir> the corpus is written out for inspection. */
    private static void dumpIfRequested(List<Mutant> corpus) throws Exception {
        String dir = System.getProperty("ijw.conformance.dump");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path out = Path.of(dir);
        Files.createDirectories(out);
        StringBuilder index = new StringBuilder();
        for (int i = 0; i < corpus.size(); i++) {
            Mutant m = corpus.get(i);
            String name = String.format("%05d-%s-%s.xml", i, m.base(), m.kind());
            Files.write(out.resolve(name), m.xml());
            index.append(name).append('\t').append(m.xpath()).append('\t').append(m.detail()).append('\n');
        }
        Files.writeString(out.resolve("index.tsv"), index, StandardCharsets.UTF_8);
    }
}
