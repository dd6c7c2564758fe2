package nl.twente.ijw.gateway.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.archief.Verzamelschrijver;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation against the real PostgreSQL: messages stored under key "oud" and a row from
 * before encryption are re-encrypted under "nieuw", after which "oud" can be dropped.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "ijw.data-dir=target/test-data/sleutelrotatie", "ijw.kanalen=false", "spring.artemis.embedded.enabled=false",
        "ijw.beveiliging.archiefsleutels.oud=" + SleutelrotatieTest.OUD, "ijw.beveiliging.actieve-sleutel=oud"})
class SleutelrotatieTest {

    /** Base64 of the 32 ASCII bytes "een-eigen-sleutel-van-32-bytes!!". */
    static final String OUD = "ZWVuLWVpZ2VuLXNsZXV0ZWwtdmFuLTMyLWJ5dGVzISE=";
    /** Base64 of the 32 ASCII bytes "de-volgende-sleutel-van-32-bytes". */
    static final String NIEUW = "ZGUtdm9sZ2VuZGUtc2xldXRlbC12YW4tMzItYnl0ZXM=";

    @Autowired
    private ProducerTemplate producer;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transacties;

    @Test
    void oudeRijenKomenOnderDeNieuweSleutelEnDeOudeKanWeg() throws Exception {
        byte[] bericht = TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn()).bytes();
        Verwerking v = producer.requestBody(OntvangstRoute.ONTVANG, new Aanlevering(bericht, "import", "test"), Verwerking.class);
        assertThat(jdbc.queryForObject("select sleutel_id from bericht where id = ?", String.class, v.berichtId())).isEqualTo("oud");
        byte[] retour = v.retour();
        byte[] oudBewaard = "<van-voor-de-versleuteling/>".getBytes(StandardCharsets.UTF_8);
        long onversleuteld = jdbc.queryForObject("""
                insert into bericht (ontvangen_op, kanaal, bron, sha256, grootte, inhoud_gz, uitkomst)
                values (?, 'map', 'oud.xml', ?, ?, ?, 'GEEN_BERICHT') returning id""", Long.class,
                Timestamp.from(Instant.parse("2025-01-01T00:00:00Z")), Archief.sha256(oudBewaard), oudBewaard.length, gzip(oudBewaard));

        // A row whose input the retention period removed (inhoud_gz null) is rotated too.
        long verwijderd = jdbc.queryForObject("""
                insert into bericht (ontvangen_op, kanaal, bron, sha256, grootte, inhoud_gz, sleutel_id, uitkomst)
                values (?, 'map', 'weg.xml', ?, 3, null, 'oud', 'GEEN_BERICHT') returning id""", Long.class,
                Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")), Archief.sha256(new byte[] {1, 2, 3}));

        Archiefversleuteling beide = versleuteling("nieuw", "oud", OUD, "nieuw", NIEUW);
        Sleutelrotatie rotatie = new Sleutelrotatie(new Archief(jdbc, Clock.systemUTC(), beide, new Verzamelschrijver(jdbc)), transacties, beide);
        assertThat(rotatie.roteer()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from bericht where sleutel_id is distinct from 'nieuw'", Integer.class))
                .isZero();
        assertThat(rotatie.roteer()).as("nog eens: niets meer te doen").isZero();

        Archief alleenNieuw = new Archief(jdbc, Clock.systemUTC(), versleuteling("nieuw", "nieuw", NIEUW), new Verzamelschrijver(jdbc));
        assertThat(alleenNieuw.inhoud(v.berichtId())).hasValue(bericht);
        assertThat(alleenNieuw.retour(v.berichtId())).hasValue(retour);
        assertThat(alleenNieuw.inhoud(onversleuteld)).hasValue(oudBewaard);
        assertThat(alleenNieuw.retour(onversleuteld)).isEmpty();
        assertThat(alleenNieuw.inhoud(verwijderd)).isEmpty();
    }

    private static Archiefversleuteling versleuteling(String actief, String... idEnSleutel) {
        BeveiligingProperties p = new BeveiligingProperties();
        for (int i = 0; i < idEnSleutel.length; i += 2) {
            p.getArchiefsleutels().put(idEnSleutel[i], idEnSleutel[i + 1]);
        }
        p.setActieveSleutel(actief);
        MockEnvironment omgeving = new MockEnvironment();
        omgeving.setActiveProfiles("productie");
        return new Archiefversleuteling(p, omgeving);
    }

    private static byte[] gzip(byte[] data) throws Exception {
        var uit = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(uit)) {
            gz.write(data);
        }
        return uit.toByteArray();
    }
}
