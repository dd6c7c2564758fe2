package nl.twente.ijw.gateway.beveiliging;

import nl.twente.ijw.gateway.archief.Archief;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every archive row that is not under the active key, in small transactions so a
 * running gateway keeps receiving; safe to stop and run again. Afterwards the old keys can be
 * removed from the configuration.
 */
@Service
public class Sleutelrotatie {

    static final int PARTIJ = 200;
    private static final Logger LOG = LoggerFactory.getLogger(Sleutelrotatie.class);

    private final Archief archief;
    private final TransactionTemplate transacties;
    private final Archiefversleuteling versleuteling;

    public Sleutelrotatie(Archief archief, TransactionTemplate transacties, Archiefversleuteling versleuteling) {
        this.archief = archief;
        this.transacties = transacties;
        this.versleuteling = versleuteling;
    }

    /** Returns the number of rows re-encrypted. */
    public long roteer() {
        long totaal = 0;
        while (true) {
            Integer gedaan = transacties.execute(s -> archief.herversleutel(PARTIJ));
            if (gedaan == null || gedaan == 0) {
                break;
            }
            totaal += gedaan;
        }
        LOG.info("{} berichten opnieuw versleuteld onder archiefsleutel {}", totaal, versleuteling.actieveSleutel());
        return totaal;
    }
}
