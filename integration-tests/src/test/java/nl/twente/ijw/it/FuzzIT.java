package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends at least {@value #AANTAL} mutated messages (fixed seed, loopback only, bounded by count
 * and a time budget) to the HTTP intake: byte flips, truncation, duplicated slices, entities,
 * huge text and attributes, deep nesting, wrong encodings, mangled tags, wrong content types
 * and keys. No answer may be a 5xx, every request must be answered, and afterwards the gateway
 * is healthy with its heap (after a GC) below {@value #HEAP_LIMIET_MB} MB.
 */
@ExtendWith(GatewayExtension.class)
class FuzzIT {

    static final int AANTAL = 10_000;
    static final long SEED = 20_261_123L;
    static final Duration BUDGET = Duration.ofMinutes(15);
    static final int GELIJKTIJDIG = 4;
    static final long HEAP_LIMIET_MB = 512;

    private static final String[] INVOEGSELS = {"&lt;", "&amp;", "&#0;", "&#xD800;", "&#x1F600;", "&onbekend;",
            "&#99999999;", "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>", "<!DOCTYPE x>", "&lt;&gt;&amp;&quot;", "]]>",
            "<!ENTITY a \"b\">", "\u0000", "<x:y xmlns:x=\"urn:x\"/>", "<", ">", "&", "\"", "'"};
    private static final String[] CONTENT_TYPES = {"text/xml", "application/xml; charset=utf-8", "application/json",
            "text/plain", "application/xml; charset=ISO-8859-1", "application/octet-stream", "", "application/*+xml"};

    private final Gateway gateway;

    FuzzIT(Gateway gateway) {
        this.gateway = gateway;
    }

    @Test
    void tienduizendVerminkteBerichtenGevenNooitEen5xx() throws Exception {
        Random random = new Random(SEED);
        List<byte[]> bronnen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Verhaal v = Verhaal.nieuw();
            bronnen.add(v.jw301(Referentie.uniekeIdentificatie()).getBytes(StandardCharsets.UTF_8));
            bronnen.add(v.jw305(Referentie.uniekeIdentificatie()).getBytes(StandardCharsets.UTF_8));
            bronnen.add(v.jw323(Referentie.uniekeIdentificatie()).getBytes(StandardCharsets.UTF_8));
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, AtomicInteger> perStatus = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> perMutatie = new ConcurrentHashMap<>();
        List<String> fouten = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong bytes = new AtomicLong();
        Semaphore plekken = new Semaphore(GELIJKTIJDIG * 2);
        ExecutorService pool = Executors.newFixedThreadPool(GELIJKTIJDIG);
        long einde = System.nanoTime() + BUDGET.toNanos();
        int verstuurd = 0;
        try {
            for (; verstuurd < AANTAL && System.nanoTime() < einde; verstuurd++) {
                byte[] bron = bronnen.get(random.nextInt(bronnen.size()));
                StringBuilder soort = new StringBuilder();
                byte[] invoer = muteer(bron, random, soort);
                if (random.nextInt(10) == 0) {
                    invoer = muteer(invoer, random, soort.append('+'));
                }
                String contentType = random.nextInt(12) == 0 ? CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)] : "application/xml";
                int sleutelKeuze = random.nextInt(40);
                String sleutel = sleutelKeuze == 0 ? null : sleutelKeuze == 1 ? "dev-monitor" : sleutelKeuze == 2 ? "geen-sleutel"
                        : Http.afzenderSleutel(invoer);
                HttpRequest.Builder b = HttpRequest.newBuilder(gateway.berichten()).timeout(Duration.ofSeconds(90))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(invoer));
                if (!contentType.isEmpty()) {
                    b.header("Content-Type", contentType);
                }
                if (sleutel != null) {
                    b.header(Http.API_SLEUTEL, sleutel);
                }
                HttpRequest verzoek = b.build();
                String mutatie = soort.toString();
                int nummer = verstuurd;
                bytes.addAndGet(invoer.length);
                perMutatie.computeIfAbsent(mutatie.replaceAll("\\+.*", "+"), k -> new AtomicInteger()).incrementAndGet();
                plekken.acquire();
                pool.execute(() -> {
                    try {
                        HttpResponse<String> antwoord = client.send(verzoek, HttpResponse.BodyHandlers.ofString());
                        perStatus.computeIfAbsent(antwoord.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (antwoord.statusCode() >= 500 || antwoord.body().contains("Exception")) {
                            fouten.add("#" + nummer + " (" + mutatie + "): " + antwoord.statusCode() + " " + ingekort(antwoord.body()));
                        }
                    } catch (IOException e) {
                        perStatus.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                        fouten.add("#" + nummer + " (" + mutatie + "): geen antwoord: " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        plekken.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("alle verzoeken afgerond").isTrue();
        }

        Map<Integer, Integer> telling = new TreeMap<>();
        perStatus.forEach((k, v) -> telling.put(k, v.get()));
        System.out.printf("FuzzIT: %d verstuurd (%d MB, seed %d), per status %s, per (eerste) mutatie %s%n", verstuurd,
                bytes.get() / (1024 * 1024), SEED, telling, new TreeMap<>(perMutatie));
        assertThat(verstuurd).as("binnen het tijdsbudget van %s", BUDGET).isEqualTo(AANTAL);
        assertThat(fouten).as("5xx, stack traces of geen antwoord").isEmpty();
        assertThat(telling.values().stream().mapToInt(Integer::intValue).sum()).as("elk verzoek beantwoord").isEqualTo(AANTAL);
        assertThat(telling.keySet()).as("alleen 2xx en 4xx").allMatch(s -> s >= 200 && s < 500);

        HttpResponse<byte[]> health = Http.verstuurZoals(HttpRequest.newBuilder(gateway.uri("/actuator/health")).GET().build());
        assertThat(Http.json(health).path("status").asText()).isEqualTo("UP");
        long heapMb = heapNaGc() / (1024 * 1024);
        System.out.printf("FuzzIT: heap na GC %d MB (grens %d MB)%n", heapMb, HEAP_LIMIET_MB);
        assertThat(heapMb).isLessThan(HEAP_LIMIET_MB);
    }

    /** Heap in use after a full GC, asked with jcmd and read from /actuator/metrics. */
    private long heapNaGc() throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(gateway.pid()), "GC.run").redirectErrorStream(true).start();
        jcmd.getInputStream().readAllBytes();
        assertThat(jcmd.waitFor(60, TimeUnit.SECONDS)).isTrue();
        HttpResponse<byte[]> metriek = Http.verstuur(HttpRequest.newBuilder(
                gateway.uri("/actuator/metrics/jvm.memory.used?tag=area:heap")).header(Http.API_SLEUTEL, Http.BEHEER).GET().build());
        assertThat(metriek.statusCode()).as(Http.tekst(metriek)).isEqualTo(200);
        JsonNode waarde = Http.json(metriek).path("measurements").path(0).path("value");
        assertThat(waarde.isNumber()).as(Http.tekst(metriek)).isTrue();
        return waarde.asLong();
    }

    static byte[] muteer(byte[] bron, Random r, StringBuilder soort) {
        if (bron.length < 2) {
            soort.append("leeg");
            return bron;
        }
        switch (r.nextInt(11)) {
            case 0 -> {
                soort.append("flip");
                byte[] uit = bron.clone();
                for (int i = 1 + r.nextInt(8); i > 0; i--) {
                    uit[r.nextInt(uit.length)] ^= (byte) (1 + r.nextInt(255));
                }
                return uit;
            }
            case 1 -> {
                soort.append("afgekapt");
                return java.util.Arrays.copyOf(bron, r.nextInt(bron.length));
            }
            case 2 -> {
                soort.append("verdubbeld");
                int van = r.nextInt(bron.length);
                int lengte = Math.min(bron.length - van, 1 + r.nextInt(2000));
                return voegIn(bron, r.nextInt(bron.length), java.util.Arrays.copyOfRange(bron, van, van + lengte));
            }
            case 3 -> {
                soort.append("entiteit");
                return voegIn(bron, naTag(bron, r), INVOEGSELS[r.nextInt(INVOEGSELS.length)].getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> {
                soort.append("grote-tekst");
                return voegIn(bron, naTag(bron, r), "A".repeat(r.nextInt(1_100_000)).getBytes(StandardCharsets.US_ASCII));
            }
            case 5 -> {
                soort.append("codering");
                return codering(bron, r);
            }
            case 6 -> {
                soort.append("nesting");
                int diepte = 1 + r.nextInt(20_000);
                return voegIn(bron, naTag(bron, r), ("<n>".repeat(diepte) + "</n>".repeat(r.nextInt(3) == 0 ? diepte / 2 : diepte))
                        .getBytes(StandardCharsets.US_ASCII));
            }
            case 7 -> {
                soort.append("tag");
                byte[] uit = bron.clone();
                for (int i = 1 + r.nextInt(3); i > 0; i--) {
                    int plek = naTag(uit, r);
                    if (plek < uit.length) {
                        uit[plek - 1] = (byte) "<>/:= x\"".charAt(r.nextInt(8));
                    }
                }
                return uit;
            }
            case 8 -> {
                soort.append("attribuut");
                String tekst = new String(bron, StandardCharsets.UTF_8);
                int plek = tekst.indexOf("<jw3");
                if (plek < 0) {
                    return bron;
                }
                int spatie = tekst.indexOf(' ', plek);
                StringBuilder attr = new StringBuilder();
                if (r.nextBoolean()) {
                    attr.append(" groot=\"").append("x".repeat(r.nextInt(900_000))).append('"');
                } else {
                    for (int i = r.nextInt(20_000); i > 0; i--) {
                        attr.append(" a").append(i).append("=\"1\"");
                    }
                }
                return (tekst.substring(0, spatie) + attr + tekst.substring(spatie)).getBytes(StandardCharsets.UTF_8);
            }
            case 9 -> {
                soort.append("willekeurig");
                byte[] uit = new byte[r.nextInt(4096)];
                r.nextBytes(uit);
                return uit;
            }
            default -> {
                soort.append("weggelaten");
                int van = r.nextInt(bron.length);
                int tot = Math.min(bron.length, van + 1 + r.nextInt(200));
                byte[] uit = new byte[bron.length - (tot - van)];
                System.arraycopy(bron, 0, uit, 0, van);
                System.arraycopy(bron, tot, uit, van, bron.length - tot);
                return uit;
            }
        }
    }

    private static byte[] codering(byte[] bron, Random r) {
        String tekst = new String(bron, StandardCharsets.UTF_8);
        return switch (r.nextInt(6)) {
            case 0 -> tekst.getBytes(StandardCharsets.UTF_16);
            case 1 -> tekst.replaceFirst(">([^<>]{2,})<", ">Ëë ñ ß$1<").getBytes(StandardCharsets.ISO_8859_1);
            case 2 -> voegIn(bron, r.nextInt(bron.length), new byte[] {(byte) 0xC0, (byte) 0x80});
            case 3 -> voegIn(bron, naTag(bron, r), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
            case 4 -> tekst.replaceFirst("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").getBytes(StandardCharsets.UTF_8);
            default -> voegIn(bron, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        };
    }

    /** A random position just after a '>' (or the end). */
    private static int naTag(byte[] b, Random r) {
        int start = r.nextInt(b.length);
        for (int i = start; i < b.length; i++) {
            if (b[i] == '>') {
                return i + 1;
            }
        }
        return b.length;
    }

    private static byte[] voegIn(byte[] bron, int plek, byte[] extra) {
        var uit = new ByteArrayOutputStream(bron.length + extra.length);
        uit.write(bron, 0, plek);
        uit.write(extra, 0, extra.length);
        uit.write(bron, plek, bron.length - plek);
        return uit.toByteArray();
    }

    private static String ingekort(String tekst) {
        return tekst.length() > 300 ? tekst.substring(0, 300) + "..." : tekst;
    }
}
