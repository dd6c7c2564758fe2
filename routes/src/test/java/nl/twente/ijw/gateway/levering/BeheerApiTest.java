package nl.twente.ijw.gateway.levering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.bericht.BerichtLezer;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The archive search, the pseudonym for it, handling a message, the health groups and the delivery metrics. */
class BeheerApiTest extends LeveringTestBasis {

    @Autowired
    ObjectMapper json;

    @Autowired
    BerichtLezer lezer;

    @Test
    void zoektOpIdentificatieToewijzingNummerAfzenderOntvangerEnPseudoniem() throws Exception {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        TestBericht bericht = TestBericht.jw301().zet("Header/Ontvanger", MAP_ONTVANGER).zetOveral("Bsn", bsn)
                .zet(PRODUCT + "/ToewijzingNummer", nummer);
        Verwerking v = ontvang(bericht);
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GEACCEPTEERD);

        var antwoord = get("/api/beheer/berichten?identificatie=" + bericht.identificatie());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode treffers = json.readTree(antwoord.body());
        assertThat(treffers.get("aantal").asInt()).isEqualTo(1);
        JsonNode treffer = treffers.get("berichten").get(0);
        assertThat(treffer.get("id").asLong()).isEqualTo(v.berichtId());
        assertThat(treffer.get("berichttype").asText()).isEqualTo("JW301");
        assertThat(treffer.get("afzender").asText()).isEqualTo("0153");
        assertThat(treffer.get("ontvanger").asText()).isEqualTo("11110001");
        assertThat(treffer.get("uitkomst").asText()).isEqualTo("GEACCEPTEERD");
        assertThat(treffer.get("inhoudVerwijderd").asBoolean()).isFalse();
        assertThat(treffer.get("afleveringen").get(0).get("ontvanger").asText()).isEqualTo("11110001");
        assertThat(treffer.get("afleveringen").get(0).get("status").asText()).isEqualTo("OPEN");
        assertThat(antwoord.body()).doesNotContain(bsn);

        assertThat(ids("/api/beheer/berichten?toewijzingnummer=" + nummer)).isEqualTo("[" + v.berichtId() + "]");

        var pseudoniem = post("/api/beheer/pseudoniem", "{\"bsn\":\"" + bsn + "\"}");
        assertThat(pseudoniem.statusCode()).isEqualTo(200);
        String client = json.readTree(pseudoniem.body()).get("pseudoniem").asText();
        assertThat(client).hasSize(64).doesNotContain(bsn);
        assertThat(ids("/api/beheer/berichten?client=" + client)).isEqualTo("[" + v.berichtId() + "]");

        String vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        assertThat(ids("/api/beheer/berichten?afzender=0153&ontvanger=11110001&toewijzingnummer=" + nummer
                + "&van=" + vandaag + "&tot=" + vandaag)).isEqualTo("[" + v.berichtId() + "]");
        assertThat(ids("/api/beheer/berichten?toewijzingnummer=" + nummer + "&van=2020-01-01&tot=2020-12-31")).isEqualTo("[]");
        assertThat(ids("/api/beheer/berichten?toewijzingnummer=" + nummer + "&afzender=0164")).isEqualTo("[]");
    }

    /** A message read ahead by its channel (import, HTTP) gets its search keys from that reading. */
    @Test
    void vindtEenVoorafGelezenBerichtOpToewijzingNummerEnPseudoniem() throws Exception {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        byte[] inhoud = TestBericht.jw301().zet("Header/Ontvanger", MAP_ONTVANGER).zetOveral("Bsn", bsn)
                .zet(PRODUCT + "/ToewijzingNummer", nummer).bytes();
        Verwerking v = producer.requestBody(OntvangstRoute.ONTVANG,
                new Aanlevering(inhoud, "test", null).metVooraf(lezer.lees(inhoud), null), Verwerking.class);
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GEACCEPTEERD);

        assertThat(ids("/api/beheer/berichten?toewijzingnummer=" + nummer)).isEqualTo("[" + v.berichtId() + "]");
        String client = json.readTree(post("/api/beheer/pseudoniem", "{\"bsn\":\"" + bsn + "\"}").body())
                .get("pseudoniem").asText();
        assertThat(ids("/api/beheer/berichten?client=" + client)).isEqualTo("[" + v.berichtId() + "]");
    }

    @Test
    void eenBsnOfEenOnjuisteParameterGeeftEenProbleemMet400() {
        for (String vraag : new String[] {"bsn=999990019", "client=999990019", "afzender=153", "ontvanger=abc",
                "toewijzingnummer=12x", "van=2026-13-01", "van=2026-03-02&tot=2026-03-01", "limit=0", "wie=ik"}) {
            var antwoord = get("/api/beheer/berichten?" + vraag);
            assertThat(antwoord.statusCode()).as(vraag).isEqualTo(400);
            assertThat(antwoord.headers().firstValue("Content-Type")).as(vraag).hasValue("application/problem+json");
            assertThat(antwoord.body()).as(vraag).doesNotContain("Exception").doesNotContain("999990019");
        }
        assertThat(post("/api/beheer/pseudoniem", "{\"bsn\":\"12345\"}").statusCode()).isEqualTo(400);
        assertThat(get("/api/beheer/dode-brieven/999999999").statusCode()).isEqualTo(404);
        assertThat(post("/api/beheer/dode-brieven/999999999/opnieuw", null).statusCode()).isEqualTo(404);
        assertThat(get("/api/beheer/dode-brieven?limit=5000").statusCode()).isEqualTo(400);
    }

    @Test
    void eenAfgekeurdBerichtWordtAlsAfgehandeldGemarkeerd() throws Exception {
        Verwerking v = ontvang(TestBericht.jw305().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet("Client/StartProducten/StartProduct/ToewijzingNummer", TestBericht.uniekNummer()));
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.AFGEKEURD);

        var antwoord = post("/api/beheer/berichten/" + v.berichtId() + "/afgehandeld", null);

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select afgehandeld_op is not null from bericht where id = ?", Boolean.class,
                v.berichtId())).isTrue();
        assertThat(post("/api/beheer/berichten/999999999/afgehandeld", null).statusCode()).isEqualTo(404);
    }

    @Test
    void gereedheidNoemtDatabaseBrokerEnSchijf() throws Exception {
        var gereed = get("/actuator/health/readiness");
        assertThat(gereed.statusCode()).isEqualTo(200);
        JsonNode componenten = json.readTree(gereed.body()).get("components");
        assertThat(componenten.get("db").get("status").asText()).isEqualTo("UP");
        assertThat(componenten.get("jms").get("status").asText()).isEqualTo("UP");
        assertThat(componenten.get("diskSpace").get("status").asText()).isEqualTo("UP");
        assertThat(componenten.get("readinessState").get("status").asText()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void deAchterstandTeltDeWachtendeAfleveringen() throws Exception {
        assertThat(waarde("ijw.levering.achterstand")).isEqualTo(0.0);
        ontvang(toewijzing("87654321"));
        ontvang(toewijzing(MAP_ONTVANGER));
        assertThat(waarde("ijw.levering.achterstand")).isEqualTo(2.0);

        ronde();

        assertThat(waarde("ijw.levering.achterstand")).isEqualTo(0.0);
        assertThat(get("/actuator/metrics/ijw.berichten?tag=soort:JW301&tag=uitkomst:GEACCEPTEERD").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics/ijw.leveringen?tag=uitkomst:AFGELEVERD").statusCode()).isEqualTo(200);
    }

    private double waarde(String meter) throws Exception {
        var antwoord = get("/actuator/metrics/" + meter);
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return json.readTree(antwoord.body()).get("measurements").get(0).get("value").asDouble();
    }

    private String ids(String pad) throws Exception {
        var antwoord = get(pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        StringBuilder b = new StringBuilder("[");
        for (JsonNode t : json.readTree(antwoord.body()).get("berichten")) {
            b.append(b.length() > 1 ? "," : "").append(t.get("id").asLong());
        }
        return b.append("]").toString();
    }
}
