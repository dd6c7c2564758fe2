package nl.twente.ijw.gateway.levering;

import java.util.List;
import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dead-letter store for operators: deliveries that failed their last attempt.
 * <ul>
 * <li>{@code GET /api/beheer/dode-brieven?limit=&offset=}: the dead letters, newest first;</li>
 * <li>{@code GET /api/beheer/dode-brieven/{id}}: one delivery (any status) with its last error;</li>
 * <li>{@code GET /api/beheer/dode-brieven/{id}/inhoud}: the message itself (XML);</li>
 * <li>{@code POST /api/beheer/dode-brieven/{id}/opnieuw}: back in the queue with fresh attempts
 * (after the channel or the routing table was fixed); the stable key keeps it one copy;</li>
 * <li>{@code POST /api/beheer/dode-brieven/{id}/afsluiten}: given up on purpose (delivered
 * outside the gateway); the message may then be purged after the retention period.</li>
 * </ul>
 */
@RestController
@ConditionalOnWebApplication
public class DodeBrievenController {

    static final int MAX_LIMIT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(DodeBrievenController.class);

    private final Afleveringen afleveringen;
    private final Archief archief;

    public DodeBrievenController(Afleveringen afleveringen, Archief archief) {
        this.afleveringen = afleveringen;
        this.archief = archief;
    }

    /** A page of dead letters and how many there are in all. */
    public record Pagina(long aantal, List<Afleveringen.Aflevering> dodeBrieven) {
    }

    @GetMapping(path = "/api/beheer/dode-brieven", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> lijst(@RequestParam(defaultValue = "100") int limit,
                                   @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return probleem(HttpStatus.BAD_REQUEST, "ongeldige-vraag", "Ongeldige vraag",
                    "limit moet tussen 1 en " + MAX_LIMIT + " liggen, niet " + limit + ".");
        }
        if (offset < 0) {
            return probleem(HttpStatus.BAD_REQUEST, "ongeldige-vraag", "Ongeldige vraag",
                    "offset mag niet negatief zijn, niet " + offset + ".");
        }
        return ResponseEntity.ok(new Pagina(afleveringen.aantal(Afleveringen.DOOD), afleveringen.dodeBrieven(limit, offset)));
    }

    @GetMapping(path = "/api/beheer/dode-brieven/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> een(@PathVariable long id) {
        return afleveringen.aflevering(id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> onbekend(id));
    }

    @GetMapping(path = "/api/beheer/dode-brieven/{id}/inhoud")
    public ResponseEntity<?> inhoud(@PathVariable long id) {
        var aflevering = afleveringen.aflevering(id);
        if (aflevering.isEmpty()) {
            return onbekend(id);
        }
        return archief.inhoud(aflevering.get().berichtId())
                .<ResponseEntity<?>>map(xml -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml))
                .orElseGet(() -> probleem(HttpStatus.GONE, "inhoud-verwijderd", "Inhoud verwijderd",
                        "De inhoud van bericht " + aflevering.get().berichtId() + " is na de bewaartermijn verwijderd."));
    }

    @PostMapping(path = "/api/beheer/dode-brieven/{id}/opnieuw", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> opnieuw(@PathVariable long id) {
        var aflevering = afleveringen.aflevering(id);
        if (aflevering.isEmpty()) {
            return onbekend(id);
        }
        if (!afleveringen.opnieuw(id)) {
            return geenDodeBrief(aflevering.get());
        }
        LOG.info("dode brief {} (bericht {} aan {}) opnieuw in de wachtrij gezet", id, aflevering.get().berichtId(),
                aflevering.get().ontvanger());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(afleveringen.aflevering(id).orElseThrow());
    }

    @PostMapping(path = "/api/beheer/dode-brieven/{id}/afsluiten", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> afsluiten(@PathVariable long id) {
        var aflevering = afleveringen.aflevering(id);
        if (aflevering.isEmpty()) {
            return onbekend(id);
        }
        if (!afleveringen.sluitAf(id)) {
            return geenDodeBrief(aflevering.get());
        }
        LOG.info("dode brief {} (bericht {} aan {}) afgesloten zonder aflevering", id, aflevering.get().berichtId(),
                aflevering.get().ontvanger());
        return ResponseEntity.ok(afleveringen.aflevering(id).orElseThrow());
    }

    private static ResponseEntity<?> onbekend(long id) {
        return probleem(HttpStatus.NOT_FOUND, "onbekende-aflevering", "Onbekende aflevering",
                "Er is geen aflevering met id " + id + ".");
    }

    private static ResponseEntity<?> geenDodeBrief(Afleveringen.Aflevering a) {
        return probleem(HttpStatus.CONFLICT, "geen-dode-brief", "Geen dode brief",
                "Aflevering " + a.id() + " heeft status " + a.status() + "; alleen een dode brief (DOOD) kan opnieuw of worden afgesloten.");
    }

    static ResponseEntity<?> probleem(HttpStatus status, String soort, String titel, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Foutrapport.probleem(status, soort, titel, detail));
    }

}
