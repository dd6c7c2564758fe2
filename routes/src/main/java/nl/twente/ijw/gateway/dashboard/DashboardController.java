package nl.twente.ijw.gateway.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /dashboard[?jaar=2025][&gemeente=..][&aanbieder=..][&segment=..][&peildatum=..]}: the
 * indicators as an HTML page for policy officers. The numbers come from {@link IndicatorBron},
 * the service behind {@code /api/indicatoren}; a filter value the data does not know is a 400.
 */
@Controller
@ConditionalOnWebApplication
public class DashboardController {

    private final IndicatorBron bron;
    private final int minCelgrootte;
    /** Pages built, by the state of the data and the request: the same page again is served as built. */
    private final Map<Pagina, String> paginas = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Pagina, String> oudste) {
            return size() > 64;
        }
    };

    /** The state token is compared by identity (Object.equals of the data it stands for). */
    private record Pagina(Object stand, String jaar, String gemeente, String aanbieder, String segment, LocalDate datum) {
    }

    public DashboardController(IndicatorBron bron, @Value("${ijw.indicatoren.min-cell-size:5}") int minCelgrootte) {
        this.bron = bron;
        this.minCelgrootte = minCelgrootte;
    }

    @GetMapping("/dashboard")
    public ResponseEntity<?> dashboard(@RequestParam(required = false) String jaar,
                                       @RequestParam(required = false) String gemeente,
                                       @RequestParam(required = false) String aanbieder,
                                       @RequestParam(required = false) String segment,
                                       @RequestParam(required = false) String peildatum,
                                       HttpServletRequest request) {
        LocalDate datum;
        try {
            datum = peildatum == null || peildatum.isBlank() ? bron.vandaag() : LocalDate.parse(peildatum.trim());
        } catch (DateTimeParseException e) {
            return fout("peildatum moet een datum zijn als 2025-12-31, niet '" + peildatum + "'.");
        }
        Object stand = bron.stand(datum);
        Pagina sleutel = stand == null ? null : new Pagina(stand, jaar, gemeente, aanbieder, segment, datum);
        String bewaard;
        synchronized (paginas) {
            bewaard = sleutel == null ? null : paginas.get(sleutel);
        }
        if (bewaard != null) {
            return html(DashboardPagina.metAfmelden(bewaard, afmelden(request)));
        }
        Definities definities = bron.definities(datum);
        Selectie selectie = new Selectie(gemeente, aanbieder, segment);
        // A well-formed code without data is no error: the page then shows zeros for it.
        if (selectie.gemeente() != null && !selectie.gemeente().matches("\\d{4}")) {
            return fout("gemeente moet een gemeentecode van vier cijfers zijn, niet '" + selectie.gemeente() + "'.");
        }
        if (selectie.aanbieder() != null && !selectie.aanbieder().matches("\\d{8}")) {
            return fout("aanbieder moet een AGB-code van acht cijfers zijn, niet '" + selectie.aanbieder() + "'.");
        }
        if (selectie.segment() != null && !definities.segmenten().contains(selectie.segment())) {
            return fout("segment '" + selectie.segment() + "' is onbekend; kies uit " + definities.segmenten() + ".");
        }
        int gekozenJaar;
        if (jaar == null || jaar.isBlank()) {
            gekozenJaar = standaardJaar(definities.jaren(), datum);
        } else if (jaar.trim().matches("\\d{4}")) {
            gekozenJaar = Integer.parseInt(jaar.trim());
        } else {
            return fout("jaar moet een jaartal zijn als 2025, niet '" + jaar + "'.");
        }

        TreeSet<Integer> jaren = new TreeSet<>(definities.jaren());
        jaren.add(gekozenJaar);
        Map<Integer, Map<String, Indicatorcel>> perJaar = new LinkedHashMap<>();
        bron.cellen(selectie, jaren, datum).forEach((j, lijst) -> {
            Map<String, Indicatorcel> cellen = new HashMap<>();
            for (Indicatorcel c : lijst) {
                cellen.put(c.id(), c);
            }
            perJaar.put(j, cellen);
        });
        LocalDate eindeJaar = LocalDate.of(gekozenJaar, 12, 31);
        List<Wachtlijstregel> wachtlijst = bron.wachtlijst(datum.isBefore(eindeJaar) ? datum : eindeJaar, selectie.gemeente());
        String html = DashboardPagina.zonderAfmelden(new DashboardPagina.Gegevens(definities, selectie, gekozenJaar, datum, perJaar,
                wachtlijst, minCelgrootte));
        if (sleutel != null) {
            synchronized (paginas) {
                paginas.put(sleutel, html);
            }
        }
        return html(DashboardPagina.metAfmelden(html, afmelden(request)));
    }

    private static ResponseEntity<?> html(String html) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }

    /** A person signed in (not a script with an API key) gets the sign-out button. */
    private static DashboardPagina.Afmelden afmelden(HttpServletRequest request) {
        if (request.getHeader("X-Api-Key") != null || request.getUserPrincipal() == null
                || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return null;
        }
        return new DashboardPagina.Afmelden(request.getUserPrincipal().getName(), token.getParameterName(), token.getToken());
    }

    /** The latest year with data up to the reference date's year; else the reference date's year. */
    static int standaardJaar(List<Integer> jaren, LocalDate peildatum) {
        return jaren.stream().filter(j -> j <= peildatum.getYear()).max(Integer::compare).orElse(peildatum.getYear());
    }

    private static ResponseEntity<?> fout(String detail) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Foutrapport.probleem(HttpStatus.BAD_REQUEST, "ongeldige-vraag", "Ongeldige vraag", detail));
    }
}
