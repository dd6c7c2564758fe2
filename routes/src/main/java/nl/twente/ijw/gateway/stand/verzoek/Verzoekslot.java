package nl.twente.ijw.gateway.stand.verzoek;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises, across gateway instances, the messages that decide on the requests of one
 * aanbieder (JW315, JW317, JW319, and a JW301 carrying a ReferentieAanbieder): a check such as
 * "this reference was never used" (TR347) or "no answer exists yet" (TR360) only holds if no
 * other instance accepts a message of the same aanbieder between the check and the commit.
 * A PostgreSQL transaction-level advisory lock does that; it ends with the message's transaction.
 */
@Component
public class Verzoekslot {

    private final JdbcClient jdbc;

    public Verzoekslot(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** Waits until no other transaction holds the lock of this aanbieder; taking it again is harmless. */
    public void vergrendel(String aanbieder) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) slot")
                .param("ijw-verzoek:" + aanbieder)
                .query(Integer.class).single();
    }
}
