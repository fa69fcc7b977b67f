package fr.guichet.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.platform.security.ControllerFilter;
import fr.guichet.platform.stream.StatementValues;

/**
 * Aggregates the deadline projection of {@code requests} for reports, in SQL: no request is loaded into memory.
 * Requests are selected by their receipt date (the receipt's date in the controller's zone, so a request received
 * at 23:30 in Paris on 31 March is a March request); responses are dated in the controller's zone too.
 */
@ApplicationScoped
public class DeadlineStatistics {

    /** What the report groups by; a request with two processings counts once in each of them. */
    public enum Grouping {
        MONTH("to_char(r.receipt_date, 'YYYY-MM')", ""),
        PROCESSING("rp.processing_id::text", "JOIN request_processings rp ON rp.request_id = r.id"),
        RIGHT("r.requested_right", ""),
        TOTAL("'total'", "");

        private final String key;
        private final String join;

        Grouping(String key, String join) {
            this.key = key;
            this.join = join;
        }
    }

    /** The statuses that still owe an answer, from {@link RequestStatus#awaitsAnswer()}: one rule, not a copy. */
    private static final String AWAITING_ANSWER = Arrays.stream(RequestStatus.values())
            .filter(RequestStatus::awaitsAnswer).map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private static final String FROM = """
            FROM requests r
            JOIN controllers c ON c.id = r.controller_id
            CROSS JOIN LATERAL (SELECT (r.responded_at AT TIME ZONE c.time_zone)::date AS day) response
            %s
            WHERE r.receipt_date BETWEEN ? AND ? %s
            """;
    private static final String COUNTS = """
            SELECT %s AS grp,
                   count(*) AS received,
                   count(*) FILTER (WHERE response.day IS NOT NULL) AS answered,
                   count(*) FILTER (WHERE response.day <= (r.receipt_date + interval '1 month')::date) AS one_month,
                   count(*) FILTER (WHERE response.day <= (r.receipt_date + interval '3 months')::date) AS three_months,
                   count(*) FILTER (WHERE response.day <= r.effective_due) AS on_time,
                   count(*) FILTER (WHERE r.status IN (:awaiting_answer)
                                    AND NOT r.paused
                                    AND (CAST(? AS timestamptz) AT TIME ZONE c.time_zone)::date > r.effective_due)
                       AS overdue_now,
                   count(*) FILTER (WHERE r.extended) AS extended,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY response.day - r.receipt_date) AS median_days,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY response.day - r.receipt_date) AS p90_days
            """.replace(":awaiting_answer", AWAITING_ANSWER) + FROM + "GROUP BY 1 ORDER BY 1";
    private static final String REFUSALS = "SELECT %s AS grp, r.legal_ground, count(*) AS refused " + FROM + """
            AND response.day IS NOT NULL AND r.outcome IN ('REFUSED', 'PARTIALLY_GRANTED', 'NOT_APPLICABLE')
            GROUP BY 1, 2""";

    private final DataSource dataSource;
    private final Clock clock;

    DeadlineStatistics(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** One entry per group that received at least one request in [from, to] (both included), in key order. */
    public List<DeadlineKpis> kpis(LocalDate from, LocalDate to, ControllerFilter controllers, Grouping grouping) {
        String controllerFilter = controllers.condition("r.controller_id", "?");
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Map<LegalGround, Long>> refusals = refusals(connection, String.format(REFUSALS,
                    grouping.key, grouping.join, controllerFilter), from, to, controllers);
            List<DeadlineKpis> groups = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(String.format(COUNTS, grouping.key,
                    grouping.join, controllerFilter))) {
                statement.setTimestamp(1, Timestamp.from(clock.instant()));
                StatementValues.bindPeriod(statement, 2, from, to, controllers);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        String group = row.getString("grp");
                        groups.add(new DeadlineKpis(group, row.getLong("received"), row.getLong("answered"),
                                row.getLong("one_month"), row.getLong("three_months"), row.getLong("on_time"),
                                row.getLong("overdue_now"), row.getLong("extended"), StatementValues.nullableDouble(row, "median_days"),
                                StatementValues.nullableDouble(row, "p90_days"),
                                refusals.getOrDefault(group, new EnumMap<>(LegalGround.class))));
                    }
                }
            }
            return groups;
        } catch (SQLException e) {
            throw new IllegalStateException("Deadline statistics query failed", e);
        }
    }

    private static Map<String, Map<LegalGround, Long>> refusals(Connection connection, String sql, LocalDate from,
            LocalDate to, ControllerFilter controllers) throws SQLException {
        Map<String, Map<LegalGround, Long>> byGroup = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            StatementValues.bindPeriod(statement, 1, from, to, controllers);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    byGroup.computeIfAbsent(row.getString("grp"), key -> new EnumMap<>(LegalGround.class))
                            .put(LegalGround.valueOf(row.getString("legal_ground")), row.getLong("refused"));
                }
            }
        }
        return byGroup;
    }
}
