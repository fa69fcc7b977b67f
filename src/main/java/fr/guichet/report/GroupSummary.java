package fr.guichet.report;

import java.util.List;

import fr.guichet.request.DeadlineKpis;
import fr.guichet.request.LegalGround;

/**
 * The KPIs of one group, as served: counts, and percentages of the answered requests (extensions: of the
 * received ones). {@code group} and {@code label} are null on the total.
 */
public record GroupSummary(String group, String label, long received, long answered, long answeredWithinOneMonth,
        Double answeredWithinOneMonthPercent, long answeredWithinThreeMonths, Double answeredWithinThreeMonthsPercent,
        long answeredOnTime, Double answeredOnTimePercent, long overdueNow, long extended, Double extensionPercent,
        long refused, Double refusalPercent, List<Refusals> refusalsByGround, Double medianDaysToAnswer,
        Double p90DaysToAnswer) {

    /** Answered requests refused, partly granted or not applicable on one legal ground. */
    public record Refusals(LegalGround legalGround, long count, Double percent) {
    }

    static GroupSummary of(DeadlineKpis kpis, String group, String label) {
        long answered = kpis.answered();
        List<Refusals> refusals = kpis.refusalsByGround().entrySet().stream()
                .map(entry -> new Refusals(entry.getKey(), entry.getValue(), Percent.of(entry.getValue(), answered)))
                .toList();
        long refused = refusals.stream().mapToLong(Refusals::count).sum();
        return new GroupSummary(group, label, kpis.received(), answered, kpis.answeredWithinOneMonth(),
                Percent.of(kpis.answeredWithinOneMonth(), answered), kpis.answeredWithinThreeMonths(),
                Percent.of(kpis.answeredWithinThreeMonths(), answered), kpis.answeredOnTime(),
                Percent.of(kpis.answeredOnTime(), answered), kpis.overdueNow(), kpis.extended(),
                Percent.of(kpis.extended(), kpis.received()), refused, Percent.of(refused, answered), refusals,
                Percent.round(kpis.medianDaysToAnswer()), Percent.round(kpis.p90DaysToAnswer()));
    }

    /** The percentage of answers refused on that ground; 0 when none was, null when nothing was answered. */
    public Double refusalPercent(LegalGround ground) {
        return refusalsByGround.stream().filter(r -> r.legalGround() == ground).map(Refusals::percent).findFirst()
                .orElse(answered == 0 ? null : 0.0);
    }
}
