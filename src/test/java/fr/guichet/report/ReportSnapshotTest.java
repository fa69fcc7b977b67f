package fr.guichet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The summary's groups, total and partners come from one snapshot only if the statistics' JDBC connections are
 * the report transaction's own: this pins that the pool hands them out inside the transaction.
 */
@QuarkusTest
class ReportSnapshotTest {

    @Inject
    EntityManager entityManager;
    @Inject
    DataSource dataSource;

    @Test
    void jdbcCallsInsideTheReportTransactionSeeItsIsolation() {
        String isolation = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .executeUpdate();
            try (Connection connection = dataSource.getConnection();
                    ResultSet row = connection.createStatement().executeQuery("SHOW transaction_isolation")) {
                row.next();
                return row.getString(1);
            }
        });
        assertThat(isolation).isEqualTo("repeatable read");
    }
}
