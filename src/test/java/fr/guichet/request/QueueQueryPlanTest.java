package fr.guichet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.platform.security.ControllerFilter;
import fr.guichet.platform.security.StaffScope;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The queue at volume: every main page query, and the counts per risk at the top of every page, walk an index of
 * {@code requests}, never a sequential scan, and the ordered walks need no sort. The requests are generated in SQL
 * inside one transaction that is rolled back, so the tests sharing the database never see them.
 * {@code -Dqueue.plan.rows=1000000} reruns it at the size of docs/desk-queue.md; the execution times are printed, not
 * asserted.
 *
 * <p>They go into tables of the same names in a schema of their own, first on the search path: the real tables'
 * columns and checks, and their indexes under the same names (as migrated, V9 included), all created in the
 * transaction so that the rollback drops them. Seeding the real tables would leave what a rollback does not take
 * back: ANALYZE writes its row count in place, and the seeded rows' pages stay allocated, which turned the plans of
 * other tests (RegisterQueryPlanTest) from an ordered index walk into a sort.
 */
@QuarkusTest
class QueueQueryPlanTest {

    private static final int ROWS = Integer.getInteger("queue.plan.rows", 200_000);
    /** The plan nodes that read a table through one of its indexes. */
    private static final Set<String> INDEX_READS = Set.of("Index Scan", "Index Only Scan", "Bitmap Heap Scan");
    /** One of the seeded assignees, standing for the caller of {@code assignee=mine}. */
    private static final String CALLER = "dpo-3";

    /** The queue's statement reads the names of processings and of assignees (desk_staff) too. */
    private static final List<String> TABLES = List.of("controllers", "requests", "request_processings",
            "processings", "desk_staff");
    private static final String SCHEMA = "queue_plan";

    /** Four controllers in three zones (Paris twice, La Réunion, Guadeloupe), three processing ids each. */
    private static final String SEED_CATALOGUE = """
            CREATE TEMP TABLE plan_controllers ON COMMIT DROP AS
            SELECT k, gen_random_uuid() AS id, zone, calendar
            FROM (VALUES (0, 'Europe/Paris', 'METROPOLITAN'), (1, 'Europe/Paris', 'ALSACE_MOSELLE'),
                         (2, 'Indian/Reunion', 'REUNION'), (3, 'America/Guadeloupe', 'GUADELOUPE'))
                 AS z (k, zone, calendar);
            INSERT INTO controllers (id, name, dpo_email, time_zone, holiday_calendar, created_at, updated_at)
            SELECT id, 'Queue plan ' || id, 'dpo@plan.example', zone, calendar, now(), now() FROM plan_controllers;
            CREATE TEMP TABLE plan_processings ON COMMIT DROP AS
            SELECT c.k, p.k AS p, gen_random_uuid() AS id
            FROM plan_controllers c CROSS JOIN generate_series(0, 2) AS p (k);
            INSERT INTO processings (id, controller_id, name, legal_basis, rights, created_at, updated_at)
            SELECT p.id, c.id, 'Plan processing ' || p.k || '-' || p.p, 'PUBLIC_TASK', ARRAY['ACCESS'], now(), now()
            FROM plan_processings p JOIN plan_controllers c ON c.k = p.k;
            INSERT INTO desk_staff (subject, email, display_name, seen_at)
            SELECT 'dpo-' || n, 'dpo-' || n || '@plan.example', 'Staff member ' || n, now()
            FROM generate_series(0, 11) AS n;
            """;
    /**
     * The requests ({@code ?} = the row count, twice): received over three years, the older ones nearly all answered,
     * closed or withdrawn, with a few left behind (overdue); those of the last 100 days mostly still open, some
     * paused or extended; 30 % of open requests unassigned, the others spread over 12 staff members; some requesters
     * filing several requests.
     */
    private static final String SEED_REQUESTS = """
            INSERT INTO requests (id, reference, controller_id, requested_right, channel, received_at, language,
                                  requester_role, identity, requester_email_hash, status, outcome, extended,
                                  receipt_date, response_due, extended_due, effective_due, internal_target, paused,
                                  paused_days, responded_at, closed_at, created_at, last_activity_at, assignee)
            SELECT g.id,
                   -- '0' + 5 characters of References.ALPHABET: spread like random references (n times a number
                   -- prime to 31^5, modulo 31^5, is one-to-one), and never equal to a real one, which has no '0'.
                   'GCH-' || extract(year FROM d.receipt_date) || '-0' || (SELECT string_agg(substr(
                       '23456789ABCDEFGHJKMNPQRSTUVWXYZ', (g.n::bigint * 1000003 % 28629151 / (31 ^ i)::bigint % 31)::int
                       + 1, 1), '' ORDER BY i DESC) FROM generate_series(0, 4) AS i),
                   c.id, (ARRAY['ACCESS', 'ACCESS', 'ACCESS', 'OPPOSITION', 'OPPOSITION', 'ERASURE', 'RECTIFICATION',
                                'LIMITATION', 'PORTABILITY'])[1 + g.n % 9],
                   (ARRAY['WEB', 'WEB', 'EMAIL', 'POST', 'IN_PERSON', 'PHONE'])[1 + (g.n / 7) % 6],
                   g.received_at, 'fr', 'SELF',
                   uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())
                       || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()),
                   sha256(convert_to('requester-' || (g.n % (? * 3 / 4)), 'UTF8')),
                   s.status,
                   CASE WHEN s.status IN ('DECIDED', 'ANSWERED', 'CLOSED') THEN 'GRANTED' END,
                   g.extended, d.receipt_date, (d.receipt_date + interval '1 month')::date,
                   CASE WHEN g.extended THEN (d.receipt_date + interval '3 months')::date END,
                   e.effective_due, e.effective_due - 7, s.status = 'AWAITING_INFORMATION' AND g.roll < 0.7,
                   CASE WHEN s.status = 'AWAITING_INFORMATION' THEN g.n % 9 ELSE 0 END,
                   CASE WHEN s.status IN ('ANSWERED', 'CLOSED') THEN g.received_at + interval '20 days' END,
                   CASE WHEN s.status = 'CLOSED' THEN g.received_at + interval '40 days' END,
                   g.received_at,
                   least(now(), g.received_at + g.roll * interval '45 days'),
                   CASE WHEN s.status IN ('RECEIVED', 'AWAITING_INFORMATION', 'IN_PROGRESS', 'DECIDED')
                             AND g.roll < 0.3 THEN NULL
                        ELSE 'dpo-' || g.n % 12 END
            FROM (SELECT n, gen_random_uuid() AS id, random() AS roll, random() AS pick, random() < 0.05 AS extended,
                         now() - random() * interval '1095 days' AS received_at
                  FROM generate_series(1, ?) AS n) g
            JOIN plan_controllers c ON c.k = g.n % 4
            CROSS JOIN LATERAL (SELECT (g.received_at AT TIME ZONE c.zone)::date AS receipt_date) d
            CROSS JOIN LATERAL (SELECT CASE
                WHEN g.received_at > now() - interval '100 days' THEN CASE
                    WHEN g.pick < 0.20 THEN 'RECEIVED' WHEN g.pick < 0.30 THEN 'AWAITING_INFORMATION'
                    WHEN g.pick < 0.75 THEN 'IN_PROGRESS' WHEN g.pick < 0.85 THEN 'DECIDED'
                    WHEN g.pick < 0.95 THEN 'ANSWERED' ELSE 'CLOSED' END
                ELSE CASE
                    WHEN g.pick < 0.003 THEN 'IN_PROGRESS' WHEN g.pick < 0.05 THEN 'WITHDRAWN'
                    WHEN g.pick < 0.15 THEN 'ANSWERED' ELSE 'CLOSED' END
                END AS status) s
            CROSS JOIN LATERAL (SELECT CASE WHEN g.extended THEN (d.receipt_date + interval '3 months')::date
                                            ELSE (d.receipt_date + interval '1 month')::date END AS effective_due) e
            """;
    /** Each request is about one processing of its controller, one in ten about a second one too. */
    private static final String SEED_PROCESSINGS = """
            INSERT INTO request_processings (request_id, processing_id)
            SELECT r.id, p.id FROM requests r
            JOIN plan_controllers c ON c.id = r.controller_id
            JOIN plan_processings p ON p.k = c.k
                 AND (p.p = abs(hashtext(r.id::text)) % 3
                      OR (abs(hashtext(r.id::text)) % 10 = 0 AND p.p = (abs(hashtext(r.id::text)) + 1) % 3));
            """;

    @Inject
    DataSource dataSource;
    @Inject
    QueueQuery queue;

    @Test
    void everyMainQueueQueryWalksAnIndexOfRequestsAtVolume() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                seed(connection);
                Map<String, Object> seeded = seeded(connection);
                Map<String, Expectation> scenarios = scenarios(seeded);
                List<String> report = new ArrayList<>();
                SoftAssertions softly = new SoftAssertions();
                for (Map.Entry<String, Expectation> scenario : scenarios.entrySet()) {
                    Expectation expected = scenario.getValue();
                    QueueFilter filter = QueueFilter.parse(expected.parameters(), CALLER);
                    check(connection, scenario.getKey(), queue.statement(filter,
                            StaffScope.ALL.narrowedTo(filter.controllerId()), expected.cursor(), 50),
                            expected.index(), expected.ordered(), softly, report);
                }
                // The counts per risk at the top of every queue page: for the whole desk, and for a centre's DPO.
                UUID controller = (UUID) seeded.get("controller");
                check(connection, "risk counts, every controller", queue.riskCountsStatement(ControllerFilter.EVERY),
                        null, false, softly, report);
                check(connection, "risk counts, one controller", queue.riskCountsStatement(
                        new ControllerFilter(Optional.of(Set.of(controller)))), "requests_queue_controller_due", false,
                        softly, report);
                check(connection, "risk counts, two controllers", queue.riskCountsStatement(
                        new ControllerFilter(Optional.of(Set.of(controller, UUID.randomUUID())))),
                        "requests_queue_controller_due", false, softly, report);
                System.out.println("Queue query plans over " + ROWS + " seeded requests:\n"
                        + String.join("", report));
                softly.assertAll();
            } finally {
                connection.rollback();
            }
        }
    }

    /**
     * The statement reads {@code requests} through an index ({@code index}, or any when null), never a sequential
     * scan, and without a sort when {@code ordered}; its measured plan goes into the report.
     */
    private static void check(Connection connection, String name, QueueQuery.Statement statement, String index,
            boolean ordered, SoftAssertions softly, List<String> report) throws SQLException {
        JsonNode plan = explain(connection, "EXPLAIN (FORMAT JSON) ", statement).get("Plan");
        List<JsonNode> nodes = new ArrayList<>();
        collect(plan, nodes);
        String shape = describe(plan, 0);
        softly.assertThat(nodes).as(name + ":\n" + shape)
                .noneMatch(node -> "Seq Scan".equals(node.path("Node Type").asText())
                        && "requests".equals(node.path("Relation Name").asText()))
                .anyMatch(node -> index == null
                        ? INDEX_READS.contains(node.path("Node Type").asText())
                                && "requests".equals(node.path("Relation Name").asText())
                        : index.equals(node.path("Index Name").asText()));
        if (ordered) {
            softly.assertThat(nodes).as(name + " needs no sort:\n" + shape)
                    .noneMatch(node -> node.path("Node Type").asText().contains("Sort"));
        }
        JsonNode analysed = explain(connection, "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ", statement);
        report.add(String.format("%s: %.3f ms%n%s", name, analysed.get("Execution Time").asDouble(),
                describe(analysed.get("Plan"), 2)));
    }

    /** The default queue and its main filters, each with the index it should walk (null: any index of requests). */
    private static Map<String, Expectation> scenarios(Map<String, Object> seeded) {
        Map<String, Expectation> scenarios = new LinkedHashMap<>();
        scenarios.put("default (open, by deadline)", expect(Map.of(), "requests_queue_due", true));
        scenarios.put("default, a later page", new Expectation(Map.of(), Optional.of(List.of("deadline",
                seeded.get("due").toString(), seeded.get("id").toString())), "requests_queue_due", true));
        scenarios.put("assignee=mine", expect(Map.of("assignee", List.of("mine")),
                "requests_queue_assignee_due", true));
        scenarios.put("assignee=unassigned", expect(Map.of("assignee", List.of("unassigned")),
                "requests_queue_assignee_due", true));
        scenarios.put("controller", expect(Map.of("controller", List.of(seeded.get("controller").toString())),
                "requests_queue_controller_due", true));
        scenarios.put("overdue=true", expect(Map.of("overdue", List.of("true")), "requests_queue_due", true));
        scenarios.put("status=RECEIVED", expect(Map.of("status", List.of("RECEIVED")),
                "requests_queue_status_due", true));
        scenarios.put("status=RECEIVED&status=DECIDED", expect(Map.of("status", List.of("RECEIVED",
                "DECIDED")), null, false));
        scenarios.put("status=ANSWERED", expect(Map.of("status", List.of("ANSWERED")), null, false));
        scenarios.put("processing", expect(Map.of("processing", List.of(seeded.get("processing").toString())),
                null, false));
        scenarios.put("dueBefore", expect(Map.of("dueBefore", List.of(LocalDate.now().plusDays(10)
                .toString())), "requests_queue_due", true));
        scenarios.put("sort=received", expect(Map.of("sort", List.of("received")), "requests_received", true));
        scenarios.put("sort=activity", expect(Map.of("sort", List.of("activity")), "requests_last_activity",
                true));
        scenarios.put("q=reference", expect(Map.of("q", List.of(seeded.get("reference").toString()
                .toLowerCase())), "requests_reference_key", false));
        scenarios.put("q=reference prefix", expect(Map.of("q", List.of(seeded.get("reference").toString()
                .substring(0, 12))), "requests_reference_key", false));
        scenarios.put("q=e-mail", expect(Map.of("q", List.of("camille.martin@patient.example")),
                "requests_email_hash", false));
        return scenarios;
    }

    private record Expectation(Map<String, List<String>> parameters, Optional<List<String>> cursor, String index,
            boolean ordered) {
    }

    private static Expectation expect(Map<String, List<String>> parameters, String index, boolean ordered) {
        return new Expectation(parameters, Optional.empty(), index, ordered);
    }

    /** The tables of the queue's statement, shadowed in {@link #SCHEMA} with their indexes. */
    private static void shadow(Connection connection) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", TABLES.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    indexes.add(row.getString(1).replace(" ON public.", " ON " + SCHEMA + "."));
                }
            }
        }
        assertThat(indexes).anyMatch(index -> index.contains("requests_queue_due"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + SCHEMA);
            statement.execute("SET LOCAL search_path TO " + SCHEMA);
            for (String table : TABLES) {
                statement.execute("CREATE TABLE " + table + " (LIKE public." + table
                        + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
            }
            for (String index : indexes) {
                statement.execute(index);
            }
        }
    }

    /** Seeds, then analyses inside the same transaction, so that the planner knows the volume. */
    private static void seed(Connection connection) throws SQLException {
        shadow(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute(SEED_CATALOGUE);
        }
        try (PreparedStatement requests = connection.prepareStatement(SEED_REQUESTS)) {
            requests.setInt(1, ROWS);
            requests.setInt(2, ROWS);
            requests.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(SEED_PROCESSINGS);
            statement.execute("ANALYZE requests, request_processings, controllers, processings, desk_staff");
        }
        try (PreparedStatement estimate = connection.prepareStatement(
                "SELECT reltuples FROM pg_class WHERE oid = 'requests'::regclass");
                ResultSet row = estimate.executeQuery()) {
            row.next();
            // ANALYZE samples a large table, so its row count is an estimate.
            assertThat(row.getDouble(1)).as("ANALYZE ran inside the transaction").isGreaterThan(ROWS * 0.9);
        }
    }

    /** A controller, a processing, a reference and a row halfway down the default queue, for the scenarios. */
    private static Map<String, Object> seeded(Connection connection) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT r.controller_id, rp.processing_id, r.reference
                FROM requests r JOIN request_processings rp ON rp.request_id = r.id
                WHERE r.reference LIKE 'GCH-____-0%' AND r.status = 'IN_PROGRESS' LIMIT 1""");
                ResultSet row = query.executeQuery()) {
            row.next();
            values.put("controller", row.getObject(1));
            values.put("processing", row.getObject(2));
            values.put("reference", row.getString(3));
        }
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT effective_due, id FROM requests
                WHERE status IN ('RECEIVED', 'AWAITING_INFORMATION', 'IN_PROGRESS', 'DECIDED')
                ORDER BY effective_due, id OFFSET ? LIMIT 1""")) {
            query.setInt(1, ROWS / 40);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                values.put("due", row.getObject(1, LocalDate.class));
                values.put("id", row.getObject(2));
            }
        }
        return values;
    }

    private static JsonNode explain(Connection connection, String explain, QueueQuery.Statement statement)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(explain + statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                query.setObject(i + 1, statement.parameters().get(i));
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new ObjectMapper().readTree(row.getString(1)).get(0);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> nodes) {
        nodes.add(node);
        node.path("Plans").forEach(child -> collect(child, nodes));
    }

    /** The plan, one node a line: type, index, relation, conditions and rows, as the benchmark note shows it. */
    private static String describe(JsonNode node, int depth) {
        StringBuilder line = new StringBuilder("  ".repeat(depth)).append(node.path("Node Type").asText());
        if (node.has("Index Name")) {
            line.append(" using ").append(node.get("Index Name").asText());
        }
        if (node.has("Relation Name")) {
            line.append(" on ").append(node.get("Relation Name").asText());
        }
        if (node.has("Index Cond")) {
            line.append(" cond ").append(node.get("Index Cond").asText());
        }
        if (node.has("Filter")) {
            line.append(" filter ").append(node.get("Filter").asText());
        }
        line.append(" (rows: ").append(node.path("Plan Rows").asText()).append(" estimated");
        if (node.has("Actual Rows")) {
            line.append(", ").append(node.get("Actual Rows").asText()).append(" actual");
        }
        line.append(')');
        StringBuilder shape = new StringBuilder(line).append('\n');
        node.path("Plans").forEach(child -> shape.append(describe(child, depth + 1)));
        return shape.toString();
    }
}
