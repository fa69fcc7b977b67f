package fr.guichet.propagation;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.platform.security.ControllerFilter;
import fr.guichet.platform.stream.StatementValues;

/**
 * Aggregates partner acknowledgements for reports, in SQL. Events are selected by the local date (controller's
 * zone) on which they occurred. The SLA cut-off depends on each controller's holiday calendar, which only Java
 * knows: the caller gives it per controller and it goes into the query as an array.
 */
@ApplicationScoped
public class PropagationStatistics {

    private static final String SCOPE = """
            FROM partner_events e
            JOIN controllers c ON c.id = e.controller_id
            WHERE (e.occurred_at AT TIME ZONE c.time_zone)::date BETWEEN ? AND ? %s
            """;
    private static final String CONTROLLERS = "SELECT DISTINCT e.controller_id " + SCOPE
            + "AND e.acknowledged_at IS NULL AND e.exempt_at IS NULL";
    private static final String PER_PARTNER = """
            SELECT e.partner_id,
                   count(*) AS events,
                   count(*) FILTER (WHERE e.acknowledged_at IS NOT NULL) AS acknowledged,
                   count(*) FILTER (WHERE e.acknowledged_at IS NULL AND e.exempt_at IS NOT NULL) AS exempt,
                   count(*) FILTER (WHERE e.acknowledged_at IS NULL AND e.exempt_at IS NULL
                                    AND (e.occurred_at AT TIME ZONE c.time_zone)::date <= sla.cutoff) AS past_sla,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY hours.taken) AS median_hours,
                   percentile_cont(0.95) WITHIN GROUP (ORDER BY hours.taken) AS p95_hours
            FROM partner_events e
            JOIN controllers c ON c.id = e.controller_id
            LEFT JOIN unnest(?::uuid[], ?::date[]) AS sla (controller_id, cutoff) ON sla.controller_id = e.controller_id
            CROSS JOIN LATERAL (SELECT extract(epoch FROM e.acknowledged_at - e.occurred_at) / 3600 AS taken) hours
            WHERE (e.occurred_at AT TIME ZONE c.time_zone)::date BETWEEN ? AND ? %s
            GROUP BY e.partner_id ORDER BY e.partner_id
            """;

    private final DataSource dataSource;

    PropagationStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Per partner, for the events that occurred in [from, to] (both included).
     *
     * @param lateIfOccurredOnOrBefore per controller, the last local date whose unacknowledged events are late
     */
    public List<PartnerKpis> perPartner(LocalDate from, LocalDate to, ControllerFilter controllerFilter,
            Function<UUID, LocalDate> lateIfOccurredOnOrBefore) {
        String condition = controllerFilter.condition("e.controller_id", "?");
        try (Connection connection = dataSource.getConnection()) {
            List<UUID> controllers = unsettledControllers(connection, String.format(CONTROLLERS, condition),
                    from, to, controllerFilter);
            try (PreparedStatement statement = connection.prepareStatement(String.format(PER_PARTNER, condition))) {
                statement.setArray(1, connection.createArrayOf("uuid", controllers.toArray()));
                statement.setArray(2, connection.createArrayOf("date",
                        controllers.stream().map(lateIfOccurredOnOrBefore).map(Date::valueOf).toArray()));
                StatementValues.bindPeriod(statement, 3, from, to, controllerFilter);
                List<PartnerKpis> partners = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        partners.add(new PartnerKpis(row.getString("partner_id"), row.getLong("events"),
                                row.getLong("acknowledged"), row.getLong("exempt"), row.getLong("past_sla"),
                                StatementValues.nullableDouble(row, "median_hours"), StatementValues.nullableDouble(row, "p95_hours")));
                    }
                }
                return partners;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Propagation statistics query failed", e);
        }
    }

    private static List<UUID> unsettledControllers(Connection connection, String sql, LocalDate from, LocalDate to,
            ControllerFilter controllerFilter) throws SQLException {
        List<UUID> controllers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            StatementValues.bindPeriod(statement, 1, from, to, controllerFilter);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    controllers.add(row.getObject(1, UUID.class));
                }
            }
        }
        return controllers;
    }
}
