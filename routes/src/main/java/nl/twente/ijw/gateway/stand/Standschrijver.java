package nl.twente.ijw.gateway.stand;

import nl.twente.ijw.gateway.archief.Verzamelschrijver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes rows of the state. In the intake each row is written at once: the next message of the
 * batch is judged against it. The rebuild judges nothing: its rows wait in JDBC batches
 * ({@link Verzamelschrijver}), sent in the order they came, before anything in its transaction
 * reads the state again ({@link #lees()}).
 */
@Component
public class Standschrijver {

    private final JdbcTemplate jdbc;
    private final Verzamelschrijver verzamel;

    public Standschrijver(JdbcTemplate jdbc, Verzamelschrijver verzamel) {
        this.jdbc = jdbc;
        this.verzamel = verzamel;
    }

    /** An insert or update whose generated key nobody needs. */
    public void schrijf(String sql, Object... waarden) {
        if (Herbouwtransactie.actief()) {
            verzamel.later(sql, waarden);
        } else {
            jdbc.update(sql, waarden);
        }
    }

    /** Call before reading the state in this transaction: what waits is written first. */
    public void lees() {
        if (Herbouwtransactie.actief()) {
            verzamel.nu();
        }
    }
}
