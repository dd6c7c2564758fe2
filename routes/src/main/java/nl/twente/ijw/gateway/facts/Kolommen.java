package nl.twente.ijw.gateway.facts;

import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The columns of one row by position (1 = first): from a ResultSet, or from PostgreSQL's binary
 * COPY ({@link Binairekopie}), so {@link TrajectLezer} turns both into a {@link Traject} the same way.
 */
interface Kolommen {

    /** A text that many rows repeat (codes, statuses): may be the same object as an earlier row's. */
    String tekst(int kolom) throws SQLException;

    /** A text of this row alone (the client pseudonym): never shared. */
    String eigenTekst(int kolom) throws SQLException;

    LocalDate datum(int kolom) throws SQLException;

    /** An integer column, null when null. */
    Integer geheel(int kolom) throws SQLException;

    /** An integer column, 0 when null (as ResultSet.getLong). */
    long lang(int kolom) throws SQLException;

    /** A date[] column, null when null. */
    LocalDate[] data(int kolom) throws SQLException;
}
