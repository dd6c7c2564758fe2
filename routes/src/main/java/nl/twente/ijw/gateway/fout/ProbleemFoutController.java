package nl.twente.ijw.gateway.fout;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
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
 * problem details too: never an HTML page, never a stack trace.
 */
@RestController
@ConditionalOnWebApplication
public class ProbleemFoutController implements ErrorController {

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> fout(HttpServletRequest request) {
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
