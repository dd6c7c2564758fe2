package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Duration;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The feed of changed trajectories: pages in change order, every change comes again, nothing is skipped. */
class TrajectFeedTest extends TrajectTestBasis {

    @Autowired
    ObjectMapper json;

    @Test
    void eenConsumentDieDeCursorVolgtZietElkeWijziging() {
        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        String begin = String.valueOf(laatsteBerichtId());
        // One JW301 with two toewijzingen: one change number, the key breaks the tie.
        accepteer(toewijzing(bsn, eerste).kopieer(PRODUCT).zet(PRODUCT + "[2]/ToewijzingNummer", tweede)
                .zet(PRODUCT + "[2]/Product/Code", "45B01"));

        Trajectpagina p1 = lezer().pagina(begin, 1, PEILDATUM);
        assertThat(p1.trajecten()).extracting(Traject::toewijzingNummer).containsExactly(eerste);
        Trajectpagina p2 = lezer().pagina(p1.volgende(), 1, PEILDATUM);
        assertThat(p2.trajecten()).extracting(Traject::toewijzingNummer).containsExactly(tweede);
        assertThat(p2.trajecten().get(0).segment()).isEqualTo("AMBULANT");
        assertThat(p2.trajecten().get(0).subsegment()).isEqualTo("BEHANDELING");
        assertThat(p2.volgende()).isEqualTo(p2.trajecten().get(0).wijziging() + "-0153-" + tweede);
        Trajectpagina leeg = lezer().pagina(p2.volgende(), 10, PEILDATUM);
        assertThat(leeg.trajecten()).isEmpty();
        assertThat(leeg.volgende()).isEqualTo(p2.volgende());

        // A start on the first: it comes again, with a higher change number; the second does not.
        accepteer(start(bsn, eerste, "2026-03-02"));
        Trajectpagina p3 = lezer().pagina(leeg.volgende(), 10, PEILDATUM);
        assertThat(p3.trajecten()).singleElement().satisfies(t -> {
            assertThat(t.toewijzingNummer()).isEqualTo(eerste);
            assertThat(t.status()).isEqualTo(Traject.Status.ACTIVE);
            assertThat(t.wijziging()).isGreaterThan(p2.trajecten().get(0).wijziging());
        });

        // Withdrawing that start is a change too (the removal has its own archive id).
        accepteer(start(bsn, eerste, "2026-03-02").zet(START + "/StatusAanlevering", "3"));
        Trajectpagina p4 = lezer().pagina(p3.volgende(), 10, PEILDATUM);
        assertThat(p4.trajecten()).singleElement().satisfies(t -> {
            assertThat(t.toewijzingNummer()).isEqualTo(eerste);
            assertThat(t.status()).isEqualTo(Traject.Status.ALLOCATED);
        });
    }

    @Test
    void eenGeannuleerdTrajectKomtInDeFeedZodatDeConsumentHetSchrapt() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        String na = String.valueOf(laatsteBerichtId());
        accepteer(toewijzing(bsn, nummer).zet(PRODUCT + "/Toewijzingsdatum", "2026-03-02")
                .zet(PRODUCT + "/Einddatum", "2026-03-01").voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "13"));

        assertThat(lezer().pagina(na, 10, PEILDATUM).trajecten()).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(Traject.Status.CANCELLED));
    }

    @Test
    void deBezinktijdHoudtVerseWijzigingenTegen() {
        String begin = String.valueOf(laatsteBerichtId());
        accepteer(toewijzing(TestBericht.uniekeBsn(), TestBericht.uniekNummer()));

        TrajectLezer geduldig = new TrajectLezer(jdbc, catalogus, klok, Duration.ofHours(1));

        Trajectpagina p = geduldig.pagina(begin, 10, PEILDATUM);
        assertThat(p.trajecten()).isEmpty();
        assertThat(p.volgende()).isEqualTo(begin);
    }

    @Test
    void deApiGeeftJsonMetSnakeCaseEnDeVolgendeCursor() throws Exception {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        String begin = String.valueOf(laatsteBerichtId());
        accepteer(toewijzing(bsn, nummer));
        accepteer(start(bsn, nummer, "2026-03-02"));
        long wijziging = laatsteBerichtId();
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new TrajectController(lezer()))
                .setMessageConverters(new MappingJackson2HttpMessageConverter(json)).build();

        String body = mvc.perform(get("/api/trajecten").param("sinds", begin).param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trajecten.length()").value(1))
                .andExpect(jsonPath("$.trajecten[0].gemeente").value("0153"))
                .andExpect(jsonPath("$.trajecten[0].toewijzing_nummer").value(nummer))
                .andExpect(jsonPath("$.trajecten[0].segment").value("AMBULANT"))
                .andExpect(jsonPath("$.trajecten[0].subsegment").value("BEGELEIDING"))
                .andExpect(jsonPath("$.trajecten[0].toewijzingsdatum").value("2026-03-01"))
                .andExpect(jsonPath("$.trajecten[0].begindatum").value("2026-03-02"))
                .andExpect(jsonPath("$.trajecten[0].wait_days").value(1))
                .andExpect(jsonPath("$.trajecten[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.volgende").value(wijziging + "-0153-" + nummer))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(bsn);

        mvc.perform(get("/api/trajecten").param("sinds", "gisteren"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/trajecten").param("limit", "0")).andExpect(status().isBadRequest());
    }

    @Test
    void hetCommandoSchrijftDeHuidigeTrajectenAlsCsvEnJsonl() throws Exception {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        accepteer(start(bsn, nummer, "2026-03-02"));
        long wijziging = laatsteBerichtId();
        String client = pseudonimiseerder.pseudoniem(bsn);

        StringWriter csv = new StringWriter();
        TrajectenCommando.schrijf(lezer(), json, "csv", csv);
        assertThat(csv.toString()).startsWith("gemeente,toewijzing_nummer,client,aanbieder,product_categorie,"
                + "product_code,segment,subsegment,segment_uit_standaard,toewijzingsdatum,ingangsdatum,einddatum,"
                + "reden_wijziging,versie,begindatum,wait_days,einddatum_levering,reden_beeindiging,aantal_starts,"
                + "pause_days,duration_days,ended_by_toewijzing,status,wijziging,eerste_toewijzingsdatum,verwijzer_type,"
                + "referentie_aanbieder,verzoek_dagtekening,geboortejaar,leeftijd_bij_start\n");
        // Today is past 2026-12-31 or not: only the fields that do not depend on it are compared.
        assertThat(csv.toString()).contains("0153," + nummer + "," + client + ",87654321,45,45A01,AMBULANT,BEGELEIDING,"
                + "false,2026-03-01,2026-03-01,2026-12-31,,1,2026-03-02,1,,,1,0,");
        // The trailing facts (V7): the original decision, referrer 01 (no request), birth year and age at start.
        assertThat(csv.toString()).contains("," + wijziging + ",2026-03-01,01,,,2014,11\n");
        assertThat(csv.toString()).doesNotContain(bsn);

        StringWriter jsonl = new StringWriter();
        TrajectenCommando.schrijf(lezer(), json, "jsonl", jsonl);
        String regel = jsonl.toString().lines().filter(l -> l.contains("\"toewijzing_nummer\":" + nummer + ","))
                .findFirst().orElseThrow();
        assertThat(regel).startsWith("{\"gemeente\":\"0153\",\"toewijzing_nummer\":" + nummer + ",\"client\":\"" + client
                + "\",\"aanbieder\":\"87654321\",\"product_categorie\":\"45\",\"product_code\":\"45A01\","
                + "\"segment\":\"AMBULANT\",\"subsegment\":\"BEGELEIDING\"");
        assertThat(regel).endsWith(",\"wijziging\":" + wijziging + ",\"eerste_toewijzingsdatum\":\"2026-03-01\","
                + "\"verwijzer_type\":\"01\",\"referentie_aanbieder\":null,\"verzoek_dagtekening\":null,"
                + "\"geboortejaar\":2014,\"leeftijd_bij_start\":11}");
    }
}
