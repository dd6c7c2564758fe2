package nl.twente.ijw.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page as text: numbers in Dutch, verdicts in words, definitions and the waiting list. */
class DashboardPaginaTest {

    private static final Definities DEFINITIES = new Definities(List.of(2024, 2025),
            List.of(new Definities.Definitie("V1", "Jongeren in verblijf", "Jongeren met minstens één dag verblijf.", "aantal",
                            "2027 ≤ 70% van 2024"),
                    new Definities.Definitie("V4", "Geen doorplaatsing", "Aandeel zonder overplaatsing.", "aandeel", "≥ 90%"),
                    new Definities.Definitie("V9", "Kosten per jongere", "Kosten verblijf gedeeld door V1.", "euro", "dalend"),
                    new Definities.Definitie("T1.verzoeken", "Verzoeken om toewijzing", "Geaccepteerde JW315-verzoeken.", "aantal", null),
                    new Definities.Definitie("T2.01", "Verwijzer 01", "Trajecten met verwijzer 01.", "aantal", null),
                    new Definities.Definitie("T2.onbekend", "Verwijzer onbekend", "Trajecten zonder bekende verwijzer.", "aantal", null),
                    new Definities.Definitie("T3", "Crises", "Crisistrajecten gestart in het jaar.", "aantal", null)),
            List.of(new Definities.Code("0153", "Enschede"), new Definities.Code("0141", "Almelo")),
            List.of(new Definities.Code("87654321", "Zorg <& Co>")),
            List.of("VERBLIJF", "AMBULANT"));

    private static Indicatorcel cel(String id, int jaar, Number waarde, Number noemer, String oordeel, boolean onderdrukt, Number doel) {
        return new Indicatorcel(id, jaar, null, null, null, null, waarde, noemer, 2024, 8, "x", oordeel, onderdrukt, doel);
    }

    private static String pagina(List<Wachtlijstregel> wachtlijst) {
        Map<Integer, Map<String, Indicatorcel>> perJaar = new LinkedHashMap<>();
        perJaar.put(2024, Map.of(
                "V1", cel("V1", 2024, 8, null, "no baseline", false, 8),
                "V4", cel("V4", 2024, null, null, null, true, 0.9)));
        perJaar.put(2025, Map.of(
                "V1", cel("V1", 2025, 1234, null, "off track", false, 7),
                "V4", cel("V4", 2025, 0.875, 8, "off track", false, 0.9),
                "V9", cel("V9", 2025, 1234.5, 8, null, false, null),
                "T1.verzoeken", cel("T1.verzoeken", 2025, 12, null, null, false, null),
                "T2.01", cel("T2.01", 2025, 9, null, null, false, null),
                "T2.onbekend", cel("T2.onbekend", 2025, 0, null, null, false, null),
                "T3", cel("T3", 2025, null, null, null, true, null)));
        return DashboardPagina.html(new DashboardPagina.Gegevens(DEFINITIES, new Selectie("0153", null, ""), 2025,
                LocalDate.parse("2026-03-15"), perJaar, wachtlijst, 5));
    }

    @Test
    void waardeVanHetGekozenJaarInHetNederlands() {
        String html = pagina(List.of());
        assertThat(html).contains("data-id=\"V1\" data-jaar=\"2025\" data-waarde=\"1234\" data-noemer=\"\" data-onderdrukt=\"false\">1.234</p>");
        assertThat(html).contains("data-id=\"V4\" data-jaar=\"2025\" data-waarde=\"0.875\" data-noemer=\"8\" data-onderdrukt=\"false\">87,5%</p>");
        assertThat(html).contains("data-waarde=\"1234.5\" data-noemer=\"8\" data-onderdrukt=\"false\">€ 1.234,50</p>");
        assertThat(html).contains("in 2025, berekend over 8");
    }

    @Test
    void onderdruktAlsKleinerDanVijfMetUitleg() {
        String html = pagina(List.of());
        assertThat(html).contains("data-id=\"T3\" data-jaar=\"2025\" data-waarde=\"\" data-noemer=\"\" data-onderdrukt=\"true\">&lt; 5</p>");
        assertThat(html).contains("Niet getoond: kleine aantallen");
        assertThat(html).contains("<strong>&lt; 5</strong>: minder dan 5 jeugdigen");
    }

    @Test
    void oordeelInWoordenEnKleur() {
        String html = pagina(List.of());
        assertThat(html).contains("<p class=\"oordeel slecht\" data-oordeel=\"off track\">✗ Niet op koers</p>");
        assertThat(html).contains("data-waarde=\"12\" data-noemer=\"\" data-onderdrukt=\"false\">12</p>\n<p class=\"toelichting\">in 2025</p>\n"
                + "<p class=\"oordeel neutraal\" data-oordeel=\"\">Geen streefwaarde: wordt gevolgd</p>");
        assertThat(html).contains("id=\"kaart-T1-verzoeken\"");
    }

    @Test
    void definitieEnStreefwaardeAchterEenKlik() {
        String html = pagina(List.of());
        assertThat(html).contains("<details class=\"definitie\"><summary>Definitie</summary><p>Jongeren met minstens één dag verblijf.</p>"
                + "<dl><dt>Streefwaarde</dt><dd>2027 ≤ 70% van 2024</dd><dt>Basisjaar</dt><dd>2024: 8</dd>"
                + "<dt>Streefwaarde 2025</dt><dd>7</dd>");
        assertThat(html).contains("<dd>geen: deze indicator wordt alleen gevolgd</dd>");
    }

    @Test
    void filtersTonenDeKeuzeEnDeNamenVeilig() {
        String html = pagina(List.of());
        assertThat(html).contains("<option value=\"0153\" selected>Enschede (0153)</option>");
        assertThat(html).contains("<option value=\"\" selected>Alle segmenten</option>");
        assertThat(html).contains("<option value=\"87654321\">Zorg &lt;&amp; Co&gt; (87654321)</option>");
        assertThat(html).contains("Gemeente Enschede (0153) · alle aanbieders · alle segmenten · jaar 2025 · peildatum 15 maart 2026");
        assertThat(html).doesNotContain("<& Co>");
    }

    @Test
    void wachtlijstPerAanbiederMetOnderdrukteCel() {
        String html = pagina(List.of(
                new Wachtlijstregel("87654321", "Zorg <& Co>", "VERBLIJF", "RESIDENTIEEL", 7, false),
                new Wachtlijstregel("87654321", "Zorg <& Co>", "AMBULANT", "SCREENING", null, true)));
        assertThat(html).contains("<tr data-aanbieder=\"87654321\" data-segment=\"VERBLIJF\"><th scope=\"row\">Zorg &lt;&amp; Co&gt; (87654321)</th>"
                + "<td>Verblijf</td><td>Residentieel</td><td class=\"getal\" data-aantal=\"7\">7</td></tr>");
        assertThat(html).contains("<td class=\"getal onderdrukt\" data-aantal=\"\">&lt; 5</td>");
        assertThat(html).contains("op 31 december 2025 nog niet zijn gestart");
    }

    @Test
    void verwijzersInEenTabel() {
        String html = pagina(List.of());
        assertThat(html).contains("<tr><th scope=\"row\">Gemeente <span class=\"code\">01</span></th><td class=\"getal\">"
                + "<p class=\"waarde\" data-id=\"T2.01\" data-jaar=\"2025\" data-waarde=\"9\" data-noemer=\"\" data-onderdrukt=\"false\">9</p></td></tr>");
        assertThat(html).contains("<tr><th scope=\"row\">Onbekend</th><td class=\"getal\">");
        assertThat(html).doesNotContain("id=\"kaart-T2-01\"");
    }

    @Test
    void legeWachtlijst() {
        assertThat(pagina(List.of())).contains("<p class=\"melding\" id=\"wachtlijst-leeg\">Niemand wacht langer dan de norm.</p>");
    }
}
