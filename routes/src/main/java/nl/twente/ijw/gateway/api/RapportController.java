package nl.twente.ijw.gateway.api;

import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/berichten/{id}/rapport}: the validation report of an archived message. */
@RestController
@ConditionalOnWebApplication
public class RapportController {

    private final Archief archief;

    public RapportController(Archief archief) {
        this.archief = archief;
    }

    @GetMapping(path = "/api/berichten/{id}/rapport", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> rapport(@PathVariable long id) {
        return archief.rapport(id)
                .<ResponseEntity<?>>map(json -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Foutrapport.probleem(HttpStatus.NOT_FOUND, "onbekend-bericht", "Onbekend bericht",
                                "Er is geen bericht met id " + id + " in het archief.")));
    }
}
