package nl.twente.ijw.gateway.indicatoren;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads the indicator data and computes the region's cells of every year once the server has
 * started, in the background, so that the first dashboard after a start is served from memory
 * instead of waiting for the whole read. Off with {@code ijw.indicatoren.voorbereiden=false}.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "ijw.indicatoren.voorbereiden", havingValue = "true", matchIfMissing = true)
class Voorbereiding {

    private static final Logger LOG = LoggerFactory.getLogger(Voorbereiding.class);

    private final Indicatoren indicatoren;

    Voorbereiding(Indicatoren indicatoren) {
        this.indicatoren = indicatoren;
    }

    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        Thread t = new Thread(this::bereid, "indicatoren-voorbereiden");
        t.setDaemon(true);
        t.start();
    }

    void bereid() {
        long t0 = System.nanoTime();
        try {
            LocalDate vandaag = indicatoren.vandaag();
            @SuppressWarnings("unchecked")
            List<Integer> jaren = (List<Integer>) indicatoren.definities(vandaag).get("jaren");
            for (int jaar : jaren) {
                indicatoren.cellen(jaar, Filter.REGIO, vandaag, null);
            }
            indicatoren.wachtlijst(vandaag, null);
            LOG.info("indicatoren voorbereid: {} jaren in {} ms", jaren.size(), (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("indicatoren niet voorbereid (de eerste vraag leest ze): {}", e.toString());
        }
    }
}
