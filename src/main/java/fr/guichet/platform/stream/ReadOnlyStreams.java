package fr.guichet.platform.stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The read-only transaction behind each streaming endpoint: one snapshot for the whole stream, so a stream is
 * one consistent read however long it takes. Inside a transaction the PostgreSQL driver reads with a server-side
 * cursor when a fetch size is set, so a query's rows arrive a batch at a time.
 */
@ApplicationScoped
public class ReadOnlyStreams {

    /** Long enough to stream millions of rows to a slow client; it only ends a stream nobody reads any more. */
    public static final int TIMEOUT_SECONDS = 3600;

    private final EntityManager entityManager;

    public ReadOnlyStreams(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every statement of the work sees the same snapshot. */
    public void repeatableRead(Runnable work) {
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
            // Must be the transaction's first statement: PostgreSQL refuses it once a query has run.
            entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .executeUpdate();
            work.run();
        });
    }
}
