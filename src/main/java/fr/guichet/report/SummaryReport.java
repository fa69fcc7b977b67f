package fr.guichet.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.guichet.propagation.PartnerKpis;

/** The deadline KPIs of the requests received in a period, per group and in total, and the partners' delays. */
public record SummaryReport(LocalDate from, LocalDate to, SummaryGrouping groupBy, UUID controllerId,
        Instant generatedAt, List<GroupSummary> groups, GroupSummary total, List<PartnerKpis> propagation) {
}
