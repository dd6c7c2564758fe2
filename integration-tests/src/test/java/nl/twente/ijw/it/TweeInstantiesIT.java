package nl.twente.ijw.it;

import static nl.twente.ijw.it.Referentie.uniekeIdentificatie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.twente.ijw.it.Belasting.Zending;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §5: two gateway instances (the packaged jar, each its own HTTP port and data
 * directory) on one standalone PostgreSQL ({@code ops/postgres/start.sh}) and one standalone
 * Artemis ({@code ops/artemis/start.sh}); both serve HTTP and both consume the JMS intake
 * queue. Conflicting messages are sent to both at the same moment, next to a load over both
 * instances and both channels. Only external outcomes are checked: the retours, the archive,
 * the facts, the feed and what reaches the addressees' queues.
 */
class TweeInstantiesIT {

    /** Stories over HTTP: the JW301 to one instance and, once its retour is in, the JW305 to the other. */
    private static final int VERHALEN = 200;
    /** JW301s over JMS, each its own story, taken by whichever instance's consumer gets them. */
    private static final int JMS_BERICHTEN = 600;
    /** Pairs per kind of conflict. */
    private static final int PAREN = 20;
    private static final String PG_GEBRUIKER = "ijw";
    private static final String PG_WACHTWOORD = "twee-instanties";
    /** Bound of every wait (a loaded machine needs it); not a speed goal. */
    private static final Duration LOOPTIJD = Duration.ofSeconds(300);
    /** The two threads of a conflicting pair (one pair at a time). */
    private static final ExecutorService PAAR = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "twee-paar");
        t.setDaemon(true);
        return t;
    });

    // ---- the JMS clients: the JMS sender logs in as the municipality's broker user; the rest reads as the gateway ----

    private static ActiveMQConnectionFactory jmsFabriek(String brokerUrl) {
        return new ActiveMQConnectionFactory(brokerUrl, "ijw", "ijw");
    }

    private static Belasting.Jms jmsAfzender(Belasting last, String brokerUrl) throws JMSException {
        return last.new Jms(brokerUrl, "ijw.retour." + Verhaal.GEMEENTE, "twee-");
    }

    @Test
    void tweeInstantiesEenDatabaseEenBroker() throws Exception {
        Path target = Gateway.targetDir();
        Path pgData = target.resolve("it-twee-pg");
        Path artemis = target.resolve("it-twee-artemis");
        Path opsLog = target.resolve("it-twee-ops.log");
        Gateway.verwijder(pgData);
        Gateway.verwijder(artemis);
        Files.writeString(opsLog, "", StandardCharsets.UTF_8);
        int[] poorten = Gateway.vrijePoorten(2);
        int pgPoort = poorten[0];
        String broker = "tcp://127.0.0.1:" + poorten[1];

        List<Gateway> gateways = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> Ops.voerUit(opsLog, "postgres/start.sh", "--port", Integer.toString(pgPoort),
                            "--data", pgData.toString(), "--user", PG_GEBRUIKER, "--password", PG_WACHTWOORD), pool),
                    CompletableFuture.runAsync(() -> Ops.voerUit(opsLog, "artemis/start.sh", "--port", Integer.toString(poorten[1]),
                            "--instance", artemis.toString(),
                            "--afzender", Verhaal.GEMEENTE + ":dev-afzender-" + Verhaal.GEMEENTE), pool)).get(5, TimeUnit.MINUTES);
            List<String> gedeeld = List.of(
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + pgPoort + "/postgres",
                    "--spring.datasource.username=" + PG_GEBRUIKER, "--spring.datasource.password=" + PG_WACHTWOORD,
                    "--spring.artemis.mode=native", "--spring.artemis.broker-url=" + broker,
                    "--spring.artemis.user=ijw", "--spring.artemis.password=ijw");
            // One after the other: on a busy machine two starts at once exceed the start timeout.
            Gateway a = Gateway.eigen("twee-a", pgPoort, gedeeld);
            gateways.add(a);
            Gateway b = Gateway.eigen("twee-b", pgPoort, gedeeld);
            gateways.add(b);
            beproef(a, b, broker, pool);
        } catch (AssertionError | Exception e) {
            for (Gateway g : gateways) {
                System.err.println(g.staart(60));
            }
            throw e;
        } finally {
            pool.shutdownNow();
            for (Gateway g : gateways) {
                g.close();
            }
            Ops.voerUit(opsLog, "artemis/stop.sh", "--instance", artemis.toString());
            Ops.voerUit(opsLog, "postgres/stop.sh", "--data", pgData.toString());
        }
    }

    private void beproef(Gateway a, Gateway b, String broker, ExecutorService pool) throws Exception {
        Gateway[] beide = {a, b};

        // The load: stories over HTTP with toewijzing and start on different instances, JW301s over JMS.
        Belasting.Verkeer verkeer = Belasting.Verkeer.van(VERHALEN, JMS_BERICHTEN);
        ConcurrentLinkedQueue<Zending[]> verhalen = verkeer.verhalen();
        List<Zending> http = verkeer.http();
        List<Zending> jms = verkeer.jms();
        List<Zending> last = new ArrayList<>(http);
        last.addAll(jms);

        // The conflicts, each pair sent to both instances at the same moment.
        List<String> zelfdeBytes = new ArrayList<>();
        List<String[]> zelfdeBytesAntwoorden = new ArrayList<>();
        List<String> andereInhoud = new ArrayList<>();
        List<String[]> andereInhoudAntwoorden = new ArrayList<>();
        List<String> dubbeleStartToewijzingen = new ArrayList<>();
        List<String[]> dubbeleStartIds = new ArrayList<>();
        List<String[]> dubbeleStartAntwoorden = new ArrayList<>();
        List<String[]> nummerIds = new ArrayList<>();
        List<String[]> nummerAntwoorden = new ArrayList<>();

        Belasting belasting = new Belasting(LOOPTIJD);
        Map<Long, Long> feed = new ConcurrentHashMap<>();
        AtomicInteger teruggegaan = new AtomicInteger();
        AtomicInteger paginas = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        try (Belasting.Jms kanaal = jmsAfzender(belasting, broker)) {
            // The feed consumer: follows the cursor, asking each instance in turn.
            Future<?> volger = pool.submit(() -> volg(beide, feed, teruggegaan, paginas, stop, belasting));

            List<Future<?>> klaar = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                klaar.add(pool.submit(() -> {
                    int n = 0;
                    for (Zending[] paar = verhalen.poll(); paar != null && !belasting.voorbij(); paar = verhalen.poll()) {
                        Gateway eerst = beide[n++ % 2];
                        belasting.postTotRetour(eerst.berichten(), paar[0]);
                        belasting.postTotRetour((eerst == a ? b : a).berichten(), paar[1]);
                    }
                }));
            }
            klaar.add(pool.submit(() -> jms.forEach(kanaal::verstuur)));

            // Meanwhile the conflicts, on two threads of their own per pair.
            for (int i = 0; i < PAREN; i++) {
                Verhaal v = Verhaal.nieuw();
                String id = uniekeIdentificatie();
                String xml = v.jw301(id);
                zelfdeBytes.add(id);
                zelfdeBytesAntwoorden.add(tegelijk(a, xml, b, xml));
            }
            for (int i = 0; i < PAREN; i++) {
                Verhaal v = Verhaal.nieuw();
                String id = uniekeIdentificatie();
                String xml = v.jw301(id);
                String anders = xml.replace("<ijw:Voorletters>J</ijw:Voorletters>", "<ijw:Voorletters>JK</ijw:Voorletters>");
                assertThat(anders).isNotEqualTo(xml);
                andereInhoud.add(id);
                andereInhoudAntwoorden.add(i % 2 == 0 ? tegelijk(a, xml, b, anders) : tegelijk(b, anders, a, xml));
            }
            for (int i = 0; i < PAREN; i++) {
                Verhaal v = Verhaal.nieuw();
                String id301 = uniekeIdentificatie();
                HttpResponse<byte[]> toewijzing = Http.post(beide[i % 2], v.jw301(id301));
                assertThat(toewijzing.statusCode()).as("toewijzing: %s", Http.tekst(toewijzing)).isEqualTo(200);
                assertThat(Verhaal.headerCodes(Http.tekst(toewijzing), "JW302")).isEmpty();
                String[] ids = {uniekeIdentificatie(), uniekeIdentificatie()};
                dubbeleStartToewijzingen.add(id301);
                dubbeleStartIds.add(ids);
                dubbeleStartAntwoorden.add(tegelijk(a, v.jw305(ids[0]), b, v.jw305(ids[1])));
            }

            for (int i = 0; i < PAREN; i++) {
                Verhaal v = Verhaal.nieuw();
                Verhaal ander = Verhaal.nieuw();
                String[] ids = {uniekeIdentificatie(), uniekeIdentificatie()};
                String andereClient = ander.jw301(ids[1])
                        .replace(">" + ander.toewijzingNummer + "<", ">" + v.toewijzingNummer + "<");
                assertThat(andereClient).contains(">" + v.toewijzingNummer + "<", ander.bsn);
                nummerIds.add(ids);
                nummerAntwoorden.add(tegelijk(a, v.jw301(ids[0]), b, andereClient));
            }

            for (Future<?> f : klaar) {
                f.get(LOOPTIJD.toSeconds(), TimeUnit.SECONDS);
            }
            kanaal.wachtOpRetours(jms);
            List<String> zonderRetour = belasting.zonderRetour(last);

            // ---- outcomes ----
            Map<String, int[]> archief = Belasting.archief(a, last);
            List<String> nietEenmaal = last.stream().map(Zending::identificatie)
                    .filter(id -> !archief.containsKey(id) || archief.get(id)[0] != 1 || archief.get(id)[1] != 0).toList();
            long nietGeaccepteerd = archief.values().stream().filter(t -> t[2] > 0).count();
            long retoursMetCode = last.stream().map(z -> belasting.retours.get(z.identificatie()))
                    .filter(r -> r != null && r.get(0).contains("RetourCode")).count();

            // Same bytes to both: one processed, the other a repeat with the same retour.
            long gelijkeRetours = zelfdeBytesAntwoorden.stream().filter(r -> r[0].equals(r[1])).count();
            long zelfdeBytesGeaccepteerd = zelfdeBytesAntwoorden.stream()
                    .filter(r -> r[0].startsWith("200 ") && Verhaal.headerCodes(r[0].substring(4), "JW302").isEmpty()).count();
            Map<String, int[]> zelfdeBytesArchief = archief(a, zelfdeBytes);
            long zelfdeBytesEenmaalPlusHerhaling = zelfdeBytes.stream()
                    .filter(id -> zelfdeBytesArchief.containsKey(id) && zelfdeBytesArchief.get(id)[0] == 1
                            && zelfdeBytesArchief.get(id)[1] == 1 && zelfdeBytesArchief.get(id)[2] == 0).count();

            // Same Identificatie, other content: one accepted, the other 9056.
            List<String> andereInhoudCodes = andereInhoudAntwoorden.stream()
                    .map(r -> headerCodesVan(r[0]) + "|" + headerCodesVan(r[1])).toList();
            long eenGeaccepteerdEen9056 = andereInhoudCodes.stream().filter(c -> c.equals("|9056") || c.equals("9056|")).count();
            Map<String, int[]> andereInhoudArchief = archief(a, andereInhoud);
            long tweeVerwerktEenGeweigerd = andereInhoud.stream()
                    .filter(id -> andereInhoudArchief.containsKey(id) && andereInhoudArchief.get(id)[0] == 2
                            && andereInhoudArchief.get(id)[1] == 0 && andereInhoudArchief.get(id)[2] == 1).count();

            // Two starts for one toewijzing: one accepted, the other refused by the rule.
            List<String> winnaars = new ArrayList<>();
            List<String> weigercodes = new ArrayList<>();
            for (int i = 0; i < PAREN; i++) {
                String[] r = dubbeleStartAntwoorden.get(i);
                String c0 = alleCodes(r[0]);
                String c1 = alleCodes(r[1]);
                if (c0.isEmpty() != c1.isEmpty()) {
                    winnaars.add(dubbeleStartIds.get(i)[c0.isEmpty() ? 0 : 1]);
                    weigercodes.add(c0.isEmpty() ? c1 : c0);
                } else {
                    weigercodes.add("beide '" + c0 + "' en '" + c1 + "'");
                }
            }

            // One ToewijzingNummer for two clients: one accepted, the other refused (TR332).
            List<String> nummerWinnaars = new ArrayList<>();
            List<String> nummerWeigercodes = new ArrayList<>();
            for (int i = 0; i < PAREN; i++) {
                String[] r = nummerAntwoorden.get(i);
                String c0 = alleCodes(r[0]);
                String c1 = alleCodes(r[1]);
                if (c0.isEmpty() != c1.isEmpty()) {
                    nummerWinnaars.add(nummerIds.get(i)[c0.isEmpty() ? 0 : 1]);
                    nummerWeigercodes.add(c0.isEmpty() ? c1 : c0);
                } else {
                    nummerWeigercodes.add("beide '" + c0 + "' en '" + c1 + "'");
                }
            }

            // Nothing half-written.
            Map<String, Integer> half = halfGeschreven(a);

            // Delivery: every accepted message once to its Ontvanger.
            long einde = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (tel(a, "select count(*) from aflevering where status <> 'AFGELEVERD'") > 0 && System.nanoTime() < einde) {
                Belasting.slaap(200);
            }
            List<String> aanAanbieder = afgeleverd(broker, "ijw.aan." + Verhaal.AANBIEDER);
            List<String> aanGemeente = afgeleverd(broker, "ijw.aan." + Verhaal.GEMEENTE);
            List<String> verwachtAanAanbieder = new ArrayList<>();
            List<String> verwachtAanGemeente = new ArrayList<>(winnaars);
            for (int i = 0; i < http.size(); i += 2) {
                verwachtAanAanbieder.add(http.get(i).identificatie());
                verwachtAanGemeente.add(http.get(i + 1).identificatie());
            }
            jms.forEach(z -> verwachtAanAanbieder.add(z.identificatie()));
            verwachtAanAanbieder.addAll(zelfdeBytes);
            verwachtAanAanbieder.addAll(andereInhoud);
            verwachtAanAanbieder.addAll(dubbeleStartToewijzingen);
            verwachtAanAanbieder.addAll(nummerWinnaars);
            long dubbelAfgeleverd = (aanAanbieder.size() - aanAanbieder.stream().distinct().count())
                    + (aanGemeente.size() - aanGemeente.stream().distinct().count());
            double afgeleverdA = meter(a, "ijw.leveringen", "uitkomst:AFGELEVERD");
            double afgeleverdB = meter(b, "ijw.leveringen", "uitkomst:AFGELEVERD");
            double jmsA = meter(a, "ijw.berichten", "kanaal:jms");
            double jmsB = meter(b, "ijw.berichten", "kanaal:jms");

            // The feed: the consumer must end with every trajectory's current state.
            Map<Long, Long> stand = trajectStand(a);
            einde = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (!feed.equals(stand) && System.nanoTime() < einde) {
                Belasting.slaap(200);
            }
            stop.set(true);
            volger.get(30, TimeUnit.SECONDS);
            long feedGelijk = stand.entrySet().stream().filter(e -> e.getValue().equals(feed.get(e.getKey()))).count();

            // The facts equal a rebuild from the archive.
            List<String> feiten = Belasting.trajecten(a);
            String herbouw = a.commando("rebuild");
            List<String> herbouwd = Belasting.trajecten(a);

            System.out.printf("two instances: sent %d (load %d: HTTP %d, JMS %d taken by A %.0f / B %.0f; conflicts %d), "
                            + "same bytes to both %d: identical retours %d, accepted %d, archived once + 1 repeat %d; "
                            + "same Identificatie other content %d: one accepted one 9056 %d, archived 2 with 1 refused %d; "
                            + "two starts for one toewijzing %d: one accepted %d, refused with %s; "
                            + "one ToewijzingNummer for two clients %d: one accepted %d, refused with %s; "
                            + "toewijzing and start on different instances %d: starts accepted %d; "
                            + "load without retour %d, archived once %d, not once %d, retours with a code %d, half-written %s; "
                            + "facts %d trajectories, after rebuild %d, equal %s (%s); "
                            + "feed (both instances in turn, %d pages) %d of %d current, went back %d; "
                            + "delivered to %s %d, to %s %d, twice %d, deliveries by A %.0f / B %.0f%n",
                    last.size() + 8 * PAREN, last.size(), http.size(), jms.size(), jmsA, jmsB, 8 * PAREN,
                    PAREN, gelijkeRetours, zelfdeBytesGeaccepteerd, zelfdeBytesEenmaalPlusHerhaling,
                    PAREN, eenGeaccepteerdEen9056, tweeVerwerktEenGeweigerd,
                    PAREN, winnaars.size(), weigercodes.stream().distinct().toList(),
                    PAREN, nummerWinnaars.size(), nummerWeigercodes.stream().distinct().toList(),
                    VERHALEN, startsGeaccepteerd(belasting, http),
                    zonderRetour.size(), last.size() - nietEenmaal.size(), nietEenmaal.size(), retoursMetCode, half,
                    feiten.size(), herbouwd.size(), feiten.equals(herbouwd), herbouw.strip(),
                    paginas.get(), feedGelijk, stand.size(), teruggegaan.get(),
                    Verhaal.AANBIEDER, aanAanbieder.size(), Verhaal.GEMEENTE, aanGemeente.size(), dubbelAfgeleverd,
                    afgeleverdA, afgeleverdB);

            assertThat(last).hasSize(1000);
            assertThat(zonderRetour).as("berichten zonder retour").isEmpty();
            assertThat(nietEenmaal).as("elk bericht van de last precies eenmaal verwerkt in het archief").isEmpty();
            assertThat(nietGeaccepteerd).as("berichten van de last met een andere uitkomst dan geaccepteerd").isZero();
            assertThat(retoursMetCode).as("retours met een RetourCode in de last (ook elke start na zijn toewijzing op de andere instantie)").isZero();
            assertThat(jmsA).as("de JMS-intake van A nam berichten").isPositive();
            assertThat(jmsB).as("de JMS-intake van B nam berichten").isPositive();

            assertThat(gelijkeRetours).as("dezelfde bytes tegelijk aan beide: hetzelfde retour").isEqualTo(20);
            assertThat(zelfdeBytesGeaccepteerd).isEqualTo(20);
            assertThat(zelfdeBytesEenmaalPlusHerhaling).as("eenmaal verwerkt, eenmaal als herhaling").isEqualTo(20);
            assertThat(andereInhoudCodes).as("andere inhoud: precies een geaccepteerd, de ander 9056").allMatch(c -> c.equals("|9056") || c.equals("9056|"));
            assertThat(tweeVerwerktEenGeweigerd).isEqualTo(20);
            assertThat(winnaars).as("twee starts op een toewijzing: precies een geaccepteerd").hasSize(20);
            assertThat(weigercodes).as("de andere start geweigerd").containsOnly("0200 9074 0200");
            assertThat(nummerWinnaars).as("een ToewijzingNummer voor twee clienten: precies een geaccepteerd").hasSize(20);
            assertThat(nummerWeigercodes).as("de andere toewijzing geweigerd").containsOnly("0200 0200 9332 0200");

            assertThat(half).as("half geschreven").isEqualTo(Map.of(
                    "archief zonder uitkomst", 0, "geaccepteerd zonder stand", 0, "stand zonder geaccepteerd bericht", 0,
                    "geaccepteerd zonder sleutel", 0, "geaccepteerd zonder aflevering", 0, "aflevering zonder geaccepteerd bericht", 0));

            // One trajectory per accepted toewijzing: 200 + 600 of the load, 20 + 20 + 20 + 20 of the conflicts.
            assertThat(feiten).hasSize(880);
            assertThat(herbouwd).as("feiten na rebuild").isEqualTo(feiten);
            assertThat(stand).hasSize(880);
            assertThat(feed).as("de feedvolger heeft van elk traject de huidige stand").isEqualTo(stand);
            assertThat(teruggegaan.get()).as("de feed gaf een oudere stand na een nieuwere").isZero();

            assertThat(aanAanbieder).as("afgeleverd aan de aanbieder, elk eenmaal").hasSize(880)
                    .containsExactlyInAnyOrderElementsOf(verwachtAanAanbieder);
            assertThat(aanGemeente).as("afgeleverd aan de gemeente, elk eenmaal").hasSize(220)
                    .containsExactlyInAnyOrderElementsOf(verwachtAanGemeente);
            assertThat(afgeleverdA + afgeleverdB).as("afleveringen door beide instanties samen").isEqualTo(1100.0);
        }
    }

    /** The JW305s among {@code zendingen} whose retour carries no RetourCode. */
    private static long startsGeaccepteerd(Belasting belasting, List<Zending> zendingen) {
        return zendingen.stream().filter(z -> z.xml().contains("<jw305:Bericht"))
                .map(z -> belasting.retours.get(z.identificatie()))
                .filter(r -> r != null && !r.get(0).contains("RetourCode")).count();
    }

    /**
     * Posts {@code xmlX} to {@code x} and {@code xmlY} to {@code y} from two threads released
     * together; returns both answers as "status body".
     */
    private static String[] tegelijk(Gateway x, String xmlX, Gateway y, String xmlY) throws Exception {
        CyclicBarrier samen = new CyclicBarrier(2);
        CompletableFuture<String> eerste = CompletableFuture.supplyAsync(() -> postNa(samen, x, xmlX), PAAR);
        CompletableFuture<String> tweede = CompletableFuture.supplyAsync(() -> postNa(samen, y, xmlY), PAAR);
        return new String[] {eerste.get(60, TimeUnit.SECONDS), tweede.get(60, TimeUnit.SECONDS)};
    }

    private static String postNa(CyclicBarrier samen, Gateway g, String xml) {
        try {
            samen.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        HttpResponse<byte[]> antwoord = Http.post(g, xml);
        return antwoord.statusCode() + " " + Http.tekst(antwoord);
    }

    /** The header codes of a "status body" answer of a JW301 (a JW302), or "status: body" when it is no 200. */
    private static String headerCodesVan(String antwoord) {
        return antwoord.startsWith("200 ") ? Verhaal.headerCodes(antwoord.substring(4), "JW302") : antwoord;
    }

    /** Every RetourCode anywhere in a "status body" answer, in document order. */
    private static String alleCodes(String antwoord) {
        return antwoord.startsWith("200 ") ? Verhaal.codes(antwoord.substring(4), "//*[local-name()='RetourCode']") : antwoord;
    }

    private static Map<String, int[]> archief(Gateway g, List<String> identificaties) throws SQLException {
        return Belasting.archief(g, identificaties.stream().map(id -> new Zending(id, "http", "")).toList());
    }

    /**
     * Follows {@code GET /api/trajecten?sinds=} from the beginning, asking the two instances in
     * turn, and keeps the latest change number per toewijzing; counts a page that hands out an
     * older state than one already seen.
     */
    private static void volg(Gateway[] beide, Map<Long, Long> feed, AtomicInteger teruggegaan, AtomicInteger paginas,
                             AtomicBoolean stop, Belasting belasting) {
        String cursor = "0";
        while (!stop.get() && !belasting.voorbij()) {
            Gateway g = beide[paginas.getAndIncrement() % 2];
            HttpResponse<byte[]> antwoord = Http.verstuur(HttpRequest.newBuilder(g.uri("/api/trajecten?limit=100&sinds="
                            + URLEncoder.encode(cursor, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(30)).header(Http.API_SLEUTEL, Http.MONITOR).GET().build());
            assertThat(antwoord.statusCode()).as("feed: %s", Http.tekst(antwoord)).isEqualTo(200);
            JsonNode pagina = Http.json(antwoord);
            for (JsonNode t : pagina.get("trajecten")) {
                long toewijzing = t.get("toewijzing_nummer").asLong();
                long wijziging = t.get("wijziging").asLong();
                Long eerder = feed.put(toewijzing, wijziging);
                if (eerder != null && eerder > wijziging) {
                    teruggegaan.incrementAndGet();
                }
            }
            cursor = pagina.get("volgende").asText();
            if (pagina.get("trajecten").isEmpty()) {
                Belasting.slaap(250);
            }
        }
    }

    /** Toewijzing number → change number of every trajectory, as the database holds it. */
    private static Map<Long, Long> trajectStand(Gateway g) throws SQLException {
        Map<Long, Long> stand = new HashMap<>();
        try (var db = g.database(); var s = db.createStatement();
             ResultSet rs = s.executeQuery("select toewijzingnummer, wijziging from traject")) {
            while (rs.next()) {
                stand.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return stand;
    }

    /**
     * Rows that only make sense together with others, counted where the other is missing: a
     * message without its outcome, an accepted message without its state, its TR056 key or its
     * delivery, and state or deliveries of a message that was not accepted.
     */
    private static Map<String, Integer> halfGeschreven(Gateway g) throws SQLException {
        Map<String, Integer> half = new HashMap<>();
        half.put("archief zonder uitkomst", tel(g, "select count(*) from bericht where berichttype is null"));
        half.put("geaccepteerd zonder stand", tel(g, """
                select count(*) from bericht b where b.uitkomst = 'GEACCEPTEERD' and (
                  (b.berichttype = 'JW301' and not exists (select 1 from toewijzing_versie v where v.bericht_id = b.id))
                  or (b.berichttype = 'JW305' and not exists (select 1 from zorgstart z where z.bericht_id = b.id)))"""));
        half.put("stand zonder geaccepteerd bericht", tel(g, """
                select (select count(*) from toewijzing_versie v join bericht b on b.id = v.bericht_id where b.uitkomst <> 'GEACCEPTEERD')
                     + (select count(*) from zorgstart z join bericht b on b.id = z.bericht_id where b.uitkomst <> 'GEACCEPTEERD')"""));
        half.put("geaccepteerd zonder sleutel", tel(g, """
                select count(*) from bericht b where b.uitkomst = 'GEACCEPTEERD'
                  and not exists (select 1 from bericht_sleutel s where s.bericht_id = b.id)"""));
        half.put("geaccepteerd zonder aflevering", tel(g, """
                select count(*) from bericht b where b.uitkomst = 'GEACCEPTEERD'
                  and not exists (select 1 from aflevering f where f.bericht_id = b.id)"""));
        half.put("aflevering zonder geaccepteerd bericht", tel(g, """
                select count(*) from aflevering f join bericht b on b.id = f.bericht_id where b.uitkomst <> 'GEACCEPTEERD'"""));
        return half;
    }

    private static int tel(Gateway g, String sql) throws SQLException {
        try (var db = g.database(); var s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A counter of an instance summed over the tag given ("kanaal:jms"); 0 when it never counted. */
    private static double meter(Gateway g, String naam, String tag) {
        HttpResponse<byte[]> antwoord = Http.verstuur(HttpRequest.newBuilder(g.uri("/actuator/metrics/" + naam + "?tag=" + tag))
                .header(Http.API_SLEUTEL, Http.BEHEER).timeout(Duration.ofSeconds(10)).GET().build());
        if (antwoord.statusCode() == 404) {
            return 0;
        }
        assertThat(antwoord.statusCode()).as("metriek: %s", Http.tekst(antwoord)).isEqualTo(200);
        return Http.json(antwoord).path("measurements").path(0).path("value").asDouble();
    }

    /** The IjwIdentificatie of every message on an addressee's queue, taken off it. */
    private static List<String> afgeleverd(String broker, String queue) throws JMSException {
        List<String> ids = new ArrayList<>();
        try (ActiveMQConnectionFactory f = jmsFabriek(broker); Connection c = f.createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue(queue));
            for (Message m = consumer.receive(3_000); m != null; m = consumer.receive(1_000)) {
                ids.add(m.getStringProperty("IjwIdentificatie"));
            }
        }
        return ids;
    }
}
