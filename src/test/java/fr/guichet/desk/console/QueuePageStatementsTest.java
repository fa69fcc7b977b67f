package fr.guichet.desk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.CountingDataSource;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The queue page runs as many SQL statements for 30 requests as for 2 (issue 14: no statement per line for the
 * names of establishments, processings or assignees, nor for the paused lines' deadlines). Statements are counted
 * where they run: Hibernate's statistics for what goes through the ORM, {@link CountingDataSource} for the queue's
 * own JDBC statements. Both counters are global, so each count is the difference around one page request, made
 * while nothing else runs in the application (tests run one after the other, and the test profile's jobs are off).
 */
@QuarkusTest
class QueuePageStatementsTest {

    private static final Pattern LINE = Pattern.compile("<a href=\"/desk/requests/[0-9a-f-]{36}\"");

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theQueuePageRunsTheSameFewStatementsFor2RequestsAsFor30() {
        Desk.Catalogue centre = Desk.catalogue();
        List<String> processings = List.of(centre.processingId(), Desk.createProcessing(centre.controllerId(),
                "PUBLIC_TASK", List.of("ACCESS", "OPPOSITION"), null, false), Desk.createProcessing(
                        centre.controllerId(), "PUBLIC_TASK", List.of("ACCESS", "OPPOSITION"), null, false));
        List<String> colleagues = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String colleague = "queue-colleague-" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
            Tokens.grant(colleague, centre.controllerId());
            // A first call puts the colleague, with their name, in the staff directory.
            Api.as(Tokens.ungranted(colleague, "dpo")).accept("text/html").get("/desk").then().statusCode(200);
            colleagues.add(colleague);
        }
        String dpo = "queue-counted-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.ungranted(dpo, "dpo");
        Tokens.grant(dpo, centre.controllerId());

        file(centre, processings, colleagues, 0, 2);
        page(token, 2);
        Statements two = page(token, 2);
        file(centre, processings, colleagues, 2, 28);
        Statements thirty = page(token, 30);

        assertThat(thirty).as("statements for 30 lines against 2").isEqualTo(two);
        assertThat(two.jdbc()).as("the queue's own statements: its lines and its counts per risk").isEqualTo(2);
        // 13 when written (grants, the form's choices, colleagues, the visit, the paused lines' histories): a bound
        // with room for one more feature, not a count per line.
        assertThat(two.total()).as("every statement of the page, sign-in and visit included")
                .isLessThanOrEqualTo(20);
    }

    /** The statements that rendering the page once ran, after checking that it shows {@code lines} requests. */
    private Statements page(String token, int lines) {
        long orm = sessionFactory.getStatistics().getPrepareStatementCount();
        long jdbc = CountingDataSource.executed();
        String html = Api.as(token).accept("text/html").queryParam("lang", "en").get("/desk/requests").then()
                .statusCode(200).extract().asString();
        Statements ran = new Statements(sessionFactory.getStatistics().getPrepareStatementCount() - orm,
                CountingDataSource.executed() - jdbc);
        assertThat(LINE.matcher(html).results().count()).as("lines on the page").isEqualTo(lines);
        return ran;
    }

    /**
     * Files {@code count} requests about two processings each, on distinct assignees in turn, one in three paused
     * (their deadlines are recomputed for the page).
     */
    private static void file(Desk.Catalogue centre, List<String> processings, List<String> colleagues, int from,
            int count) {
        for (int n = from; n < from + count; n++) {
            Map<String, Object> filing = Desk.filing(centre, "ACCESS", Instant.now().minus(n % 40, ChronoUnit.DAYS)
                    .toString());
            filing.put("processingIds", List.of(processings.get(n % 3), processings.get((n + 1) % 3)));
            filing.remove("studyId");
            filing.remove("participantCode");
            String id = Desk.file(filing);
            Desk.asDpo().body(Map.of("assignee", colleagues.get(n % colleagues.size())))
                    .put("/api/v1/desk/requests/" + id + "/assignee").then().statusCode(200);
            if (n % 3 == 0) {
                Desk.done(id, Map.of("action", "REQUEST_IDENTITY", "reason", "doute sur l'identité"));
            }
        }
    }

    private record Statements(long orm, long jdbc) {
        long total() {
            return orm + jdbc;
        }
    }
}
