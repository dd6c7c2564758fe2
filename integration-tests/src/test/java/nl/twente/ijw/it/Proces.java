package nl.twente.ijw.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command run to its end as its own process: exit code, standard output and standard error. */
record Proces(int code, String uit, String fout) {

    /** Runs {@code opdracht} in {@code map}; its output goes through files, so a large output cannot block it. */
    static Proces voerUit(Path map, int seconden, List<String> opdracht) {
        try {
            Files.createDirectories(map);
            // The output files stay in target/, whatever folder the command runs in (the clone's root, say).
            Path uitvoer = Files.createDirectories(Gateway.targetDir().resolve("proces-uitvoer"));
            Path uit = Files.createTempFile(uitvoer, "uit", ".txt");
            Path fout = Files.createTempFile(uitvoer, "fout", ".txt");
            Process p = new ProcessBuilder(opdracht).directory(map.toFile())
                    .redirectOutput(uit.toFile()).redirectError(fout.toFile()).start();
            if (!p.waitFor(seconden, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(opdracht + " duurde langer dan " + seconden + " s\n" + Gateway.staart(fout, 40));
            }
            return new Proces(p.exitValue(), Files.readString(uit, StandardCharsets.UTF_8),
                    Files.readString(fout, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + code + "\nstdout:\n" + uit + "\nstderr:\n" + fout;
    }
}
