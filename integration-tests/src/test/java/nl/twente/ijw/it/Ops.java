package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The project's operations scripts under {@code ops/} (a standalone Artemis, a standalone PostgreSQL). */
final class Ops {

    private Ops() {
    }

    static Path script(String pad) {
        return Gateway.targetDir().getParent().getParent().resolve("ops").resolve(pad);
    }

    /** Runs {@code ops/<pad>} to its end; its output is appended to {@code log}; a non-zero exit fails. */
    static void voerUit(Path log, String pad, String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", script(pad).toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(pad + " duurde te lang");
            }
            assertThat(p.exitValue()).as("%s %s\n%s", pad, String.join(" ", args), Gateway.staart(log, 40)).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
