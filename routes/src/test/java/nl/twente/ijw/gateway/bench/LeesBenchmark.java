package nl.twente.ijw.gateway.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import nl.twente.ijw.gateway.bericht.BerichtLezer;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.bericht.Schemas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.SAXException;

/**
 * Issue 6's first comparison: the gateway's one-pass read (hardened parse + schema validation +
 * DOM) against validation alone with the JDK's own validator, on the same messages and the same
 * compiled schema. Not a test: run by ops/bench/run.sh through JMH's main class.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LeesBenchmark {

    /** The project's own fixtures, one of each message the region sends. */
    @Param({"JW301", "JW305", "JW307", "JW315", "JW317", "JW319", "JW323"})
    public String bericht;

    private byte[] inhoud;
    private BerichtLezer lezer;
    private Validator jdkValidator;

    @Setup(Level.Trial)
    public void laad() {
        Path map = Path.of(System.getProperty("ijw.fixtures", "routes/src/test/resources/fixtures"));
        try {
            inhoud = Files.readAllBytes(map.resolve(bericht + ".xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Schemas schemas = new Schemas();
        lezer = new BerichtLezer(schemas);
        Schema schema = schemas.alleBerichten();
        jdkValidator = schema.newValidator();
        if (!(lezer.lees(inhoud) instanceof Lezing.Gelezen)) {
            throw new IllegalStateException(bericht + " is niet schema-geldig; de meting zou niets zeggen");
        }
    }

    @Benchmark
    public Lezing gateway() {
        return lezer.lees(inhoud);
    }

    @Benchmark
    public Validator jdk() throws IOException, SAXException {
        jdkValidator.validate(new StreamSource(new ByteArrayInputStream(inhoud)));
        return jdkValidator;
    }

    /** For a quick look without run.sh: {@code java -cp ... LeesBenchmark}. */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(List.of("LeesBenchmark").toArray(String[]::new));
    }
}
