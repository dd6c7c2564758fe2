package nl.twente.ijw.gateway.fout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The answer for input that gets no retour, as RFC 9457 problem details: the schema error
 * report (every violation with line, column and element path) or why it is not a message.
 * Every channel hands the sender the same document.
 */
@Component
public class Foutrapport {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final ObjectMapper json;

    public Foutrapport(ObjectMapper json) {
        this.json = json;
    }

    public ProblemDetail schemafouten(Verwerking v) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "Het %s-bericht voldoet niet aan het iJw 3.2-schema (%d %s). Er volgt geen retourbericht; "
                        .formatted(v.soort(), v.schemafouten().size(), v.schemafouten().size() == 1 ? "fout" : "fouten")
                        + "herstel het bericht en stuur het opnieuw.");
        p.setType(URI.create("urn:ijw-gateway:probleem:schemafout"));
        p.setTitle("Bericht voldoet niet aan het schema");
        p.setInstance(URI.create("/api/berichten/" + v.berichtId()));
        p.setProperty("berichtId", v.berichtId());
        p.setProperty("berichttype", v.soort().name());
        p.setProperty("fouten", v.schemafouten());
        return p;
    }

    public ProblemDetail geenBericht(Verwerking v) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, v.reden());
        p.setType(URI.create("urn:ijw-gateway:probleem:geen-bericht"));
        p.setTitle("Geen iJw 3.2-bericht");
        p.setInstance(URI.create("/api/berichten/" + v.berichtId()));
        p.setProperty("berichtId", v.berichtId());
        return p;
    }

    public static ProblemDetail probleem(HttpStatus status, String soort, String titel, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:ijw-gateway:probleem:" + soort));
        p.setTitle(titel);
        return p;
    }

    /** Writes the problem as the response (for filters, which answer before any controller). */
    public void schrijf(HttpServletResponse response, ProblemDetail probleem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(probleem.getStatus());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(alsJson(probleem));
    }

    public String alsJson(ProblemDetail probleem) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(probleem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
