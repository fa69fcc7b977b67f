package fr.guichet.report;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ProcessingView;
import fr.guichet.platform.security.ControllerFilter;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.propagation.PropagationStatistics;
import fr.guichet.request.AcknowledgementSla;
import fr.guichet.request.DeadlineKpis;
import fr.guichet.request.DeadlineStatistics;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Assembles the deadline summary from the request and propagation features' statistics. */
@ApplicationScoped
class DeadlineReport {

    private final DeadlineStatistics deadlines;
    private final PropagationStatistics propagation;
    private final AcknowledgementSla sla;
    private final CatalogDirectory catalog;
    private final Clock clock;
    private final EntityManager entityManager;

    DeadlineReport(DeadlineStatistics deadlines, PropagationStatistics propagation, AcknowledgementSla sla,
            CatalogDirectory catalog, Clock clock, EntityManager entityManager) {
        this.deadlines = deadlines;
        this.propagation = propagation;
        this.sla = sla;
        this.catalog = catalog;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** One read-only snapshot for every query, so that the groups, the total and the partners add up. */
    SummaryReport summary(ReportPeriod period, SummaryGrouping groupBy, StaffScope scope) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // Must be the transaction's first statement; the statistics' JDBC calls share its connection.
            entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .executeUpdate();
            return assemble(period, groupBy, scope.narrowedTo(period.controllerId()));
        });
    }

    private SummaryReport assemble(ReportPeriod period, SummaryGrouping groupBy, ControllerFilter controllers) {
        List<DeadlineKpis> groups = deadlines.kpis(period.from(), period.to(), controllers,
                groupBy.grouping);
        Map<String, String> labels = groupBy == SummaryGrouping.PROCESSING ? processingNames(groups) : Map.of();
        GroupSummary total = deadlines.kpis(period.from(), period.to(), controllers,
                DeadlineStatistics.Grouping.TOTAL).stream().findFirst()
                .map(kpis -> GroupSummary.of(kpis, null, null))
                .orElseGet(() -> GroupSummary.of(DeadlineKpis.none(), null, null));
        return new SummaryReport(period.from(), period.to(), groupBy, period.controllerId().orElse(null),
                clock.instant(), groups.stream()
                        .map(kpis -> GroupSummary.of(kpis, kpis.group(), labels.getOrDefault(kpis.group(),
                                kpis.group())))
                        .toList(),
                total, propagation.perPartner(period.from(), period.to(), controllers,
                        sla::lateIfOccurredOnOrBefore));
    }

    private Map<String, String> processingNames(List<DeadlineKpis> groups) {
        List<UUID> ids = groups.stream().map(kpis -> UUID.fromString(kpis.group())).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return catalog.processings(ids).stream()
                .collect(Collectors.toMap(processing -> processing.id().toString(), ProcessingView::name));
    }
}
