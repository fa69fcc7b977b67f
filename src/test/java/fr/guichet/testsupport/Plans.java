package fr.guichet.testsupport;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

/**
 * The plans of the desk's scans, for the plan tests: PostgreSQL is told to avoid sequential scans, bitmap scans and
 * sorts wherever it can, so a plan that still has one shows a query no index serves as written.
 */
public final class Plans {

    private Plans() {
    }

    /** The plan of {@code sql} after {@code setup}, in a transaction that is rolled back. */
    public static String explain(EntityManager entityManager, UserTransaction transaction, String sql,
            String... setup) throws Exception {
        transaction.begin();
        try {
            for (String statement : setup) {
                entityManager.createNativeQuery(statement).executeUpdate();
            }
            for (String setting : List.of("enable_seqscan", "enable_bitmapscan", "enable_sort")) {
                entityManager.createNativeQuery("SET LOCAL " + setting + " = off").executeUpdate();
            }
            @SuppressWarnings("unchecked")
            List<String> lines = entityManager.createNativeQuery("EXPLAIN " + sql).getResultList();
            return String.join("\n", lines);
        } finally {
            transaction.rollback();
        }
    }
}
