package nl.twente.ijw.it;

import static nl.twente.ijw.it.Referentie.uniekeIdentificatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.twente.ijw.it.Belasting.Zending;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 §2, broker: the gateway on a standalone Artemis (ops/artemis/start.sh, the
 * distribution from Maven Central), which is stopped and started again in the middle of a
 * JMS load. No message is lost: each gets exactly one retour and is archived once. The broker
 * has login and the rights of issue 12 §3: the gateway is its admin user {@code ijw}, the load
 * sends as user {@code afzender-0153}.
 */
class BrokerIT {

    private static final int JMS_BERICHTEN = 200;
    private static final int STOP_NA_RETOURS = 60;
    private static final int JMS_VENSTER = 20;
    /** How long the broker stays away. */
    private static final Duration WEG = Duration.ofSeconds(5);

    /** Runs one of the ops/artemis scripts; its output goes to {@code target/it-artemis.log}. */
    private static void artemis(String script, String... args) {
        Ops.voerUit(Gateway.targetDir().resolve("it-artemis.log"), "artemis/" + script, args);
    }

    @Test
    void brokerGestoptEnGestartTijdensDeLast() throws Exception {
        List<Zending> jms = new ArrayList<>();
        for (int i = 0; i < JMS_BERICHTEN; i++) {
            String id = uniekeIdentificatie();
            jms.add(new Zending(id, "jms", Verhaal.nieuw().jw301(id)));
        }

        Path instance = Gateway.targetDir().resolve("it-artemis");
        Gateway.verwijder(instance);
        Files.writeString(Gateway.targetDir().resolve("it-artemis.log"), "", StandardCharsets.UTF_8);
        int poort = Gateway.vrijePoorten(1)[0];
        String broker = "tcp://127.0.0.1:" + poort;
        artemis("start.sh", "--port", Integer.toString(poort), "--instance", instance.toString(),
                "--afzender", Verhaal.GEMEENTE + ":dev-afzender-" + Verhaal.GEMEENTE);
        Gateway gateway = null;
        try {
            gateway = Gateway.eigen("broker", 0, List.of("--spring.artemis.mode=native",
                    "--spring.artemis.broker-url=" + broker, "--spring.artemis.user=ijw", "--spring.artemis.password=ijw"));
            // The load's own time starts now that the gateway is up.
            Belasting last = new Belasting(Duration.ofSeconds(150));
            try (Belasting.Jms kanaal = last.new Jms(broker, "ijw.retour." + Verhaal.GEMEENTE, "broker-")) {
                int bijStop = -1;
                long weg = 0;
                for (int i = 0; i < jms.size() && !last.voorbij(); i++) {
                    while (i - last.aantalMetRetour() >= JMS_VENSTER && !last.voorbij()) {
                        Belasting.slaap(20);
                    }
                    if (bijStop < 0 && last.aantalMetRetour() >= STOP_NA_RETOURS) {
                        bijStop = last.aantalMetRetour();
                        long stop = System.nanoTime();
                        artemis("stop.sh", "--instance", instance.toString());
                        Thread.sleep(WEG.toMillis());
                        artemis("start.sh", "--port", Integer.toString(poort), "--instance", instance.toString());
                        weg = System.nanoTime() - stop;
                    }
                    kanaal.verstuur(jms.get(i));
                }
                kanaal.wachtOpRetours(jms);
                // A second copy of a retour would come shortly after the first: give it that chance.
                Thread.sleep(2_000);

                Map<String, int[]> archief = Belasting.archief(gateway, jms);
                List<String> nietEenmaal = jms.stream().map(Zending::identificatie)
                        .filter(id -> !archief.containsKey(id) || archief.get(id)[0] != 1).toList();
                int herhalingen = archief.values().stream().mapToInt(a -> a[1]).sum();
                System.out.printf("broker: sent %d over JMS, Artemis stopped after %d retours and started again "
                                + "(away %.1f s), retours %d, duplicate retours %d, archived once %d, not once %d, "
                                + "repeats archived %d, sends tried again %d, half-written %d%n",
                        jms.size(), bijStop, weg / 1e9, last.aantalMetRetour(), last.extraRetours(),
                        jms.size() - nietEenmaal.size(), nietEenmaal.size(), herhalingen, last.opnieuw.get(),
                        Belasting.halfGeschreven(gateway));

                assertThat(bijStop).as("de broker stopte midden in de last").isBetween(STOP_NA_RETOURS, 150);
                assertThat(last.zonderRetour(jms)).as("berichten zonder retour").isEmpty();
                // A retour whose acknowledgement died with the broker can reach the client twice (as in
                // CrashIT); it must then be the same retour, and the message is processed once.
                assertThat(last.verschillendeRetours()).as("een dubbel retour is hetzelfde retour").isEmpty();
                assertThat(nietEenmaal).as("elk bericht precies eenmaal verwerkt in het archief").isEmpty();
                assertThat(Belasting.halfGeschreven(gateway)).isZero();
            }
        } catch (AssertionError | Exception e) {
            if (gateway != null) {
                System.err.println(gateway.staart(80));
            }
            throw e;
        } finally {
            if (gateway != null) {
                gateway.close();
            }
            artemis("stop.sh", "--instance", instance.toString());
        }
    }
}
