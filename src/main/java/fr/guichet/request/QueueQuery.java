package fr.guichet.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;
import fr.guichet.catalog.Right;
import fr.guichet.platform.security.ControllerFilter;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;
import fr.guichet.request.deadline.DeadlineEngine;
import fr.guichet.request.deadline.Deadlines;

/**
 * The DPO's queue: one keyset page of requests in one statement over the deadline projection (V2, V7), walking
 * one of the V9 indexes in the page's order and stopping after {@code limit + 1} rows (docs/desk-queue.md).
 *
 * <p>Filters and orders read the projection as the last action left it. That is exact except while a counted
 * pause is open: the engine then moves the dates forward each day. So the page's paused requests have their
 * deadlines recomputed now, like {@code GET /{id}}, with two more queries whatever their number (their controllers,
 * their histories); they keep their place in the order (a paused request sorts by its deadline as of its last
 * action, earlier than it really is).
 */
@ApplicationScoped
public class QueueQuery {

    /** The statuses that still owe an answer, from {@link RequestStatus#awaitsAnswer()}: one rule, not a copy. */
    private static final String AWAITING_ANSWER = literals(Arrays.stream(RequestStatus.values())
            .filter(RequestStatus::awaitsAnswer).toList());
    /**
     * {@link DeadlineEngine#isOverdue} over the projection, for the filter: still owed, no counted pause, and today
     * in the controller's zone after the effective deadline.
     */
    private static final String OVERDUE = "(r.status IN (" + AWAITING_ANSWER
            + ") AND NOT r.paused AND r.effective_due < t.today)";
    /** No controller's today is later than today at UTC+14 (Kiribati): a bound the deadline indexes can serve. */
    private static final ZoneOffset FURTHEST_AHEAD = ZoneOffset.ofHours(14);

    /** Today in the controller's zone, for every row of a statement: the first parameter is the clock's instant. */
    private static final String FROM = """
            FROM requests r
            JOIN controllers c ON c.id = r.controller_id
            CROSS JOIN LATERAL (SELECT (CAST(? AS timestamptz) AT TIME ZONE c.time_zone)::date AS today) t
            """;
    /**
     * The names a person reads come with the row, in the same statement (no query per line): the controller's, the
     * processings' (a correlated subquery, one {@code request_processings_pkey} probe per row; sorted in Java, so
     * that the plan has no sort node), and the assignee's from the staff directory (docs/architecture.md, 8).
     */
    private static final String SELECT = """
            SELECT r.id, r.reference, r.controller_id, r.requested_right, r.status, r.channel, r.received_at,
                   r.assignee, r.extended, r.last_activity_at, r.receipt_date, r.response_due, r.extended_due,
                   r.effective_due, r.internal_target, r.paused, r.paused_days, r.created_at, t.today,
                   c.name AS controller_name, s.display_name AS assignee_name,
                   ARRAY(SELECT p.name FROM request_processings rp JOIN processings p ON p.id = rp.processing_id
                         WHERE rp.request_id = r.id) AS processing_names
            """ + FROM + """
            LEFT JOIN desk_staff s ON s.subject = r.assignee
            """;

    /** SQL with its positional parameters, in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final IdentityVault vault;
    private final RequestDeadlines deadlines;
    private final CatalogDirectory catalog;

    QueueQuery(DataSource dataSource, Clock clock, IdentityVault vault, RequestDeadlines deadlines,
            CatalogDirectory catalog) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.vault = vault;
        this.deadlines = deadlines;
        this.catalog = catalog;
    }

    /** One page of the queue, each item with what a page shows besides: today in its zone, its creation. */
    @Transactional
    public Page<QueueLine> lines(QueueFilter filter, StaffScope scope, PageRequest page) {
        List<QueueRow> rows = rows(statement(filter, scope.narrowedTo(filter.controllerId()), page.after(),
                page.limit()));
        Map<UUID, Deadlines> paused = pausedNow(rows.subList(0, Math.min(rows.size(), page.limit())));
        return Page.of(rows, page.limit(), row -> new QueueLine(item(row, paused.get(row.id())), row.today(),
                row.createdAt()), filter.sort()::cursorOf);
    }

    /**
     * How many requests still owing an answer the scope holds, per risk, in one statement. The statement only says
     * where each request's dates stand against today in its controller's zone (before, on, after); the rule itself
     * stays {@link QueueRisk#of}, applied to each combination. Like the filters, it reads the projection.
     */
    @Transactional
    public Map<QueueRisk, Long> riskCounts(StaffScope scope) {
        Map<QueueRisk, Long> counts = new EnumMap<>(QueueRisk.class);
        Arrays.stream(QueueRisk.values()).forEach(risk -> counts.put(risk, 0L));
        LocalDate today = LocalDate.EPOCH;
        query(riskCountsStatement(scope.filter()), row -> {
            QueueRisk risk = QueueRisk.of(RequestStatus.valueOf(row.getString("status")), row.getBoolean("paused"),
                    today.plusDays(row.getInt("due")), today.plusDays(row.getInt("target")), today);
            counts.merge(risk, row.getLong("n"), Long::sum);
        });
        return counts;
    }

    /** The statement of {@link #riskCounts}: one row per combination of status, pause and dates against today. */
    Statement riskCountsStatement(ControllerFilter controllers) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(clock.instant().atOffset(ZoneOffset.UTC));
        String sql = "SELECT r.status, r.paused, sign(r.effective_due - t.today) AS due, "
                + "sign(r.internal_target - t.today) AS target, count(*) AS n\n" + FROM
                + "WHERE r.status IN (" + AWAITING_ANSWER + ")";
        if (controllers.restricted()) {
            sql += " AND " + controllers.predicate("r.controller_id", "?");
            parameters.add(controllers.parameter());
        }
        return new Statement(sql + "\nGROUP BY 1, 2, 3, 4", List.copyOf(parameters));
    }

    /** The page's statement: {@code limit + 1} rows, the extra one only telling that another page exists. */
    Statement statement(QueueFilter filter, ControllerFilter controllers, Optional<List<String>> after, int limit) {
        List<Object> parameters = new ArrayList<>();
        Instant now = clock.instant();
        parameters.add(now.atOffset(ZoneOffset.UTC));
        List<String> conditions = new ArrayList<>();
        // Enum names, not input: inlined so that the planner matches them to the partial indexes' predicate.
        conditions.add("r.status IN (" + literals(filter.statuses()) + ")");
        if (!filter.rights().isEmpty()) {
            conditions.add("r.requested_right IN (" + literals(filter.rights()) + ")");
        }
        if (!filter.channels().isEmpty()) {
            conditions.add("r.channel IN (" + literals(filter.channels()) + ")");
        }
        if (controllers.restricted()) {
            conditions.add(controllers.predicate("r.controller_id", "?"));
            parameters.add(controllers.parameter());
        }
        filter.processingId().ifPresent(id -> {
            conditions.add("EXISTS (SELECT 1 FROM request_processings rp WHERE rp.request_id = r.id"
                    + " AND rp.processing_id = ?)");
            parameters.add(id);
        });
        filter.assignee().ifPresent(assignee -> {
            // The expression of requests_queue_assignee_due: "nobody" is an equality too, so the walk stays ordered.
            conditions.add("coalesce(r.assignee, '') = ?");
            parameters.add(assignee.subject() == null ? "" : assignee.subject());
        });
        filter.dueBefore().ifPresent(day -> {
            conditions.add("r.effective_due <= ?");
            parameters.add(day);
        });
        filter.overdue().ifPresent(overdue -> {
            if (overdue) {
                conditions.add("r.effective_due < ? AND " + OVERDUE);
                parameters.add(LocalDate.ofInstant(now, FURTHEST_AHEAD));
            } else {
                conditions.add("NOT " + OVERDUE);
            }
        });
        filter.paused().ifPresent(paused -> conditions.add(paused ? "r.paused" : "NOT r.paused"));
        filter.extended().ifPresent(extended -> conditions.add(extended ? "r.extended" : "NOT r.extended"));
        filter.receivedFrom().ifPresent(day -> {
            conditions.add("r.receipt_date >= ?");
            parameters.add(day);
        });
        filter.receivedTo().ifPresent(day -> {
            conditions.add("r.receipt_date <= ?");
            parameters.add(day);
        });
        filter.referencePrefix().ifPresent(prefix -> {
            // The references that start with the prefix are the byte-wise range [prefix, prefix with its last
            // character incremented): the text_pattern_ops unique index (V9) serves it in any collation, and, unlike
            // LIKE ?, also in the generic plan of a prepared statement.
            conditions.add("r.reference ~>=~ ? AND r.reference ~<~ ?");
            parameters.add(prefix);
            parameters.add(prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1));
        });
        filter.email().ifPresent(email -> {
            conditions.add("r.requester_email_hash = ?");
            parameters.add(vault.emailHash(email));
        });
        after.ifPresent(cursor -> {
            conditions.add(filter.sort().after());
            parameters.addAll(filter.sort().keys(cursor));
        });
        parameters.add(limit + 1);
        return new Statement(SELECT + "WHERE " + String.join("\n  AND ", conditions) + "\n"
                + filter.sort().orderBy() + "\nLIMIT ?", List.copyOf(parameters));
    }

    private List<QueueRow> rows(Statement statement) {
        List<QueueRow> rows = new ArrayList<>();
        query(statement, row -> rows.add(row(row)));
        return rows;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(Statement statement, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                query.setObject(i + 1, statement.parameters().get(i));
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    reader.read(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The queue query failed", e);
        }
    }

    private static QueueRow row(ResultSet row) throws SQLException {
        return new QueueRow(row.getObject("id", UUID.class), row.getString("reference"),
                row.getObject("controller_id", UUID.class), Right.valueOf(row.getString("requested_right")),
                RequestStatus.valueOf(row.getString("status")), Channel.valueOf(row.getString("channel")),
                row.getObject("received_at", OffsetDateTime.class).toInstant(), row.getString("assignee"),
                row.getBoolean("extended"), row.getObject("last_activity_at", OffsetDateTime.class).toInstant(),
                row.getObject("receipt_date", LocalDate.class), row.getObject("response_due", LocalDate.class),
                row.getObject("extended_due", LocalDate.class), row.getObject("effective_due", LocalDate.class),
                row.getObject("internal_target", LocalDate.class), row.getBoolean("paused"),
                row.getInt("paused_days"), row.getObject("today", LocalDate.class),
                row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getString("controller_name"),
                Arrays.stream((String[]) row.getArray("processing_names").getArray()).sorted().toList(),
                row.getString("assignee_name"));
    }

    /** The deadlines of the rows with an open counted pause, as of now: one history query for all of them. */
    private Map<UUID, Deadlines> pausedNow(List<QueueRow> rows) {
        List<QueueRow> paused = rows.stream().filter(QueueRow::paused).toList();
        if (paused.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ControllerView> controllers = catalog.controllers(paused.stream().map(QueueRow::controllerId)
                .collect(Collectors.toSet()));
        Map<UUID, List<HistoryEntry>> histories = HistoryEntry.<HistoryEntry>list(
                "key.requestId in ?1 order by key.requestId, key.seq", paused.stream().map(QueueRow::id).toList())
                .stream().collect(Collectors.groupingBy(entry -> entry.key.requestId));
        return paused.stream().collect(Collectors.toMap(QueueRow::id, row -> deadlines.compute(row.receivedAt(),
                row.status(), histories.get(row.id()), controllers.get(row.controllerId()))));
    }

    private static QueueItem item(QueueRow row, Deadlines now) {
        QueueItem.QueueDeadlines shown = now == null
                ? new QueueItem.QueueDeadlines(row.receiptDate(), row.responseDue(), row.extendedDue(),
                        row.effectiveDue(), row.internalTarget(), row.paused(), row.pausedDays(),
                        DeadlineEngine.isOverdue(row.status().awaitsAnswer(), row.paused(), row.effectiveDue(),
                                row.today()))
                : new QueueItem.QueueDeadlines(now.receiptDate(), now.responseDue(), now.extendedDue(),
                        now.effectiveDue(), now.internalTarget(), now.paused(), now.pausedDays(), now.overdue());
        return new QueueItem(row.id(), row.reference(), row.controllerId(), row.controllerName(),
                row.processingNames(), row.right(), row.status(), row.channel(), row.receivedAt(), row.assignee(),
                row.assigneeName(), row.extended(), row.lastActivityAt(), shown,
                QueueRisk.of(row.status(), shown.paused(), shown.effectiveDue(), shown.internalTarget(), row.today()));
    }

    private static String literals(Collection<? extends Enum<?>> values) {
        return values.stream().map(value -> "'" + value.name() + "'").sorted().collect(Collectors.joining(", "));
    }
}
