package nl.twente.ijw.gateway.storingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which faults mean "the database cannot be reached" (503, pause) and which do not (500). */
class ArchiefstoringTest {

    @Test
    void geenVerbindingUitDePool() {
        // What Hikari throws after connection-timeout when the database is away, as Spring wraps it.
        var fout = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("ijw-archief - Connection is not available, request timed out after 5000ms."));
        assertThat(Archiefstoring.is(new RuntimeCamelException(fout))).isTrue();
    }

    @Test
    void serverStoptTijdensDeTransactie() {
        // PostgreSQL's fast shutdown: "terminating connection due to administrator command".
        assertThat(Archiefstoring.is(new SQLException("FATAL: terminating connection", "57P01"))).isTrue();
        assertThat(Archiefstoring.is(new SQLException("An I/O error occurred while sending to the backend.", "08006"))).isTrue();
        assertThat(Archiefstoring.is(new DataAccessResourceFailureException("PreparedStatementCallback"))).isTrue();
    }

    @Test
    void rollbackOpEenGeslotenVerbinding() {
        var tx = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(Archiefstoring.is(tx)).isTrue();
    }

    @Test
    void anderefoutenZijnGeenStoring() {
        assertThat(Archiefstoring.is(new IllegalStateException("kapot"))).isFalse();
        assertThat(Archiefstoring.is(new DataIntegrityViolationException("dubbele sleutel"))).isFalse();
        assertThat(Archiefstoring.is(new BadSqlGrammarException("select", "selec 1", new SQLException("syntax", "42601")))).isFalse();
        assertThat(Archiefstoring.is(new SQLException("deadlock", "40P01"))).isFalse();
        assertThat(Archiefstoring.is(null)).isFalse();
    }
}
