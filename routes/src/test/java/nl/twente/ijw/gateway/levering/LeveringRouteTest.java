package nl.twente.ijw.gateway.levering;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Delivery to the three kinds of channel, retries into the dead-letter store and back, and relay of retours. */
class LeveringRouteTest extends LeveringTestBasis {

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    MeterRegistry metrics;

    @Test
    void eenGeaccepteerdeToewijzingGaatNaarDeStandaardQueueVanDeOntvanger() throws Exception {
        TestBericht bericht = toewijzing("87654321");
        Verwerking v = ontvang(bericht);
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GEACCEPTEERD);
        assertThat(afleveringen(v.berichtId())).containsExactly("87654321 OPEN 0");

        try (Connection verbinding = connectionFactory.createConnection()) {
            Session sessie = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer queue = sessie.createConsumer(sessie.createQueue("ijw.aan.87654321"),
                    "IjwBerichtId = " + v.berichtId());
            verbinding.start();

            ronde();

            Message m = queue.receive(5000);
            assertThat(m).isInstanceOf(TextMessage.class);
            assertThat(((TextMessage) m).getText().getBytes(StandardCharsets.UTF_8)).isEqualTo(bericht.bytes());
            assertThat(m.getStringProperty("_AMQ_DUPL_ID")).isEqualTo("JW301-0153-" + bericht.identificatie());
            assertThat(m.getStringProperty("IjwBerichttype")).isEqualTo("JW301");
            assertThat(m.getStringProperty("IjwAfzender")).isEqualTo("0153");
            assertThat(m.getStringProperty("IjwIdentificatie")).isEqualTo(bericht.identificatie());
            assertThat(queue.receive(300)).isNull();
        }
        assertThat(afleveringen(v.berichtId())).containsExactly("87654321 AFGELEVERD 1");
        assertThat(jdbc.queryForObject("select kanaal from aflevering where bericht_id = ?", String.class, v.berichtId()))
                .isEqualTo("jms:queue:ijw.aan.87654321");
    }

    @Test
    void eenTweedeAfleveringNaEenCrashGeeftGeenTweedeBestandInDeMap() throws Exception {
        TestBericht bericht = toewijzing(MAP_ONTVANGER);
        Verwerking v = ontvang(bericht);
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GEACCEPTEERD);
        Path bestand = MAP.resolve("JW301-0153-" + bericht.identificatie() + ".xml");

        ronde();

        assertThat(afleveringen(v.berichtId())).containsExactly(MAP_ONTVANGER + " AFGELEVERD 1");
        assertThat(Files.readAllBytes(bestand)).isEqualTo(bericht.bytes());
        // A crash after the file was written but before the row was marked: once the claim has run
        // out the delivery is due again.
        jdbc.update("update aflevering set status = 'OPEN', afgeleverd_op = null, volgende_poging = now() where bericht_id = ?",
                v.berichtId());

        ronde();

        assertThat(afleveringen(v.berichtId())).containsExactly(MAP_ONTVANGER + " AFGELEVERD 2");
        try (Stream<Path> inhoud = Files.list(MAP)) {
            assertThat(inhoud.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(bericht.identificatie()) || n.startsWith(".ijw-deel-")))
                    .containsExactly("JW301-0153-" + bericht.identificatie() + ".xml");
        }
    }

    @Test
    void eenHaperendeOntvangerKrijgtHetBerichtNaDeDodeBriefEnHerhalingPreciesEenKeer() {
        STORING.set(1);
        TestBericht bericht = toewijzing(HTTP_ONTVANGER);
        Verwerking v = ontvang(bericht);
        long id = afleveringId(v.berichtId());

        ronde();
        assertThat(afleveringen(v.berichtId())).containsExactly(HTTP_ONTVANGER + " OPEN 1");
        ronde();
        assertThat(afleveringen(v.berichtId())).containsExactly(HTTP_ONTVANGER + " OPEN 2");
        ronde();
        assertThat(afleveringen(v.berichtId())).containsExactly(HTTP_ONTVANGER + " DOOD 3");
        ronde();
        assertThat(afleveringen(v.berichtId())).as("a dead letter waits for an operator")
                .containsExactly(HTTP_ONTVANGER + " DOOD 3");

        var lijst = get("/api/beheer/dode-brieven");
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).contains("\"aantal\":1").contains("\"id\":" + id)
                .contains("\"laatsteFout\":\"IOException: HTTP 503 van http://127.0.0.1:" + SERVER.getAddress().getPort()
                        + "/ijw/in: onderhoud\"");
        assertThat(get("/actuator/metrics/ijw.levering.dood").body()).contains("\"value\":1.0");
        var inhoud = get("/api/beheer/dode-brieven/" + id + "/inhoud");
        assertThat(inhoud.statusCode()).isEqualTo(200);
        assertThat(inhoud.body()).isEqualTo(bericht.xml());

        STORING.set(0);
        var opnieuw = post("/api/beheer/dode-brieven/" + id + "/opnieuw", null);
        assertThat(opnieuw.statusCode()).isEqualTo(202);
        assertThat(opnieuw.body()).contains("\"status\":\"OPEN\"").contains("\"pogingen\":0");
        assertThat(post("/api/beheer/dode-brieven/" + id + "/opnieuw", null).statusCode())
                .as("only a dead letter can be replayed").isEqualTo(409);

        ronde();
        ronde();

        assertThat(afleveringen(v.berichtId())).containsExactly(HTTP_ONTVANGER + " AFGELEVERD 1");
        List<Ontvangen> ontvangen = HTTP_ONTVANGEN.stream().filter(o -> bericht.identificatie().equals(o.identificatie())).toList();
        assertThat(ontvangen).hasSize(1);
        assertThat(ontvangen.get(0).idempotencyKey()).isEqualTo("JW301-0153-" + bericht.identificatie());
        assertThat(ontvangen.get(0).berichttype()).isEqualTo("JW301");
        assertThat(ontvangen.get(0).inhoud()).isEqualTo(bericht.bytes());
        assertThat(get("/api/beheer/dode-brieven").body()).contains("\"aantal\":0");
        assertThat(get("/actuator/metrics/ijw.levering.dood").body()).contains("\"value\":0.0");
    }

    @Test
    void eenOntvangerKrijgtZijnBerichtenInDeVolgordeVanAcceptatie() {
        STORING.set(1);
        TestBericht eerste = toewijzing(HTTP_ONTVANGER);
        TestBericht tweede = toewijzing(HTTP_ONTVANGER);
        Verwerking v1 = ontvang(eerste);
        Verwerking v2 = ontvang(tweede);

        ronde();
        assertThat(afleveringen(v1.berichtId())).containsExactly(HTTP_ONTVANGER + " OPEN 1");
        assertThat(afleveringen(v2.berichtId())).as("waits for the first").containsExactly(HTTP_ONTVANGER + " OPEN 0");

        STORING.set(0);
        ronde();

        assertThat(afleveringen(v1.berichtId())).containsExactly(HTTP_ONTVANGER + " AFGELEVERD 2");
        assertThat(afleveringen(v2.berichtId())).containsExactly(HTTP_ONTVANGER + " AFGELEVERD 1");
        assertThat(HTTP_ONTVANGEN.stream().map(Ontvangen::identificatie)
                .filter(i -> i.equals(eerste.identificatie()) || i.equals(tweede.identificatie())))
                .containsExactly(eerste.identificatie(), tweede.identificatie());
    }

    @Test
    void deRetourVanDeOntvangerGaatNaarDeOorspronkelijkeAfzenderEenKeer() throws Exception {
        Verwerking toewijzing = ontvang(toewijzing("87654321"));
        ronde();
        assertThat(afleveringen(toewijzing.berichtId())).containsExactly("87654321 AFGELEVERD 1");
        Timer latentie = metrics.find("ijw.retour.latentie").tag("soort", "JW302").timer();
        long eerder = latentie == null ? 0 : latentie.count();

        // The provider answers with a JW302: the header of the JW301 unchanged (Afzender 0153), plus its own retour fields.
        byte[] jw302 = toewijzing.retour();
        Verwerking retour = ontvang(jw302);
        assertThat(retour.uitkomst()).isEqualTo(Uitkomst.ONTVANGEN);
        assertThat(afleveringen(retour.berichtId())).containsExactly("0153 OPEN 0");
        Verwerking nogmaals = ontvang(jw302);
        assertThat(afleveringen(nogmaals.berichtId())).as("the same retour is relayed once").isEmpty();

        try (Connection verbinding = connectionFactory.createConnection()) {
            Session sessie = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer queue = sessie.createConsumer(sessie.createQueue("ijw.aan.0153"),
                    "IjwBerichtId = " + retour.berichtId());
            verbinding.start();
            ronde();
            Message m = queue.receive(5000);
            assertThat(((TextMessage) m).getText().getBytes(StandardCharsets.UTF_8)).isEqualTo(jw302);
            assertThat(m.getStringProperty("IjwBerichttype")).isEqualTo("JW302");
        }
        assertThat(afleveringen(retour.berichtId())).containsExactly("0153 AFGELEVERD 1");
        assertThat(metrics.find("ijw.retour.latentie").tag("soort", "JW302").timer().count()).isEqualTo(eerder + 1);
    }

    @Test
    void eenAfgekeurdBerichtWordtNietAfgeleverd() {
        // A start on a toewijzing the gateway never received: rejected (9019), so never sent (OP286).
        Verwerking v = ontvang(TestBericht.jw305().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet("Client/StartProducten/StartProduct/ToewijzingNummer", TestBericht.uniekNummer()));
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.AFGEKEURD);
        assertThat(afleveringen(v.berichtId())).isEmpty();
    }
}
