package fr.guichet.request;

import java.util.Map;

/**
 * Timeliness counts for one group of requests (a month, a processing, a right, or all of them). Days to answer
 * are the response's local date minus the receipt date; the medians are PostgreSQL {@code percentile_cont}
 * (interpolated, as a spreadsheet's MEDIAN and PERCENTILE.INC), null when nothing was answered.
 *
 * @param answeredWithinOneMonth answered on or before the receipt date plus one calendar month (no roll-forward,
 *        no pause: the raw Art. 12(3) month)
 * @param answeredOnTime answered on or before the request's effective deadline (pauses, extension, roll-forward)
 * @param overdueNow still owed, not paused, and today (in the controller's zone) is after the effective deadline
 * @param refusalsByGround answered requests refused, partly granted or not applicable, by legal ground
 */
public record DeadlineKpis(String group, long received, long answered, long answeredWithinOneMonth,
        long answeredWithinThreeMonths, long answeredOnTime, long overdueNow, long extended,
        Double medianDaysToAnswer, Double p90DaysToAnswer, Map<LegalGround, Long> refusalsByGround) {

    /** The KPIs of a period without requests. */
    public static DeadlineKpis none() {
        return new DeadlineKpis(null, 0, 0, 0, 0, 0, 0, 0, null, null, Map.of());
    }
}
