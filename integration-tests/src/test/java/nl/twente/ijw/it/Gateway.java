package nl.twente.ijw.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged gateway ({@code routes/target/ijw-gateway.jar}) as a separate process, started
 * once for the whole IT run: free ports, a fresh data directory under {@code target/}, its
 * output in {@code target/it-gateway.log}. {@link GatewayExtension} hands it to the test
 * classes and closes it at the end of the run; a shutdown hook covers an aborted run.
 */
final class Gateway implements ExtensionContext.Store.CloseableResource {

    static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private static Gateway gedeeld;
    private static RuntimeException startFout;

    final int httpPort;
    final int brokerPort;
    final int pgPort;
    final Path dataDir;
    final Path log;
    private final List<String> opdracht;
    private Process process;
    private boolean gestopt;

    private Gateway(int httpPort, int brokerPort, int pgPort, Path dataDir, Path log, List<String> opdracht) {
        this.httpPort = httpPort;
        this.brokerPort = brokerPort;
        this.pgPort = pgPort;
        this.dataDir = dataDir;
        this.log = log;
        this.opdracht = List.copyOf(opdracht);
    }

    /** The one gateway of this run; started on first use. A failed start is not retried. */
    static synchronized Gateway gedeeld() {
        if (startFout != null) {
            throw new IllegalStateException("De gateway kon eerder in deze run niet starten", startFout);
        }
        if (gedeeld == null) {
            try {
                gedeeld = start();
            } catch (RuntimeException e) {
                startFout = e;
                throw e;
            }
            Gateway g = gedeeld;
            Runtime.getRuntime().addShutdownHook(new Thread(g::close, "it-gateway-stop"));
        }
        return gedeeld;
    }

    private static Gateway start() {
        // Production logs: one JSON object per line (ECS), with the message's correlation id.
        return eigen("gateway", 0, List.of("--logging.structured.format.console=ecs"));
    }

    /**
     * A gateway of its own for a test that stops, kills or starves it: data in
     * {@code target/it-<naam>}, output in {@code target/it-<naam>.log}, fresh ports. With
     * {@code pgPoort} 0 it starts its embedded PostgreSQL on a free port; otherwise the test
     * runs the database on that port itself and passes its URL in {@code extra}. The caller
     * closes it.
     */
    static Gateway eigen(String naam) {
        return eigen(naam, 0, List.of());
    }

    static Gateway eigen(String naam, int pgPoort, List<String> extra) {
        Path target = targetDir();
        Path dataDir = target.resolve("it-" + naam);
        Path log = target.resolve("it-" + naam + ".log");
        verwijder(dataDir);
        int[] poorten = vrijePoorten(3);
        int pg = pgPoort > 0 ? pgPoort : poorten[2];
        List<String> opdracht = new ArrayList<>(List.of(java(), "-jar", gatewayJar().toString(),
                "--ijw.data-dir=" + dataDir,
                "--server.port=" + poorten[0],
                "--ijw.broker-port=" + poorten[1],
                "--ijw.pg-poort=" + pg));
        opdracht.addAll(extra);
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Gateway gateway = new Gateway(poorten[0], poorten[1], pg, dataDir, log, opdracht);
        gateway.herstart();
        return gateway;
    }

    /** Starts the process (again: same ports, same data, the log appended) and waits until it is healthy. */
    synchronized void herstart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("De gateway draait nog");
        }
        try {
            process = new ProcessBuilder(opdracht)
                    .directory(targetDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Gateway niet te starten: " + opdracht, e);
        }
        gestopt = false;
        try {
            wachtTotGereed();
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed or closed. */
    synchronized void doodHard() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("De gateway stierf niet na SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean leeft() {
        return process != null && process.isAlive();
    }

    /**
     * Runs one of the jar's commands ({@code rebuild}, {@code trajecten}) against this
     * gateway's database; returns its standard output and fails on a non-zero exit.
     */
    String commando(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx384m", "-jar", gatewayJar().toString()));
        cmd.addAll(List.of(args));
        cmd.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres");
        cmd.add("--spring.datasource.username=" + instelling("spring.datasource.username", "postgres"));
        String wachtwoord = instelling("spring.datasource.password", "");
        if (!wachtwoord.isEmpty()) {
            cmd.add("--spring.datasource.password=" + wachtwoord);
        }
        cmd.add("--ijw.data-dir=" + dataDir);
        Path uit = log.resolveSibling(log.getFileName() + "." + args[0] + ".out");
        Path fout = log.resolveSibling(log.getFileName() + "." + args[0] + ".err");
        try {
            Process p = new ProcessBuilder(cmd).directory(targetDir().toFile())
                    .redirectOutput(uit.toFile()).redirectError(fout.toFile()).start();
            if (!p.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(args[0] + " duurde te lang");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(args[0] + " eindigde met " + p.exitValue() + "\n" + staart(fout, 40));
            }
            return Files.readString(uit, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls the readiness probe until 200 (routes started); fails early when the process dies. */
    private void wachtTotGereed() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build();
        long einde = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < einde) {
            if (!process.isAlive()) {
                throw new IllegalStateException("De gateway stopte tijdens het starten met exit code "
                        + process.exitValue() + "\n" + staart(80));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // starting up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Onderbroken tijdens het wachten op de gateway", e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Onderbroken tijdens het wachten op de gateway", e);
            }
        }
        throw new IllegalStateException("De gateway was na " + START_TIMEOUT.toSeconds() + " s niet gereed\n" + staart(80));
    }

    /** The gateway's process id (for jcmd). */
    long pid() {
        return process.pid();
    }

    URI uri(String pad) {
        return URI.create("http://127.0.0.1:" + httpPort + pad);
    }

    URI berichten() {
        return uri("/ijw/berichten");
    }

    String brokerUrl() {
        return "tcp://127.0.0.1:" + brokerPort;
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
                instelling("spring.datasource.username", "postgres"), instelling("spring.datasource.password", ""));
    }

    /** A setting given on the command line ({@code --naam=waarde}), else {@code standaard}. */
    private String instelling(String naam, String standaard) {
        String voorvoegsel = "--" + naam + "=";
        return opdracht.stream().filter(a -> a.startsWith(voorvoegsel)).reduce((a, b) -> b)
                .map(a -> a.substring(voorvoegsel.length())).orElse(standaard);
    }

    /** The archive row of one message as "kanaal berichttype uitkomst", e.g. "http JW305 GEACCEPTEERD". */
    String archiefregel(long berichtId) {
        try (Connection db = database();
             var s = db.prepareStatement("select kanaal, berichttype, uitkomst from bericht where id = ?")) {
            s.setLong(1, berichtId);
            try (var rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Archief niet leesbaar", e);
        }
    }

    Path inbox() {
        return dataDir.resolve("inbox");
    }

    /** The folder of one sender in the inbox: {@code inbox/<code>}. */
    Path inbox(String afzender) {
        return inbox().resolve(afzender);
    }

    /**
     * A JMS client of the broker, logged in as a user of the dev profile:
     * {@code afzender-<code>}, {@code monitor} or {@code beheer}, password {@code dev-<user>}.
     */
    ActiveMQConnectionFactory jms(String gebruiker) {
        return jms(brokerUrl(), gebruiker);
    }

    static ActiveMQConnectionFactory jms(String brokerUrl, String gebruiker) {
        return new ActiveMQConnectionFactory(brokerUrl, gebruiker, "dev-" + gebruiker);
    }

    Path outbox() {
        return dataDir.resolve("outbox");
    }

    Path error() {
        return dataDir.resolve("error");
    }

    /** The last lines of the gateway's output, for failure messages. */
    String staart(int regels) {
        return staart(log, regels);
    }

    static String staart(Path bestand, int regels) {
        try {
            if (!Files.exists(bestand)) {
                return "(geen log: " + bestand + ")";
            }
            List<String> alle = Files.readAllLines(bestand, StandardCharsets.UTF_8);
            List<String> laatste = new ArrayList<>(alle.subList(Math.max(0, alle.size() - regels), alle.size()));
            return "---- laatste " + laatste.size() + " regels van " + bestand + " ----\n" + String.join("\n", laatste)
                    + "\n---- einde log ----";
        } catch (IOException | UncheckedIOException e) {
            return "(log niet leesbaar: " + e + ")";
        }
    }

    @Override
    public synchronized void close() {
        if (gestopt) {
            return;
        }
        gestopt = true;
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                System.err.println("De gateway stopte niet binnen " + STOP_TIMEOUT.toSeconds() + " s; wordt afgebroken");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        stopVerweesdePostgres();
    }

    /** After a kill -9 that was not followed by a start, the embedded PostgreSQL still runs: end it too. */
    private void stopVerweesdePostgres() {
        Path pid = dataDir.resolve("pg/postmaster.pid");
        try {
            if (!Files.isRegularFile(pid)) {
                return;
            }
            long nummer = Long.parseLong(Files.readAllLines(pid, StandardCharsets.UTF_8).get(0).trim());
            ProcessHandle.of(nummer)
                    .filter(p -> p.info().commandLine().orElse("").contains(dataDir.resolve("pg").toString()))
                    .ifPresent(p -> {
                        p.destroy();
                        p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> null).join();
                    });
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL van " + dataDir + " niet te stoppen: " + e);
        }
    }

    // ---- helpers shared with the import test ----

    static Path targetDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().resolve("target");
    }

    static Path gatewayJar() {
        Path jar = Path.of(System.getProperty("gateway.jar",
                targetDir().resolve("../../routes/target/ijw-gateway.jar").toString())).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Gateway-jar ontbreekt: " + jar + " (mvn -pl routes package)");
        }
        return jar;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int[] vrijePoorten(int aantal) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] poorten = new int[aantal];
            for (int i = 0; i < aantal; i++) {
                ServerSocket s = new ServerSocket(0);
                s.setReuseAddress(true);
                sockets.add(s);
                poorten[i] = s.getLocalPort();
            }
            return poorten;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a probe socket
                }
            }
        }
    }

    static void verwijder(Path map) {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> paden = Files.walk(map)) {
            for (Path p : paden.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + map + " niet leegmaken", e);
        }
    }
}
