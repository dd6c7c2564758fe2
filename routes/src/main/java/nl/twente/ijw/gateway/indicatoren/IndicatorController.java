package nl.twente.ijw.gateway.indicatoren;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicator API (indicator contract): {@code GET /api/indicatoren} (JSON, or CSV for
 * {@code Accept: text/csv}), {@code /api/indicatoren/{id}/uitleg}, {@code /api/indicatoren/definities},
 * {@code /api/indicatoren/wachtlijst}. Bad parameters get 400, an unknown id in the path 404,
 * both as problem details.
 */
@RestController
@ConditionalOnWebApplication
public class IndicatorController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final Indicatoren indicatoren;
    private final ObjectMapper json;

    public IndicatorController(Indicatoren indicatoren, ObjectMapper json) {
        this.indicatoren = indicatoren;
        this.json = json;
    }

    @GetMapping("/api/indicatoren")
    public ResponseEntity<?> cellen(@RequestParam(required = false) String jaar,
                                    @RequestParam(required = false) String gemeente,
                                    @RequestParam(required = false) String aanbieder,
                                    @RequestParam(required = false) String segment,
                                    @RequestParam(required = false) String subsegment,
                                    @RequestParam(required = false) String peildatum,
                                    @RequestParam(required = false) String id,
                                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException {
        Vraag v = Vraag.lees(jaar, gemeente, aanbieder, segment, subsegment, peildatum, indicatoren.vandaag());
        if (id != null && !Indicatoren.bestaat(id)) {
            throw new Vraag.OngeldigeVraag("Er is geen indicator met id '" + id + "'.");
        }
        List<Cel> cellen = indicatoren.cellen(v.jaar(), v.filter(), v.peildatum(), id);
        if (accept != null && accept.contains("text/csv")) {
            StringWriter uit = new StringWriter();
            IndicatorCsv.schrijf(cellen, uit);
            return ResponseEntity.ok().contentType(CSV).body(uit.toString());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(cellen);
    }

    @GetMapping("/api/indicatoren/{id}/uitleg")
    public ResponseEntity<?> uitleg(@PathVariable String id,
                                    @RequestParam(required = false) String jaar,
                                    @RequestParam(required = false) String gemeente,
                                    @RequestParam(required = false) String aanbieder,
                                    @RequestParam(required = false) String segment,
                                    @RequestParam(required = false) String subsegment,
                                    @RequestParam(required = false) String peildatum) {
        if (!Indicatoren.bestaat(id)) {
            return probleem(HttpStatus.NOT_FOUND, "onbekende-indicator", "Onbekende indicator",
                    "Er is geen indicator met id '" + id + "'; zie /api/indicatoren/definities.");
        }
        Vraag v = Vraag.lees(jaar, gemeente, aanbieder, segment, subsegment, peildatum, indicatoren.vandaag());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(indicatoren.uitleg(id, v.jaar(), v.filter(), v.peildatum()));
    }

    @GetMapping("/api/indicatoren/definities")
    public ResponseEntity<?> definities(@RequestParam(required = false) String peildatum) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(indicatoren.definities(Vraag.peildatum(peildatum, indicatoren.vandaag())));
    }

    @GetMapping("/api/indicatoren/wachtlijst")
    public ResponseEntity<?> wachtlijst(@RequestParam(required = false) String peildatum,
                                        @RequestParam(required = false) String gemeente) {
        Filter f = Vraag.filter(gemeente, null, null, null);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(indicatoren.wachtlijst(Vraag.peildatum(peildatum, indicatoren.vandaag()), f.gemeente()));
    }

    @ExceptionHandler(Vraag.OngeldigeVraag.class)
    ResponseEntity<String> ongeldig(Vraag.OngeldigeVraag e) {
        return probleem(HttpStatus.BAD_REQUEST, "ongeldige-vraag", "Ongeldige vraag", e.getMessage());
    }

    /** Written out here, so that the answer is problem+json whatever the client accepts (also text/csv). */
    private ResponseEntity<String> probleem(HttpStatus status, String soort, String titel, String detail) {
        try {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(json.writeValueAsString(Foutrapport.probleem(status, soort, titel, detail)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
