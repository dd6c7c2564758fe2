package nl.twente.ijw.gateway.indicatoren.gouden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Golden scenarios for the regional indicators (INDICATORS.md §1, §3; INDICATOR-CONTRACT.md).
 * Every scenario sends a small history of real messages through the receiving route (each one
 * must be ACCEPTED, so a refused message can never silently change a scenario) and compares
 * the cells of {@code GET /api/indicatoren} with values worked out by hand in the test.
 *
 * <p><b>Isolation.</b> The indicators count everything in the database, so:
 * <ul>
 * <li>the database is fresh per test run: this class deletes {@code target/test-data/gouden}
 *     (and {@code gouden-klein}, the context of {@link KleineCelTest}) before its context starts;</li>
 * <li>within the run, every scenario takes its own providers ({@link #aanbieder()}: fresh 8-digit
 *     AGB codes, which no rule refuses) and mostly its own municipality ({@link #gemeente()}: a
 *     CBS code of mapping's Gemeenteregister that no other scenario uses), and queries its cells
 *     with {@code gemeente=} (or {@code aanbieder=}) of its own. The register has only 38 valid
 *     codes, so scenarios with a single provider may instead send to {@link #GEDEELDE_GEMEENTE}
 *     and query with {@code aanbieder=}. Scenarios never need a second context, so the whole
 *     suite starts one database (plus one for suppression).</li>
 * </ul>
 * The cells without filter (the region) are only read in {@link KleineCelTest}, whose context
 * holds nothing else. All message dates lie in 2024–2026 (not older than five years, TR335) and
 * no message is dated after {@link #DAG} (not in the future).
 */
@SpringBootTest(properties = {"ijw.data-dir=target/test-data/gouden", "ijw.kanalen=false",
        "spring.artemis.embedded.enabled=false", "ijw.indicatoren.min-cell-size=1", "ijw.trajecten.bezinktijd=PT0S"})
@AutoConfigureMockMvc
abstract class GoudenBasis extends RegelTestBasis {

    static {
        wis(Path.of("target/test-data/gouden"));
        wis(Path.of("target/test-data/gouden-klein"));
    }

    /** Dagtekening of every message that does not need its own (T1 needs real request and answer dates). */
    static final String DAG = "2026-11-20";
    static final String API_SLEUTEL = "dev-monitor";
    static final double MARGE = 1e-9;

    static final String TOEGEWEZEN = "Client/ToegewezenProducten/ToegewezenProduct";
    static final String START = "Client/StartProducten/StartProduct";
    static final String STOP = "Client/StopProducten/StopProduct";
    static final String AANGEVRAAGD = "Client/AangevraagdeProducten/AangevraagdProduct";
    static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie/";

    /** Every id of the contract table (T2 per COD327 code: 01–06 and 08, no 07). */
    static final Set<String> CONTRACT_IDS = Set.of("V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9",
            "V10.wonen", "V10.ander-domein", "V10.thuis",
            "A1.begeleiding.gemiddeld", "A1.begeleiding.mediaan", "A1.behandeling.gemiddeld", "A1.behandeling.mediaan",
            "A2", "A3", "A4", "A5.dyslexie", "A5.behandeling", "A5.begeleiding", "A6",
            "T1.verzoeken", "T1.toegewezen", "T1.afgewezen", "T1.dagen-mediaan",
            "T2.01", "T2.02", "T2.03", "T2.04", "T2.05", "T2.06", "T2.08", "T2.onbekend", "T3", "T4");

    /** Valid CBS codes of mapping's Gemeenteregister without an end date: one per scenario. */
    private static final List<String> GEMEENTEN = List.of(
            "0141", "0147", "0153", "0158", "0163", "0164", "0168", "0173", "0183", "0189", "1700", "1735", "1742",
            "1774", "0148", "0150", "0160", "0166", "0175", "0177", "0180", "0193", "1708", "1773", "1896", "0262",
            "1586", "1859", "0344", "0363", "0384", "0518", "0599", "1916", "0394", "0439", "1980");
    /**
     * The municipality shared by the scenarios that isolate themselves by provider instead (they
     * involve one provider only and query with {@code aanbieder=}); no scenario queries it.
     */
    static final String GEDEELDE_GEMEENTE = "1992";
    private static final AtomicInteger VOLGENDE_GEMEENTE = new AtomicInteger();
    private static final AtomicInteger VOLGENDE_AANBIEDER = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Pseudonimiseerder pseudonimiseerder;

    /** A municipality no other scenario of this run uses. */
    static String gemeente() {
        int i = VOLGENDE_GEMEENTE.getAndIncrement();
        if (i >= GEMEENTEN.size()) {
            throw new IllegalStateException("te weinig gemeenten voor de scenario's");
        }
        return GEMEENTEN.get(i);
    }

    /** A provider AGB code no other scenario of this run uses. */
    static String aanbieder() {
        return String.format("7%07d", 1000 + VOLGENDE_AANBIEDER.incrementAndGet());
    }

    static String bsn() {
        return TestBericht.uniekeBsn();
    }

    // ------------------------------------------------------------------ messages

    /** One toewijzing as sent: who, which product, and from when (the key of its starts and stops). */
    record Tw(String gemeente, String aanbieder, String bsn, long nummer, String code, String ingangsdatum) {
        String categorie() {
            return code.substring(0, 2);
        }
    }

    /** WJ756 unit of a product in mapping's producten.csv: etmaal (14), dagdeel (16) or hour (04). */
    static String eenheid(String code) {
        if (Set.of("45A03", "45A04", "41B01").contains(code)) {
            return "16";
        }
        return code.startsWith("43") || code.startsWith("44") || code.equals("46A01") ? "14" : "04";
    }

    /** The JW301 of a toewijzing (not sent): 31 etmalen or 10 units per month, Toewijzingstijd 10:00. */
    static TestBericht jw301(Tw t, String toewijzingsdatum, String einddatum) {
        TestBericht b = TestBericht.jw301()
                .zet("Header/Afzender", t.gemeente()).zet("Header/Ontvanger", t.aanbieder())
                .zet("Header/BerichtIdentificatie/Dagtekening", DAG)
                .zetOveral("Bsn", t.bsn())
                .zet(TOEGEWEZEN + "/ToewijzingNummer", t.nummer())
                .zet(TOEGEWEZEN + "/Product/Categorie", t.categorie())
                .zet(TOEGEWEZEN + "/Product/Code", t.code())
                .zet(TOEGEWEZEN + "/Toewijzingsdatum", toewijzingsdatum)
                .zet(TOEGEWEZEN + "/Ingangsdatum", t.ingangsdatum())
                .zet(TOEGEWEZEN + "/Omvang/Volume", "14".equals(eenheid(t.code())) ? 31 : 10)
                .zet(TOEGEWEZEN + "/Omvang/Eenheid", eenheid(t.code()))
                .zet(TOEGEWEZEN + "/Omvang/Frequentie", "4");
        return einddatum == null ? b.verwijder(TOEGEWEZEN + "/Einddatum") : b.zet(TOEGEWEZEN + "/Einddatum", einddatum);
    }

    /** Sends (and asserts accepted) a toewijzing decided on {@code toewijzingsdatum}, valid from {@code ingangsdatum}. */
    Tw wijsToe(String gemeente, String aanbieder, String bsn, String code, String toewijzingsdatum,
               String ingangsdatum, String einddatum) {
        Tw t = new Tw(gemeente, aanbieder, bsn, TestBericht.uniekNummer(), code, ingangsdatum);
        accepteer(jw301(t, toewijzingsdatum, einddatum));
        return t;
    }

    /** Same, decided on its Ingangsdatum. */
    Tw wijsToe(String gemeente, String aanbieder, String bsn, String code, String ingangsdatum, String einddatum) {
        return wijsToe(gemeente, aanbieder, bsn, code, ingangsdatum, ingangsdatum, einddatum);
    }

    /** A later version (decided on {@code toewijzingsdatum}) with RedenWijziging 13: sent in error, Einddatum = Ingangsdatum. */
    void verwijder(Tw t, String toewijzingsdatum) {
        accepteer(jw301(t, toewijzingsdatum, t.ingangsdatum())
                .voegToeNa(TOEGEWEZEN + "/Einddatum", "RedenWijziging", "13"));
    }

    static TestBericht jw305(Tw t, String begindatum, String status) {
        return TestBericht.jw305()
                .zet("Header/Afzender", t.aanbieder()).zet("Header/Ontvanger", t.gemeente())
                .zet("Header/BerichtIdentificatie/Dagtekening", DAG)
                .zetOveral("Bsn", t.bsn())
                .zet(START + "/ToewijzingNummer", t.nummer())
                .zet(START + "/Product/Categorie", t.categorie()).zet(START + "/Product/Code", t.code())
                .zet(START + "/ToewijzingIngangsdatum", t.ingangsdatum())
                .zet(START + "/Begindatum", begindatum)
                .zet(START + "/StatusAanlevering", status);
    }

    static TestBericht jw307(Tw t, String begindatum, String reden, String einddatum, String status) {
        return TestBericht.jw307()
                .zet("Header/Afzender", t.aanbieder()).zet("Header/Ontvanger", t.gemeente())
                .zet("Header/BerichtIdentificatie/Dagtekening", DAG)
                .zetOveral("Bsn", t.bsn())
                .zet(STOP + "/ToewijzingNummer", t.nummer())
                .zet(STOP + "/Product/Categorie", t.categorie()).zet(STOP + "/Product/Code", t.code())
                .zet(STOP + "/ToewijzingIngangsdatum", t.ingangsdatum())
                .zet(STOP + "/Begindatum", begindatum)
                .zet(STOP + "/RedenBeeindiging", reden)
                .zet(STOP + "/Einddatum", einddatum)
                .zet(STOP + "/StatusAanlevering", status);
    }

    void start(Tw t, String begindatum) {
        accepteer(jw305(t, begindatum, "1"));
    }

    /** Withdraws an earlier start (StatusAanlevering 3). */
    void trekStartIn(Tw t, String begindatum) {
        accepteer(jw305(t, begindatum, "3"));
    }

    void stop(Tw t, String begindatum, String reden, String einddatum) {
        accepteer(jw307(t, begindatum, reden, einddatum, "1"));
    }

    /** Withdraws an earlier stop (StatusAanlevering 3). */
    void trekStopIn(Tw t, String begindatum, String reden, String einddatum) {
        accepteer(jw307(t, begindatum, reden, einddatum, "3"));
    }

    /** A start and a definitive stop (RedenBeeindiging 31, as planned) of a toewijzing. */
    void levering(Tw t, String begindatum, String einddatum) {
        start(t, begindatum);
        stop(t, begindatum, "31", einddatum);
    }

    /**
     * A one-line JW315 (VOT) of {@code aanbieder} to {@code gemeente}, dated {@code dagtekening}, asking
     * {@code code} from {@code ingang} to 2025-12-31, referred by Verwijzer Type {@code type}
     * (02–05 with a ZorgverlenerCode, others without, CD068).
     */
    void vraag(String gemeente, String aanbieder, String bsn, String referentie, String code, String dagtekening,
               String ingang, String type) {
        TestBericht b = TestBericht.jw315()
                .zet("Header/Afzender", aanbieder).zet("Header/Ontvanger", gemeente)
                .zet("Header/BerichtIdentificatie/Dagtekening", dagtekening)
                .zetOveral("Bsn", bsn)
                .zet(AANGEVRAAGD + "/ReferentieAanbieder", referentie)
                .zet(AANGEVRAAGD + "/Product/Categorie", code.substring(0, 2))
                .zet(AANGEVRAAGD + "/Product/Code", code)
                .zet(AANGEVRAAGD + "/ToewijzingIngangsdatum", ingang)
                .zet(AANGEVRAAGD + "/ToewijzingEinddatum", "2025-12-31")
                .zet(AANGEVRAAGD + "/Omvang/Eenheid", eenheid(code))
                .zet(AANGEVRAAGD + "/Omvang/Frequentie", "4")
                .zet(AANGEVRAAGD + "/Verwijzer/Type", type);
        if (!Set.of("02", "03", "04", "05").contains(type)) {
            b.verwijder(AANGEVRAAGD + "/Verwijzer/ZorgverlenerCode");
        }
        accepteer(b);
    }

    /** The toewijzing that honours request {@code referentie} (JW301 carrying its ReferentieAanbieder). */
    Tw honoreer(String gemeente, String aanbieder, String bsn, String referentie, String code,
                String toewijzingsdatum, String ingangsdatum, String einddatum) {
        Tw t = new Tw(gemeente, aanbieder, bsn, TestBericht.uniekNummer(), code, ingangsdatum);
        accepteer(jw301(t, toewijzingsdatum, einddatum)
                .voegToeNa(TOEGEWEZEN + "/ToewijzingNummer", "ReferentieAanbieder", referentie));
        return t;
    }

    /** A JW319 refusing request {@code referentie} (VerzoekAntwoord 1, reden 3), dated {@code dagtekening}. */
    void wijsAf(String gemeente, String aanbieder, String referentie, String dagtekening) {
        accepteer(TestBericht.jw319()
                .zet("Header/Afzender", gemeente).zet("Header/Ontvanger", aanbieder)
                .zet("Header/BerichtIdentificatie/Dagtekening", dagtekening)
                .zet("Antwoord/ReferentieAanbieder", referentie)
                .zet("Antwoord/VerzoekAntwoord", "1"));
    }

    /**
     * A JW323 (debit) declaring one prestatie on toewijzing {@code t}: {@code volume} units at
     * {@code tarief} eurocent over [{@code begin}, {@code eind}] (one calendar month), declared
     * for that month on {@code dagtekening}.
     */
    void declareer(Tw t, String begin, String eind, long volume, long tarief, String dagtekening) {
        long bedrag = volume * tarief;
        accepteer(TestBericht.jw323()
                .zet("Header/Afzender", t.aanbieder()).zet("Header/Ontvanger", t.gemeente())
                .zet("Header/BerichtIdentificatie/Dagtekening", dagtekening)
                .zet("Declaratie/DeclaratieNummer", "D" + TestBericht.uniekNummer())
                .zet("Declaratie/DeclaratiePeriode/Begindatum", begin)
                .zet("Declaratie/DeclaratiePeriode/Einddatum", eind)
                .zet("Declaratie/DeclaratieDagtekening", dagtekening)
                .zet("Declaratie/TotaalIngediendBedrag/TotaalBedrag", bedrag)
                .zetOveral("Bsn", t.bsn())
                .zet(PRESTATIE + "ProductReferentie/ReferentieNummer", "P" + TestBericht.uniekNummer())
                .zet(PRESTATIE + "ToewijzingNummer", t.nummer())
                .zet(PRESTATIE + "ProductCategorie", t.categorie())
                .zet(PRESTATIE + "ProductCode", t.code())
                .zet(PRESTATIE + "ProductPeriode/Begindatum", begin)
                .zet(PRESTATIE + "ProductPeriode/Einddatum", eind)
                .zet(PRESTATIE + "GeleverdVolume", volume)
                .zet(PRESTATIE + "Eenheid", eenheid(t.code()))
                .zet(PRESTATIE + "ProductTarief", tarief)
                .zet(PRESTATIE + "IngediendBedrag/Bedrag", bedrag));
    }

    // ------------------------------------------------------------------ API

    /** GET {@code path} with the monitor key; asserts the status and returns the body as JSON. */
    JsonNode vraagOp(String pad, int status) {
        try {
            MvcResult r = mvc.perform(get(pad).header("X-Api-Key", API_SLEUTEL).accept(MediaType.APPLICATION_JSON))
                    .andReturn();
            assertThat(r.getResponse().getStatus()).as("status van %s: %s", pad,
                    r.getResponse().getContentAsString()).isEqualTo(status);
            String body = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            return body.isEmpty() ? null : json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(pad, e);
        }
    }

    /** The cells of {@code /api/indicatoren?<query>} by id; asserts 200 and one cell per id. */
    Map<String, JsonNode> cellen(String query) {
        JsonNode lijst = vraagOp("/api/indicatoren?" + query, 200);
        assertThat(lijst.isArray()).as("een JSON-array: %s", lijst).isTrue();
        Map<String, JsonNode> perId = new LinkedHashMap<>();
        for (JsonNode cel : lijst) {
            JsonNode eerder = perId.put(cel.get("id").asText(), cel);
            assertThat(eerder).as("één cel per id: %s", cel.get("id")).isNull();
        }
        return perId;
    }

    /** One cell; fails when the id is missing. */
    static JsonNode cel(Map<String, JsonNode> cellen, String id) {
        assertThat(cellen).as("cel %s", id).containsKey(id);
        return cellen.get(id);
    }

    /** The explain list {@code /api/indicatoren/{id}/uitleg?<query>}. */
    List<JsonNode> uitleg(String id, String query) {
        JsonNode lijst = vraagOp("/api/indicatoren/" + id + "/uitleg?" + query, 200);
        assertThat(lijst.isArray()).as("een JSON-array: %s", lijst).isTrue();
        List<JsonNode> items = new ArrayList<>();
        lijst.forEach(items::add);
        return items;
    }

    String pseudoniem(String bsn) {
        return pseudonimiseerder.pseudoniem(bsn);
    }

    // ------------------------------------------------------------------ assertions

    /** A count, day sum, mean or amount: waarde equals {@code verwacht} (±1e-9), shown. */
    static void waarde(Map<String, JsonNode> cellen, String id, double verwacht) {
        JsonNode c = cel(cellen, id);
        assertThat(c.get("waarde")).as("waarde van %s", c).isNotNull();
        assertThat(c.get("waarde").isNumber()).as("waarde van %s is een getal", c).isTrue();
        assertThat(c.get("waarde").asDouble()).as("waarde van %s", c).isCloseTo(verwacht, within(MARGE));
        assertThat(c.get("onderdrukt").asBoolean()).as("onderdrukt van %s", c).isFalse();
    }

    /** A count or day sum: an integral JSON number. */
    static void aantal(Map<String, JsonNode> cellen, String id, long verwacht) {
        waarde(cellen, id, verwacht);
        assertThat(cellen.get(id).get("waarde").isIntegralNumber()).as("geheel getal: %s", cellen.get(id)).isTrue();
    }

    /** A share or mean with its denominator: waarde (±1e-9) and noemer. */
    static void aandeel(Map<String, JsonNode> cellen, String id, double verwacht, long noemer) {
        waarde(cellen, id, verwacht);
        assertThat(cellen.get(id).get("noemer").asLong()).as("noemer van %s", cellen.get(id)).isEqualTo(noemer);
        assertThat(cellen.get(id).get("noemer").isIntegralNumber()).isTrue();
    }

    /** A share whose denominator is 0: waarde null, noemer 0. */
    static void geenNoemer(Map<String, JsonNode> cellen, String id) {
        JsonNode c = cel(cellen, id);
        assertThat(c.get("waarde") == null || c.get("waarde").isNull()).as("waarde null: %s", c).isTrue();
        assertThat(c.get("noemer").asLong()).as("noemer van %s", c).isZero();
        assertThat(c.get("noemer").isNull()).as("noemer 0, niet null: %s", c).isFalse();
    }

    static void oordeel(Map<String, JsonNode> cellen, String id, String verwacht) {
        JsonNode c = cel(cellen, id);
        if (verwacht == null) {
            assertThat(c.get("oordeel") == null || c.get("oordeel").isNull()).as("geen oordeel: %s", c).isTrue();
        } else {
            assertThat(c.get("oordeel").asText()).as("oordeel van %s", c).isEqualTo(verwacht);
        }
    }

    /** The bijdragen of an explain list, sorted, as doubles. */
    static List<Double> bijdragen(List<JsonNode> items) {
        return items.stream().map(i -> i.get("bijdrage").asDouble()).sorted().toList();
    }

    private static void wis(Path map) {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> paden = Files.walk(map)) {
            for (Path p : paden.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("kan " + map + " niet wissen", e);
        }
    }
}
