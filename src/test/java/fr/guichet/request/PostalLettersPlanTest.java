package fr.guichet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.platform.security.ControllerFilter;
import fr.guichet.testsupport.Plans;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The letters-to-print list walks the partial index of the letters still to post in list order, for the whole
 * desk and for one establishment, on its first page and after a cursor: never the posted letters, never a sort.
 */
@QuarkusTest
class PostalLettersPlanTest {

    @Inject
    EntityManager entityManager;
    @Inject
    UserTransaction transaction;

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void theListWalksTheLettersStillToPostInOrder(boolean afterACursor) throws Exception {
        UUID centre = UUID.randomUUID();
        for (ControllerFilter controllers : new ControllerFilter[] { ControllerFilter.EVERY,
                new ControllerFilter(Optional.of(Set.of(centre))) }) {
            String plan = Plans.explain(entityManager, transaction,
                    PostalLetters.toPrintSql(controllers, afterACursor)
                            .replace(":controllers", "'" + centre + "'")
                            .replace(":owedAt", "TIMESTAMPTZ '2026-12-01T09:00:00Z'")
                            .replace(":requestId", "CAST('" + UUID.randomUUID() + "' AS uuid)")
                            .replace(":seq", "1").replace(":limit", "51"));
            assertThat(plan).as(plan).contains("using postal_letters_to_print on postal_letters")
                    .doesNotContain("Seq Scan").doesNotContain("Sort");
        }
    }
}
