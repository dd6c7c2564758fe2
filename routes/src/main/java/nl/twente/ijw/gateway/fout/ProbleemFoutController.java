package nl.twente.ijw.gateway.fout;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import nl.twente.ijw.gateway.storingen.Archiefstoring;
import nl.twente.ijw.gateway.storingen.StoringenProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever goes wrong outside the routes (an unknown path, a wrong method) is answered as
 * problem details too: never an HTML page, never a stack trace. An unreachable database is
 * a 503 with Retry-After, as on the intake.
 */
@RestController
@ConditionalOnWebApplication
public class ProbleemFoutController implements ErrorController {

    private final StoringenProperties storingen;

    public ProbleemFoutController(StoringenProperties storingen) {
        this.storingen = storingen;
    }

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> fout(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t && Archiefstoring.is(t)) {
            // An unreachable database is no fault of the client: come back later.
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", Long.toString(storingen.getRetryAfter().toSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Foutrapport.probleem(HttpStatus.SERVICE_UNAVAILABLE, "archief-onbereikbaar",
                            "Database tijdelijk niet bereikbaar", "Probeer het over enige tijd opnieuw."));
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null
                ? HttpStatus.valueOf(i) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = status.is5xxServerError()
                ? "De gateway kon het verzoek niet verwerken."
                : "Het verzoek kan niet worden verwerkt: " + status.getReasonPhrase() + ".";
        ProblemDetail probleem = Foutrapport.probleem(status, "http-" + status.value(), status.getReasonPhrase(), detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
    }
}
