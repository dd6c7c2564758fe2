package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Key rotation with the packaged jar, on its own data directory: an import under the dev
 * example key, {@code sleutels-roteren} to a new key, after which {@code rebuild} reads the
 * archive with the new key alone, and not without it.
 */
class SleutelrotatieIT {

    /** The dev example key (base64 of "dev-voorbeeld-archiefsleutel-32b"), as shipped. */
    private static final String VOORBEELD = "ZGV2LXZvb3JiZWVsZC1hcmNoaWVmc2xldXRlbC0zMmI=";
    /** Base64 of the 32 ASCII bytes "de-volgende-sleutel-van-32-bytes". */
    private static final String NIEUW = "ZGUtdm9sZ2VuZGUtc2xldXRlbC12YW4tMzItYnl0ZXM=";

    @Test
    void rotatieNaarEenNieuweSleutel() throws Exception {
        Path basis = Gateway.targetDir().resolve("it-rotatie");
        Gateway.verwijder(basis);
        Path data = Files.createDirectories(basis.resolve("data"));
        String dataDir = "--ijw.data-dir=" + data;

        Uitvoer imp = start(basis, "import", List.of(Referentie.voorbeelden().toString(), "--retour-dir",
                basis.resolve("out").toString(), dataDir));
        assertThat(imp.exit).as(imp.toString()).isZero();

        List<String> beide = List.of(dataDir, "--ijw.beveiliging.archiefsleutels.dev-voorbeeld=" + VOORBEELD,
                "--ijw.beveiliging.archiefsleutels.nieuw=" + NIEUW, "--ijw.beveiliging.actieve-sleutel=nieuw");
        Uitvoer eerste = start(basis, "sleutels-roteren", beide);
        assertThat(eerste.exit).as(eerste.toString()).isZero();
        assertThat(eerste.stdout).as(eerste.toString()).containsExactly("re-encrypted 14 archived messages under the active key");
        Uitvoer tweede = start(basis, "sleutels-roteren", beide);
        assertThat(tweede.stdout).as(tweede.toString()).containsExactly("re-encrypted 0 archived messages under the active key");

        Uitvoer metNieuw = start(basis, "rebuild", List.of(dataDir, "--ijw.beveiliging.archiefsleutels.nieuw=" + NIEUW));
        assertThat(metNieuw.exit).as(metNieuw.toString()).isZero();

        Uitvoer zonder = start(basis, "rebuild", List.of(dataDir, "--ijw.beveiliging.archiefsleutels.ander=" + VOORBEELD));
        assertThat(zonder.exit).as(zonder.toString()).isNotZero();
        assertThat(zonder.stderr).as(zonder.toString()).contains("Archiefsleutel 'nieuw' is niet geconfigureerd");
    }

    private record Uitvoer(int exit, List<String> stdout, String stderr) {
    }

    private static Uitvoer start(Path basis, String opdracht, List<String> argumenten) throws Exception {
        List<String> regel = new ArrayList<>(List.of(Gateway.java(), "-jar", Gateway.gatewayJar().toString(), opdracht));
        regel.addAll(argumenten);
        Path out = basis.resolve(opdracht + ".stdout.txt");
        Path err = basis.resolve(opdracht + ".stderr.log");
        Process p = new ProcessBuilder(regel).directory(basis.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(opdracht + " duurde langer dan 180 s\n" + Gateway.staart(err, 60));
        }
        return new Uitvoer(p.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(r -> !r.isBlank()).toList(),
                lees(err));
    }

    private static String lees(Path bestand) throws IOException {
        return Files.readString(bestand, StandardCharsets.UTF_8);
    }
}
