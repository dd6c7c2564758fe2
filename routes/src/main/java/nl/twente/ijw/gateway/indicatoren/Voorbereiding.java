package nl.twente.ijw.gateway.indicatoren;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Reads the indicator data and computes the region's cells of every year when the server starts,
 * before it reports itself ready ({@code /actuator/health/readiness} turns UP after the
 * application runners), so that the first dashboard after a start is served from memory instead
 * of waiting for the whole read. A failure is logged and does not stop the start: the first
 * question then reads. Off with {@code ijw.indicatoren.voorbereiden=false}.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "ijw.indicatoren.voorbereiden", havingValue = "true", matchIfMissing = true)
class Voorbereiding implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(Voorbereiding.class);

    private final Indicatoren indicatoren;

    Voorbereiding(Indicatoren indicatoren) {
        this.indicatoren = indicatoren;
    }

    @Override
    public void run(ApplicationArguments args) {
        bereid();
    }

    void bereid() {
        long t0 = System.nanoTime();
        try {
            LocalDate vandaag = indicatoren.vandaag();
            @SuppressWarnings("unchecked")
            List<Integer> jaren = (List<Integer>) indicatoren.definities(vandaag).get("jaren");
            indicatoren.cellen(jaren, Filter.REGIO, vandaag);
            indicatoren.wachtlijst(vandaag, null);
            LOG.info("indicatoren voorbereid: {} jaren in {} ms", jaren.size(), (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("indicatoren niet voorbereid (de eerste vraag leest ze): {}", e.toString());
        }
    }
}
