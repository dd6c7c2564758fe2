package nl.twente.ijw.gateway.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Load for the HTTP intake (issue 6): posts every file of a folder once to POST /ijw/berichten.
 * Two modes, because throughput and latency need different loads:
 * <ul>
 * <li>{@code gesloten N}: N clients, each sending its next message as soon as it has the retour
 *     (closed loop): the highest rate the gateway sustains;</li>
 * <li>{@code open R}: messages start at a fixed rate of R per second whatever the answers do
 *     (open loop), and latency counts from the planned start, so a stall is not hidden
 *     (no coordinated omission).</li>
 * </ul>
 * Prints one line of key=value pairs for ops/bench/run.sh. Not a test.
 */
public final class HttpLast {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("gebruik: HttpLast URL MAP gesloten|open AANTAL_CLIENTS|BERICHTEN_PER_SECONDE [API_SLEUTEL]");
            System.exit(2);
        }
        URI doel = URI.create(args[0]);
        List<byte[]> berichten = lees(Path.of(args[1]));
        String modus = args[2];
        int n = Integer.parseInt(args[3]);
        String sleutel = args.length > 4 ? args[4] : null;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        Resultaat r = modus.equals("open") ? open(client, doel, sleutel, berichten, n) : gesloten(client, doel, sleutel, berichten, n);
        long[] lat = r.latenties.stream().mapToLong(Long::longValue).sorted().toArray();
        // Received messages only: a 503 ("full, send again") is fast but received nothing.
        long[] lat200 = r.latenties200.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("modus=%s berichten=%d seconden=%.2f per_seconde=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f "
                        + "ontvangen_per_seconde=%.1f p99_200_ms=%.2f statussen=%s%n",
                modus, lat.length, r.nanos / 1e9, lat.length / (r.nanos / 1e9), pct(lat, 0.50), pct(lat, 0.99),
                lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6, lat200.length / (r.nanos / 1e9), pct(lat200, 0.99),
                statussen(r.statussen));
        System.exit(0);
    }

    /** "200:998,503:2": one token, so the line stays key=value pairs. */
    private static String statussen(Map<Integer, LongAdder> statussen) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(statussen).forEach((status, n) -> sb.append(sb.isEmpty() ? "" : ",").append(status).append(':').append(n));
        return sb.toString();
    }

    private record Resultaat(long nanos, List<Long> latenties, List<Long> latenties200, Map<Integer, LongAdder> statussen) {
    }

    private static Resultaat gesloten(HttpClient client, URI doel, String sleutel, List<byte[]> berichten, int clients)
            throws InterruptedException {
        AtomicInteger volgende = new AtomicInteger();
        List<Long> latenties = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> latenties200 = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, LongAdder> statussen = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch klaar = new CountDownLatch(clients);
        long begin = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                try {
                    for (int i = volgende.getAndIncrement(); i < berichten.size(); i = volgende.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        int status = stuur(client, doel, sleutel, berichten.get(i));
                        long l = System.nanoTime() - t0;
                        latenties.add(l);
                        if (status == 200) {
                            latenties200.add(l);
                        }
                        statussen.computeIfAbsent(status, s -> new LongAdder()).increment();
                    }
                } finally {
                    klaar.countDown();
                }
            });
        }
        klaar.await();
        long nanos = System.nanoTime() - begin;
        pool.shutdown();
        return new Resultaat(nanos, latenties, latenties200, statussen);
    }

    private static Resultaat open(HttpClient client, URI doel, String sleutel, List<byte[]> berichten, int perSeconde)
            throws InterruptedException {
        List<Long> latenties = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> latenties200 = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, LongAdder> statussen = new ConcurrentHashMap<>();
        CountDownLatch klaar = new CountDownLatch(berichten.size());
        long interval = 1_000_000_000L / perSeconde;
        long begin = System.nanoTime();
        for (int i = 0; i < berichten.size(); i++) {
            long gepland = begin + i * interval;
            long wacht = gepland - System.nanoTime();
            if (wacht > 0) {
                Thread.sleep(wacht / 1_000_000, (int) (wacht % 1_000_000));
            }
            client.sendAsync(verzoek(doel, sleutel, berichten.get(i)), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((antwoord, fout) -> {
                        long l = System.nanoTime() - gepland;
                        latenties.add(l);
                        int status = fout == null ? antwoord.statusCode() : -1;
                        if (status == 200) {
                            latenties200.add(l);
                        }
                        statussen.computeIfAbsent(status, s -> new LongAdder()).increment();
                        klaar.countDown();
                    });
        }
        klaar.await();
        return new Resultaat(System.nanoTime() - begin, latenties, latenties200, statussen);
    }

    private static int stuur(HttpClient client, URI doel, String sleutel, byte[] bericht) {
        try {
            return client.send(verzoek(doel, sleutel, bericht), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static HttpRequest verzoek(URI doel, String sleutel, byte[] bericht) {
        HttpRequest.Builder b = HttpRequest.newBuilder(doel).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(bericht));
        if (sleutel != null) {
            b.header("X-Api-Key", sleutel);
        }
        return b.build();
    }

    private static List<byte[]> lees(Path map) throws IOException {
        try (Stream<Path> bestanden = Files.list(map)) {
            List<byte[]> berichten = new ArrayList<>();
            for (Path p : bestanden.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                berichten.add(Files.readAllBytes(p));
            }
            return berichten;
        }
    }

    static double pct(long[] gesorteerd, double p) {
        if (gesorteerd.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * gesorteerd.length) - 1;
        return gesorteerd[Math.max(0, Math.min(i, gesorteerd.length - 1))] / 1e6;
    }

    private HttpLast() {
    }
}
