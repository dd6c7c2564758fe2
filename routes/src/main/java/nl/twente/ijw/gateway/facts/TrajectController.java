package nl.twente.ijw.gateway.facts;

import java.util.List;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/trajecten?sinds=<cursor>&limit=N}: the trajectories changed since the cursor
 * and the cursor for the next page (see {@link TrajectLezer#pagina}). Start without
 * {@code sinds}; keep asking with {@code volgende}; an empty page means: nothing new yet.
 */
@RestController
@ConditionalOnWebApplication
public class TrajectController {

    static final int MAX_LIMIT = 1000;

    private final TrajectLezer lezer;

    public TrajectController(TrajectLezer lezer) {
        this.lezer = lezer;
    }

    @GetMapping(path = "/api/trajecten", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> trajecten(@RequestParam(required = false) String sinds,
                                       @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return fout("limit moet tussen 1 en " + MAX_LIMIT + " liggen, niet " + limit + ".");
        }
        try {
            return ResponseEntity.ok(lezer.pagina(sinds, limit, lezer.vandaag()));
        } catch (IllegalArgumentException e) {
            return fout("De cursor '" + sinds + "' is onbekend: gebruik 'volgende' van een eerdere pagina.");
        }
    }

    /**
     * {@code GET /api/trajecten/onbekende-producten}: the product codes of current trajectories
     * the catalogue does not know, with the number of trajectories each (see
     * {@link TrajectLezer#onbekendeProducten}); an empty list when there are none.
     */
    @GetMapping(path = "/api/trajecten/onbekende-producten", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<TrajectLezer.OnbekendProduct> onbekendeProducten() {
        return lezer.onbekendeProducten();
    }

    private static ResponseEntity<?> fout(String detail) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Foutrapport.probleem(HttpStatus.BAD_REQUEST, "ongeldige-vraag", "Ongeldige vraag", detail));
    }
}
