package nl.twente.ijw.gateway.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.twente.ijw.gateway.config.IntakeProperties;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission to the HTTP intake: at most {@code ijw.intake.max-gelijktijdig} messages at a time,
 * before their body is read. Without a bound, a sender offering more than the gateway can
 * judge filled the heap with waiting requests (OutOfMemoryError at 512 MiB) and had them
 * judged minutes after it had given up; now the excess gets 503 with Retry-After at once, and
 * nothing of it was received (not archived): the sender sends it again.
 */
public class Intaketoelating extends OncePerRequestFilter {

    private final Semaphore plaatsen;
    private final long wachtNanos;
    private final String retryAfter;
    private final Foutrapport foutrapport;
    private final Counter vol;

    public Intaketoelating(IntakeProperties properties, Foutrapport foutrapport, MeterRegistry meters) {
        int max = Math.max(1, properties.getMaxGelijktijdig());
        this.plaatsen = new Semaphore(max);
        this.wachtNanos = properties.getWachttijd().toNanos();
        this.retryAfter = Long.toString(Math.max(1, properties.getRetryAfter().toSeconds()));
        this.foutrapport = foutrapport;
        this.vol = Counter.builder("ijw.intake.vol").description("HTTP messages answered 503: the intake was full")
                .register(meters);
        Gauge.builder("ijw.intake.bezig", plaatsen, p -> max - p.availablePermits())
                .description("HTTP messages being received now").register(meters);
    }

    /** Only a message takes a place; other methods are answered further on (405). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean toegelaten;
        try {
            toegelaten = plaatsen.tryAcquire(wachtNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            toegelaten = false;
        }
        if (!toegelaten) {
            vol.increment();
            weiger(response);
            return;
        }
        AtomicBoolean vrij = new AtomicBoolean();
        Runnable geefVrij = () -> {
            if (vrij.compareAndSet(false, true)) {
                plaatsen.release();
            }
        };
        try {
            chain.doFilter(request, response);
        } finally {
            // The route answers asynchronously (platform-http): the place is free once the answer is written.
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new Vrijgave(geefVrij));
            } else {
                geefVrij.run();
            }
        }
    }

    private void weiger(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", retryAfter);
        foutrapport.schrijf(response, Foutrapport.probleem(HttpStatus.SERVICE_UNAVAILABLE,
                "intake-vol", "Gateway te druk",
                "Het bericht is niet ontvangen: de gateway verwerkt al zoveel berichten als hij aankan. "
                        + "Stuur het na Retry-After seconden opnieuw."));
    }

    /** Every async request ends with onComplete, also after a timeout or an error. */
    private record Vrijgave(Runnable geefVrij) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            geefVrij.run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
