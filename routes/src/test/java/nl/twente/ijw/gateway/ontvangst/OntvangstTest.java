package nl.twente.ijw.gateway.ontvangst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.twente.ijw.gateway.Referentie;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The receiving route against the real (embedded) PostgreSQL: archive first, TR056
 * de-duplication and the byte-identical repeat.
 */
@CamelSpringBootTest
@SpringBootTest(properties = {"ijw.data-dir=target/test-data/ontvangst", "ijw.kanalen=false",
        "spring.artemis.embedded.enabled=false"})
class OntvangstTest {

    @Autowired
    private ProducerTemplate producer;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void eenHerhalingKrijgtDezelfdeRetourEnEenAndereInhoud9056() {
        // A unique Identificatie per run: the archive survives between runs.
        TestBericht toewijzing = TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zetOveral("ToewijzingNummer", TestBericht.uniekNummer());
        String id = toewijzing.identificatie();
        String jw305 = toewijzing.xml();
        String anders = toewijzing.zet("Client/ToegewezenProducten/ToegewezenProduct/Toewijzingstijd", "11:00:00").xml();

        Verwerking eerste = ontvang(jw305);
        Verwerking herhaling = ontvang(jw305);
        Verwerking duplicaat = ontvang(anders);

        assertThat(eerste.uitkomst()).isEqualTo(Uitkomst.GEACCEPTEERD);
        assertThat(eerste.retourcodes()).isEmpty();
        assertThat(herhaling.uitkomst()).isEqualTo(Uitkomst.HERHALING);
        assertThat(herhaling.retour()).isEqualTo(eerste.retour());
        assertThat(duplicaat.uitkomst()).isEqualTo(Uitkomst.DUPLICAAT);
        assertThat(duplicaat.retourcodes()).containsExactly("9056");
        assertThat(Referentie.fouten("JW302", duplicaat.retour())).isEmpty();
        assertThat(new String(duplicaat.retour(), StandardCharsets.UTF_8)).contains("<jw302:RetourCode>9056</jw302:RetourCode>");

        // All three are archived; only the first counts as processed.
        assertThat(jdbc.queryForList("select uitkomst from bericht where identificatie = ? order by id", String.class, id))
                .containsExactly("GEACCEPTEERD", "HERHALING", "DUPLICAAT");
        assertThat(jdbc.queryForObject("select count(*) from bericht_sleutel where identificatie = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void hetzelfdeNummerVanEenAndereAfzenderOfSoortIsGeenDuplicaat() {
        String id = "U" + System.nanoTime() % 100_000_000_000L;
        String jw305 = new String(Referentie.voorbeeld("JW305"), StandardCharsets.UTF_8).replace("123456789012", id);
        String jw307 = new String(Referentie.voorbeeld("JW307"), StandardCharsets.UTF_8).replace("123456789012", id);
        String andereAfzender = jw305.replace("<jw305:Afzender>65656055", "<jw305:Afzender>65656056");

        // The official examples refer to toewijzingen the gateway never saw (9019), but none is a duplicate.
        assertThat(ontvang(jw305).retourcodes()).doesNotContain("9056");
        assertThat(ontvang(jw307).retourcodes()).doesNotContain("9056");
        assertThat(ontvang(andereAfzender).retourcodes()).doesNotContain("9056");
    }

    @Test
    void eenSchemafoutWordtBewaardMetHaarRapportEnClaimtGeenNummer() {
        Verwerking v = ontvang(new String(Referentie.voorbeeld("JW315"), StandardCharsets.UTF_8));

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.SCHEMAFOUT);
        assertThat(v.retour()).isNull();
        assertThat(jdbc.queryForObject("select rapport->'schemafouten'->0->>'regel' from bericht where id = ?", String.class,
                v.berichtId())).isEqualTo("44");
        assertThat(jdbc.queryForObject("select count(*) from bericht_sleutel where bericht_id = ?", Integer.class,
                v.berichtId())).isZero();
    }

    @Test
    void geenBerichtWordtOokBewaard() {
        Verwerking v = ontvang("dit is geen xml");

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GEEN_BERICHT);
        assertThat(jdbc.queryForObject("select grootte from bericht where id = ?", Integer.class, v.berichtId()))
                .isEqualTo(15);
    }

    @Test
    void eenRetourberichtWordtBewaardMaarNietBeantwoord() {
        Verwerking v = ontvang(new String(Referentie.voorbeeld("JW306"), StandardCharsets.UTF_8));

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.ONTVANGEN);
        assertThat(v.retour()).isNull();
    }

    private Verwerking ontvang(String xml) {
        return producer.requestBody(OntvangstRoute.ONTVANG,
                new Aanlevering(xml.getBytes(StandardCharsets.UTF_8), "test", null), Verwerking.class);
    }
}
