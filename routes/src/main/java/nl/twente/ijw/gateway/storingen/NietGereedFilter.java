package nl.twente.ijw.gateway.storingen;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server listens before the routes run (and still a moment while they stop), and a
 * message posted then would get a 404 that a sender takes as final. Until the gateway is
 * ready the intake answers 503 with Retry-After instead: try again shortly.
 */
public class NietGereedFilter extends OncePerRequestFilter {

    private final ApplicationAvailability beschikbaarheid;
    private final Foutrapport foutrapport;
    private final String retryAfter;

    public NietGereedFilter(ApplicationAvailability beschikbaarheid, Foutrapport foutrapport, StoringenProperties properties) {
        this.beschikbaarheid = beschikbaarheid;
        this.foutrapport = foutrapport;
        this.retryAfter = Long.toString(properties.getOpstartRetryAfter().toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (beschikbaarheid.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", retryAfter);
        foutrapport.schrijf(response, Foutrapport.probleem(HttpStatus.SERVICE_UNAVAILABLE,
                "niet-gereed", "Gateway start of stopt", "Het bericht is niet ontvangen. Stuur het zo opnieuw."));
    }
}
