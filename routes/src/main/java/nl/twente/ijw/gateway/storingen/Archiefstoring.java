package nl.twente.ijw.gateway.storingen;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached (no connection, connection lost, server shutting
 * down) from every other fault. Such a failure is nobody's input: HTTP answers 503 with
 * Retry-After, transacted channels roll back and pause.
 */
public final class Archiefstoring {

    private Archiefstoring() {
    }

    /** Whether anything in the cause chain says the database is unreachable. */
    public static boolean is(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && verbindingsfout(sql.getSQLState())) {
                return true;
            }
            // A commit or rollback that failed on the connection itself (the pool had already
            // closed it after the database went away); what failed first is the application exception.
            if (t instanceof TransactionSystemException tx
                    && (tx.getCause() instanceof SQLException || tx.getApplicationException() != null && is(tx.getApplicationException()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01..57P03 (server shutting down,
     * crashed, not yet accepting connections).
     */
    static boolean verbindingsfout(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }
}
