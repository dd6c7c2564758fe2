package nl.twente.ijw.gateway.storingen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as a daemon beside the gateway, so a gateway killed hard
 * ({@code kill -9}, power cut of the JVM only) leaves its postmaster running on the data
 * directory. The next start would then fail or talk to a stranger's server; this stops the
 * orphan first. A lock file whose process is gone is left to PostgreSQL, which clears it itself.
 */
public final class VerweesdePostgres {

    private static final Logger LOG = LoggerFactory.getLogger(VerweesdePostgres.class);
    private static final long WACHT_SECONDEN = 30;

    private VerweesdePostgres() {
    }

    /** Stops a postmaster still running on {@code dataDir}; returns whether there was one. */
    public static boolean stop(Path dataDir) {
        Optional<ProcessHandle> wees = postmaster(dataDir);
        if (wees.isEmpty()) {
            return false;
        }
        ProcessHandle p = wees.get();
        LOG.warn("PostgreSQL (pid {}) draait nog op {} van een gateway die niet netjes stopte; wordt eerst gestopt",
                p.pid(), dataDir);
        // SIGTERM: PostgreSQL's smart shutdown. Its clients died with the old gateway, so it
        // ends at once after a checkpoint; nothing committed is lost.
        p.destroy();
        try {
            p.onExit().get(WACHT_SECONDEN, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("PostgreSQL (pid {}) stopte niet binnen {} s; wordt afgebroken (herstelt bij de start uit zijn WAL)",
                    p.pid(), WACHT_SECONDEN);
            p.destroyForcibly();
            wachtOp(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Onderbroken tijdens het stoppen van PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return true;
    }

    /** The live postmaster named in {@code postmaster.pid}, if that process is a postgres on this directory. */
    static Optional<ProcessHandle> postmaster(Path dataDir) {
        Path pidBestand = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidBestand)) {
            return Optional.empty();
        }
        long pid;
        try {
            List<String> regels = Files.readAllLines(pidBestand, StandardCharsets.UTF_8);
            if (regels.isEmpty()) {
                return Optional.empty();
            }
            pid = Long.parseLong(regels.get(0).trim());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        // The pid may since belong to another program: only a postgres on this very directory counts.
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> isPostmasterVan(p, dataDir));
    }

    private static boolean isPostmasterVan(ProcessHandle p, Path dataDir) {
        String opdracht = p.info().command().orElse("");
        String regel = p.info().commandLine().orElse("");
        return opdracht.endsWith("/postgres") && regel.contains(dataDir.toAbsolutePath().toString());
    }

    private static void wachtOp(ProcessHandle p) {
        try {
            p.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL (pid " + p.pid() + ") is niet te stoppen", e);
        }
    }
}
