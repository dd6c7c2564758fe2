package nl.twente.ijw.gateway.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the dashboard page: the filter form, per indicator a card (value of the chosen year,
 * verdict, chart by year with the target line, definition behind a disclosure) grouped as the
 * region's goal trees (Verblijf, Ambulant, Toegang), and the waiting list per provider. Plain
 * HTML and inline SVG, no script: it prints, and reads with a screen reader.
 */
public final class DashboardPagina {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** Everything one page shows; {@code perJaar} holds the cells of each year by indicator id. */
    public record Gegevens(Definities definities, Selectie selectie, int jaar, LocalDate peildatum,
                           Map<Integer, Map<String, Indicatorcel>> perJaar, List<Wachtlijstregel> wachtlijst,
                           int minCelgrootte) {
    }

    /** The signed-in person and the CSRF token for the sign-out button (issue 12); none for an API key. */
    public record Afmelden(String naam, String csrfParameter, String csrfToken) {
    }

    private DashboardPagina() {
    }

    public static String html(Gegevens g) {
        return html(g, null);
    }

    public static String html(Gegevens g, Afmelden afmelden) {
        return metAfmelden(zonderAfmelden(g), afmelden);
    }

    /** Where the signed-in person's name and sign-out button go; the rest of the page is the same for everyone. */
    private static final String AFMELDEN_PLEK = "<!--afmelden-->";

    /** The shared page with this person's name and sign-out form (with its own CSRF token) filled in. */
    public static String metAfmelden(String pagina, Afmelden afmelden) {
        String formulier = afmelden == null ? ""
                : "<form class=\"afmelden\" method=\"post\" action=\"/logout\"><span id=\"wie\">Ingelogd als <strong>"
                        + Html.tekst(afmelden.naam()) + "</strong></span><input type=\"hidden\" name=\""
                        + Html.tekst(afmelden.csrfParameter()) + "\" value=\"" + Html.tekst(afmelden.csrfToken())
                        + "\"><button type=\"submit\" id=\"afmelden\">Afmelden</button></form>";
        return pagina.replace(AFMELDEN_PLEK, formulier);
    }

    /** The page without the signed-in person: the part that may be cached and shared between people. */
    public static String zonderAfmelden(Gegevens g) {
        StringBuilder s = new StringBuilder(64 * 1024);
        s.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Jeugdhulp Twente – regionale indicatoren</title>\n<style>").append(STIJL).append("</style>\n</head>\n<body>\n");
        s.append("<header class=\"kop\"><div class=\"binnen\"><p class=\"regio\">Jeugdhulp regio Twente</p>")
                .append("<h1>Regionale indicatoren</h1><p class=\"context\" id=\"context\">")
                .append(Html.tekst(context(g))).append("</p>");
        s.append(AFMELDEN_PLEK);
        s.append("</div></header>\n<main class=\"binnen\">\n");
        filters(s, g);
        s.append("<nav class=\"inhoud\" aria-label=\"Onderdelen\">");
        for (String groep : groepen(g.definities()).keySet()) {
            s.append("<a href=\"#groep-").append(anker(groep)).append("\">").append(Html.tekst(groep)).append("</a>");
        }
        s.append("<a href=\"#groep-wachtlijst\">Wachtlijst</a></nav>\n");
        if (g.definities().jaren().isEmpty()) {
            s.append("<p class=\"melding\">Er zijn nog geen gegevens: zodra de gateway berichten heeft ontvangen, verschijnen hier de indicatoren.</p>\n");
        }
        for (Map.Entry<String, List<Definities.Definitie>> groep : groepen(g.definities()).entrySet()) {
            s.append("<section class=\"groep\" aria-labelledby=\"groep-").append(anker(groep.getKey())).append("\">\n<h2 id=\"groep-")
                    .append(anker(groep.getKey())).append("\">").append(Html.tekst(groep.getKey())).append("</h2>\n<div class=\"kaarten\">\n");
            List<Definities.Definitie> verwijzers = groep.getValue().stream().filter(d -> d.id().startsWith("T2.")).toList();
            for (Definities.Definitie d : groep.getValue()) {
                if (!d.id().startsWith("T2.")) {
                    kaart(s, g, d);
                } else if (d == verwijzers.get(0)) {
                    verwijzerkaart(s, g, verwijzers);
                }
            }
            s.append("</div>\n</section>\n");
        }
        wachtlijst(s, g);
        s.append("<footer class=\"voet\"><p><strong>").append(Html.tekst(Getallen.onderdrukt(g.minCelgrootte())))
                .append("</strong>: minder dan ").append(g.minCelgrootte())
                .append(" jeugdigen (maar minstens één). Om te voorkomen dat iemand herkenbaar wordt, tonen we het precieze aantal dan niet.")
                .append(" <strong>").append(Getallen.GEEN).append("</strong>: geen waarde (bijvoorbeeld een aandeel van nul trajecten).</p>")
                .append("<p>Dezelfde cijfers staan in <code>/api/indicatoren</code> en komen uit de opdracht <code>indicators</code>.</p></footer>\n");
        s.append("</main>\n</body>\n</html>\n");
        return s.toString();
    }

    /** The page's stylesheet, for the other pages for people (the login) to look the same. */
    public static String stijl() {
        return STIJL;
    }

    private static String context(Gegevens g) {
        Selectie sel = g.selectie();
        List<String> delen = new ArrayList<>();
        delen.add(sel.gemeente() == null ? "Hele regio" : "Gemeente " + naam(g.definities().gemeenten(), sel.gemeente()));
        delen.add(sel.aanbieder() == null ? "alle aanbieders" : "aanbieder " + naam(g.definities().aanbieders(), sel.aanbieder()));
        delen.add(sel.segment() == null ? "alle segmenten" : "segment " + Segmenten.label(sel.segment()));
        delen.add("jaar " + g.jaar());
        delen.add("peildatum " + DATUM.format(g.peildatum()));
        return String.join(" · ", delen);
    }

    private static String naam(List<Definities.Code> codes, String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.naam() == null || c.naam().isBlank() ? code : c.naam() + " (" + code + ")").orElse(code);
    }

    private static void filters(StringBuilder s, Gegevens g) {
        s.append("<form class=\"filters\" method=\"get\" action=\"/dashboard\" aria-label=\"Filters\">\n");
        List<String[]> jaren = new ArrayList<>();
        List<Integer> alleJaren = new ArrayList<>(g.definities().jaren());
        if (!alleJaren.contains(g.jaar())) {
            alleJaren.add(g.jaar());
        }
        alleJaren.sort(null);
        for (int j : alleJaren) {
            jaren.add(new String[] {Integer.toString(j), Integer.toString(j)});
        }
        keuze(s, "jaar", "Jaar", null, jaren, Integer.toString(g.jaar()));
        keuze(s, "gemeente", "Gemeente", "Alle gemeenten", codes(g.definities().gemeenten()), g.selectie().gemeente());
        keuze(s, "aanbieder", "Aanbieder", "Alle aanbieders", codes(g.definities().aanbieders()), g.selectie().aanbieder());
        List<String[]> segmenten = new ArrayList<>();
        for (String seg : g.definities().segmenten()) {
            segmenten.add(new String[] {seg, Segmenten.label(seg)});
        }
        keuze(s, "segment", "Segment", "Alle segmenten", segmenten, g.selectie().segment());
        s.append("<div class=\"veld\"><label for=\"peildatum\">Peildatum</label><input type=\"date\" id=\"peildatum\" name=\"peildatum\" value=\"")
                .append(g.peildatum()).append("\"></div>\n");
        s.append("<div class=\"knoppen\"><button type=\"submit\" id=\"toon\">Toon</button><a href=\"/dashboard\">Wis filters</a></div>\n</form>\n");
    }

    private static List<String[]> codes(List<Definities.Code> codes) {
        List<String[]> opties = new ArrayList<>();
        for (Definities.Code c : codes) {
            String label = c.naam() == null || c.naam().isBlank() ? c.code() : c.naam() + " (" + c.code() + ")";
            opties.add(new String[] {c.code(), label});
        }
        return opties;
    }

    private static void keuze(StringBuilder s, String naam, String label, String alles, List<String[]> opties, String gekozen) {
        if (gekozen != null && opties.stream().noneMatch(o -> o[0].equals(gekozen))) {
            // A code without data in this period stays visible as the choice.
            opties = new ArrayList<>(opties);
            opties.add(new String[] {gekozen, gekozen});
        }
        s.append("<div class=\"veld\"><label for=\"").append(naam).append("\">").append(label).append("</label><select id=\"")
                .append(naam).append("\" name=\"").append(naam).append("\">");
        if (alles != null) {
            s.append("<option value=\"\"").append(gekozen == null ? " selected" : "").append(">").append(alles).append("</option>");
        }
        for (String[] o : opties) {
            s.append("<option value=\"").append(Html.tekst(o[0])).append("\"").append(o[0].equals(gekozen) ? " selected" : "")
                    .append(">").append(Html.tekst(o[1])).append("</option>");
        }
        s.append("</select></div>\n");
    }

    /** Indicators grouped as the region's goal trees, in the order the definitions list them. */
    static Map<String, List<Definities.Definitie>> groepen(Definities definities) {
        Map<String, List<Definities.Definitie>> groepen = new LinkedHashMap<>();
        groepen.put("Verblijf", new ArrayList<>());
        groepen.put("Ambulant", new ArrayList<>());
        groepen.put("Toegang", new ArrayList<>());
        for (Definities.Definitie d : definities.indicatoren()) {
            String groep = switch (d.id().charAt(0)) {
                case 'V' -> "Verblijf";
                case 'A' -> "Ambulant";
                case 'T' -> "Toegang";
                default -> "Overig";
            };
            groepen.computeIfAbsent(groep, k -> new ArrayList<>()).add(d);
        }
        groepen.values().removeIf(List::isEmpty);
        return groepen;
    }

    private static void kaart(StringBuilder s, Gegevens g, Definities.Definitie d) {
        Indicatorcel cel = g.perJaar().getOrDefault(g.jaar(), Map.of()).get(d.id());
        String eenheid = d.eenheid();
        s.append("<article class=\"kaart\" id=\"kaart-").append(anker(d.id())).append("\" data-id=\"").append(Html.tekst(d.id()))
                .append("\" aria-labelledby=\"titel-").append(anker(d.id())).append("\">\n");
        s.append("<h3 id=\"titel-").append(anker(d.id())).append("\">").append(Html.tekst(d.naam()))
                .append(" <span class=\"code\">").append(Html.tekst(d.id())).append("</span></h3>\n");

        waarde(s, g, d, cel);
        s.append('\n');
        s.append("<p class=\"toelichting\">").append(Html.tekst(toelichting(d, cel, g.jaar()))).append("</p>\n");
        oordeel(s, d, cel);

        List<Grafiek.Punt> punten = new ArrayList<>();
        List<Integer> jaren = new ArrayList<>(g.perJaar().keySet());
        jaren.sort(null);
        for (int jaar : jaren) {
            Indicatorcel c = g.perJaar().get(jaar).get(d.id());
            punten.add(c == null ? new Grafiek.Punt(jaar, null, false, null)
                    : new Grafiek.Punt(jaar, c.waarde(), c.onderdrukt(), c.doel()));
        }
        if (!punten.isEmpty()) {
            s.append("<figure class=\"figuur\">").append(Grafiek.svg(d.id(), d.naam() + " per jaar", punten, eenheid, g.jaar(), g.minCelgrootte()));
            if (punten.stream().anyMatch(p -> p.doel() != null)) {
                s.append("<figcaption><span class=\"legenda-balk\" aria-hidden=\"true\"></span> waarde per jaar ")
                        .append("<span class=\"legenda-doel\" aria-hidden=\"true\"></span> streefwaarde</figcaption>");
            }
            s.append("</figure>\n");
        }
        s.append("<details class=\"definitie\"><summary>Definitie</summary><p>").append(Html.tekst(d.definitie())).append("</p><dl>");
        s.append("<dt>Streefwaarde</dt><dd>").append(d.streefwaarde() == null ? "geen: deze indicator wordt alleen gevolgd"
                : Html.tekst(d.streefwaarde())).append("</dd>");
        if (cel != null && cel.basisjaar() != null) {
            s.append("<dt>Basisjaar</dt><dd>").append(cel.basisjaar()).append(": ")
                    .append(Html.tekst(cel.basiswaarde() == null ? "geen gegevens" : Getallen.waarde(cel.basiswaarde(), eenheid))).append("</dd>");
        }
        if (cel != null && cel.doel() != null) {
            s.append("<dt>Streefwaarde ").append(g.jaar()).append("</dt><dd>").append(Html.tekst(Getallen.waarde(cel.doel(), eenheid))).append("</dd>");
        }
        s.append("<dt>Eenheid</dt><dd>").append(Html.tekst(eenheidTekst(eenheid))).append("</dd></dl></details>\n");
        s.append("</article>\n");
    }

    /** COD327 Verwijzer Type in words (STANDARD.md; there is no 07). */
    private static final Map<String, String> VERWIJZERS = Map.of(
            "01", "Gemeente",
            "02", "Huisarts",
            "03", "Jeugdarts",
            "04", "Gecertificeerde instelling",
            "05", "Medisch specialist",
            "06", "Zelf of geen verwijzer",
            "08", "Rechter, OM of justitiële jeugdinrichting",
            "onbekend", "Onbekend");

    /** T2 (referrer mix) as one card with a table: one row per referrer type instead of eight cards. */
    private static void verwijzerkaart(StringBuilder s, Gegevens g, List<Definities.Definitie> verwijzers) {
        s.append("<article class=\"kaart\" id=\"kaart-T2\" aria-labelledby=\"titel-T2\">\n<h3 id=\"titel-T2\">Verwijzers")
                .append(" <span class=\"code\">T2</span></h3>\n<p class=\"toelichting\">Trajecten gestart in ").append(g.jaar())
                .append(", naar wie de jeugdige verwees</p>\n<table class=\"verwijzers\"><thead><tr><th scope=\"col\">Verwijzer</th>")
                .append("<th scope=\"col\" class=\"getal\">Trajecten</th></tr></thead><tbody>\n");
        for (Definities.Definitie d : verwijzers) {
            Indicatorcel cel = g.perJaar().getOrDefault(g.jaar(), Map.of()).get(d.id());
            String code = d.id().substring(3);
            s.append("<tr><th scope=\"row\">").append(Html.tekst(VERWIJZERS.getOrDefault(code, d.naam())))
                    .append(VERWIJZERS.containsKey(code) && !code.equals("onbekend") ? " <span class=\"code\">" + code + "</span>" : "")
                    .append("</th><td class=\"getal\">");
            waarde(s, g, d, cel);
            s.append("</td></tr>\n");
        }
        Definities.Definitie eerste = verwijzers.get(0);
        s.append("</tbody></table>\n<details class=\"definitie\"><summary>Definitie</summary><p>")
                .append("Aantal trajecten dat in het jaar begon, naar het type verwijzer (COD327) van het verzoek dat de toewijzing honoreert;")
                .append(" een toewijzing zonder verzoek telt als verwezen door de gemeente.</p><dl><dt>Streefwaarde</dt><dd>")
                .append(eerste.streefwaarde() == null ? "geen: deze indicator wordt alleen gevolgd" : Html.tekst(eerste.streefwaarde()))
                .append("</dd></dl></details>\n</article>\n");
    }

    /**
     * The value of the chosen year as shown, with the exact API value in data attributes (what the
     * tests compare with the API and the command line).
     */
    private static void waarde(StringBuilder s, Gegevens g, Definities.Definitie d, Indicatorcel cel) {
        String tekst;
        if (cel == null) {
            tekst = Getallen.GEEN;
        } else if (cel.onderdrukt()) {
            tekst = Getallen.onderdrukt(g.minCelgrootte());
        } else {
            tekst = Getallen.waarde(cel.waarde(), d.eenheid());
        }
        s.append("<p class=\"waarde").append(cel != null && cel.onderdrukt() ? " onderdrukt" : "").append("\" data-id=\"")
                .append(Html.tekst(d.id())).append("\" data-jaar=\"").append(g.jaar()).append("\" data-waarde=\"")
                .append(cel == null ? "" : Html.tekst(Getallen.exact(cel.waarde()))).append("\" data-noemer=\"")
                .append(cel == null ? "" : Html.tekst(Getallen.exact(cel.noemer()))).append("\" data-onderdrukt=\"")
                .append(cel != null && cel.onderdrukt()).append("\">").append(Html.tekst(tekst)).append("</p>");
    }

    private static String toelichting(Definities.Definitie d, Indicatorcel cel, int jaar) {
        String tekst = "in " + jaar;
        if (cel == null || cel.onderdrukt()) {
            return tekst;
        }
        if (cel.noemer() != null) {
            tekst += ", berekend over " + Getallen.aantal(cel.noemer());
        }
        if (cel.doel() != null) {
            tekst += " · streefwaarde " + Getallen.waarde(cel.doel(), d.eenheid());
        }
        return tekst;
    }

    private static void oordeel(StringBuilder s, Definities.Definitie d, Indicatorcel cel) {
        String klasse;
        String tekst;
        if (cel != null && cel.onderdrukt()) {
            klasse = "grijs";
            tekst = "Niet getoond: kleine aantallen";
        } else if (cel == null || cel.oordeel() == null) {
            klasse = "neutraal";
            tekst = d.streefwaarde() == null ? "Geen streefwaarde: wordt gevolgd"
                    : cel != null && cel.waarde() == null ? "Geen oordeel: niets te meten" : "Geen oordeel";
        } else {
            switch (cel.oordeel()) {
                case "on track" -> {
                    klasse = "goed";
                    tekst = "✓ Op koers";
                }
                case "off track" -> {
                    klasse = "slecht";
                    tekst = "✗ Niet op koers";
                }
                case "no baseline" -> {
                    klasse = "grijs";
                    tekst = "Geen basiswaarde";
                }
                default -> {
                    klasse = "neutraal";
                    tekst = cel.oordeel();
                }
            }
        }
        s.append("<p class=\"oordeel ").append(klasse).append("\" data-oordeel=\"").append(Html.tekst(cel == null ? "" : Objects.toString(cel.oordeel(), "")))
                .append("\">").append(Html.tekst(tekst)).append("</p>\n");
    }

    private static String eenheidTekst(String eenheid) {
        return switch (eenheid == null ? "" : eenheid) {
            case "aandeel" -> "aandeel (percentage)";
            case "dagen" -> "dagen";
            case "euro" -> "euro";
            default -> "aantal";
        };
    }

    private static void wachtlijst(StringBuilder s, Gegevens g) {
        Selectie sel = g.selectie();
        List<Wachtlijstregel> regels = g.wachtlijst().stream()
                .filter(r -> sel.aanbieder() == null || sel.aanbieder().equals(r.aanbieder()))
                .filter(r -> sel.segment() == null || sel.segment().equals(r.segment()))
                .toList();
        s.append("<section class=\"groep\" aria-labelledby=\"groep-wachtlijst\">\n<h2 id=\"groep-wachtlijst\">Wachtlijst per aanbieder (V7)</h2>\n");
        s.append("<p class=\"uitleg\">Jeugdigen met een toewijzing die op ").append(DATUM.format(wachtlijstDatum(g)))
                .append(" nog niet zijn gestart en al langer wachten dan de norm van hun segment")
                .append(" (screening 28 dagen, dyslexie 42, behandeling 98, begeleiding 14, verblijf 42).</p>\n");
        if (regels.isEmpty()) {
            s.append("<p class=\"melding\" id=\"wachtlijst-leeg\">Niemand wacht langer dan de norm.</p>\n</section>\n");
            return;
        }
        s.append("<table class=\"wachtlijst\" id=\"wachtlijst\"><thead><tr><th scope=\"col\">Aanbieder</th><th scope=\"col\">Segment</th>")
                .append("<th scope=\"col\">Subsegment</th><th scope=\"col\" class=\"getal\">Wachtenden boven de norm</th></tr></thead><tbody>\n");
        for (Wachtlijstregel r : regels) {
            String naam = r.aanbiederNaam() == null || r.aanbiederNaam().isBlank() ? r.aanbieder() : r.aanbiederNaam() + " (" + r.aanbieder() + ")";
            s.append("<tr data-aanbieder=\"").append(Html.tekst(r.aanbieder())).append("\" data-segment=\"").append(Html.tekst(r.segment()))
                    .append("\"><th scope=\"row\">").append(Html.tekst(naam)).append("</th><td>").append(Html.tekst(Segmenten.label(r.segment())))
                    .append("</td><td>").append(Html.tekst(Segmenten.subsegment(r.subsegment()))).append("</td><td class=\"getal").append(r.onderdrukt() ? " onderdrukt" : "")
                    .append("\" data-aantal=\"").append(r.aantal() == null ? "" : r.aantal()).append("\">")
                    .append(Html.tekst(r.onderdrukt() ? Getallen.onderdrukt(g.minCelgrootte()) : Getallen.waarde(r.aantal(), "aantal")))
                    .append("</td></tr>\n");
        }
        s.append("</tbody></table>\n</section>\n");
    }

    /** V7's reference date R = min(peildatum, 31-12 of the chosen year). */
    static LocalDate wachtlijstDatum(Gegevens g) {
        LocalDate eindeJaar = LocalDate.of(g.jaar(), 12, 31);
        return g.peildatum().isBefore(eindeJaar) ? g.peildatum() : eindeJaar;
    }

    private static String anker(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static final String STIJL = """
            :root{--tekst:#1f2933;--zacht:#52606d;--lijn:#d9e2ec;--achter:#f5f7fa;--blauw:#1d5fa3;--blauwlicht:#9fbfe0;\
            --goed:#17683a;--goedbg:#e3f4e8;--slecht:#a3201d;--slechtbg:#fbe6e5;--grijsbg:#eceff3;--doel:#c2571a}
            *{box-sizing:border-box}
            body{margin:0;font-family:"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;color:var(--tekst);\
            background:var(--achter);line-height:1.45;font-size:16px}
            .binnen{max-width:1240px;margin:0 auto;padding:0 24px}
            .kop{background:#10375c;color:#fff;padding:20px 0 18px}
            .kop h1{margin:0;font-size:1.75rem;font-weight:600}
            .kop .regio{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;opacity:.8}
            .kop .context{margin:6px 0 0;opacity:.92}
            .kop .binnen{position:relative}
            .afmelden{position:absolute;top:0;right:24px;display:flex;gap:12px;align-items:center;font-size:.9rem}
            .afmelden button{background:#fff;color:#10375c;padding:5px 14px}
            .filters{display:flex;flex-wrap:wrap;gap:12px 18px;align-items:flex-end;background:#fff;border:1px solid var(--lijn);\
            border-radius:8px;padding:14px 18px;margin:20px 0 8px}
            .veld{display:flex;flex-direction:column;gap:4px}
            .veld label{font-size:.85rem;font-weight:600;color:var(--zacht)}
            select,input{font:inherit;padding:6px 8px;border:1px solid #9aa5b1;border-radius:6px;background:#fff;min-width:9rem}
            .knoppen{display:flex;gap:14px;align-items:center}
            button{font:inherit;font-weight:600;background:var(--blauw);color:#fff;border:0;border-radius:6px;padding:7px 18px;cursor:pointer}
            button:focus,select:focus,input:focus,summary:focus,a:focus{outline:3px solid #f0b429;outline-offset:2px}
            a{color:var(--blauw)}
            .inhoud{display:flex;gap:18px;margin:6px 0 0;font-weight:600}
            .groep h2{font-size:1.3rem;margin:28px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--lijn)}
            .kaarten{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:16px}
            .kaart{background:#fff;border:1px solid var(--lijn);border-radius:8px;padding:14px 16px 10px;display:flex;flex-direction:column}
            .kaart h3{margin:0 0 6px;font-size:1.02rem;font-weight:600;display:flex;justify-content:space-between;gap:8px}
            .code{font-size:.75rem;font-weight:600;color:var(--zacht);background:var(--grijsbg);border-radius:4px;padding:2px 6px;\
            align-self:flex-start;white-space:nowrap}
            .waarde{font-size:2rem;font-weight:700;margin:0;white-space:nowrap;font-variant-numeric:tabular-nums}
            .waarde.onderdrukt{color:var(--zacht)}
            .toelichting{margin:0 0 6px;color:var(--zacht);font-size:.9rem}
            .oordeel{display:inline-block;align-self:flex-start;margin:0 0 8px;padding:2px 10px;border-radius:999px;font-size:.85rem;font-weight:600}
            .oordeel.goed{background:var(--goedbg);color:var(--goed)}
            .oordeel.slecht{background:var(--slechtbg);color:var(--slecht)}
            .oordeel.grijs,.oordeel.neutraal{background:var(--grijsbg);color:var(--zacht)}
            .figuur{margin:0}
            .grafiek{width:100%;height:auto;max-width:360px}
            .grafiek .raster{stroke:#e4e7eb;stroke-width:1}
            .grafiek .basislijn{stroke:#7b8794;stroke-width:1}
            .grafiek .as{font-size:11px;fill:#52606d}
            .grafiek .label{font-size:11px;font-weight:600;fill:#1f2933;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
            .grafiek .label.onderdrukt,.grafiek .label.leeg{fill:#7b8794;font-style:italic;font-weight:400}
            .grafiek .balk{fill:var(--blauwlicht)}
            .grafiek .balk.gekozen{fill:var(--blauw)}
            .grafiek .doel{fill:none;stroke:var(--doel);stroke-width:2;stroke-dasharray:6 4}
            figcaption{font-size:.8rem;color:var(--zacht);display:flex;align-items:center;gap:6px;flex-wrap:wrap}
            .legenda-balk{display:inline-block;width:12px;height:12px;background:var(--blauw);border-radius:2px}
            .legenda-doel{display:inline-block;width:22px;border-top:2px dashed var(--doel);margin-left:10px}
            .definitie{margin-top:auto;padding-top:6px;border-top:1px solid var(--lijn);font-size:.9rem}
            .definitie summary{cursor:pointer;color:var(--blauw);font-weight:600;padding:4px 0}
            .definitie dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}
            .definitie dt{font-weight:600;color:var(--zacht)}
            .definitie dd{margin:0}
            .uitleg{color:var(--zacht);max-width:70ch}
            table.wachtlijst{border-collapse:collapse;background:#fff;border:1px solid var(--lijn);min-width:60%}
            .wachtlijst th,.wachtlijst td{padding:7px 14px;border-bottom:1px solid var(--lijn);text-align:left}
            .wachtlijst thead th{background:var(--grijsbg);font-size:.85rem;color:var(--zacht)}
            .wachtlijst tbody th{font-weight:500}
            .wachtlijst .getal{text-align:right;font-variant-numeric:tabular-nums}
            table.verwijzers{border-collapse:collapse;width:100%;margin:4px 0 10px}
            .verwijzers th,.verwijzers td{padding:5px 4px;border-bottom:1px solid var(--lijn);text-align:left;font-weight:400}
            .verwijzers thead th{font-size:.8rem;color:var(--zacht);font-weight:600}
            .verwijzers .getal{text-align:right}
            .verwijzers .waarde{font-size:1rem;font-weight:600}
            .onderdrukt{color:var(--zacht)}
            .melding{background:#fff;border-left:4px solid var(--blauw);padding:10px 14px}
            .voet{margin:32px 0;padding-top:12px;border-top:1px solid var(--lijn);color:var(--zacht);font-size:.85rem}
            @media print{.filters,.afmelden{display:none}.kop{background:none;color:#000}.kaart{break-inside:avoid}}
            """;
}
