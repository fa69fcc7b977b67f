package fr.guichet.report;

import static fr.guichet.testsupport.Desk.done;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.guichet.testsupport.Desk;

/**
 * One controller of its own with requests of known outcomes, received February to May 2026 (Paris time), so that
 * every KPI of the summary has an exact expected value. Seeded once: the requests' `at` dates are fixed.
 *
 * <pre>
 * ref  right       processings  received          what happened                               days
 * R1   ACCESS      A, B         Mon  2 Feb        granted, answered 12 Feb                     10 on time
 * R2   ACCESS      A            Tue  3 Feb        granted, answered 20 Mar (due 3 Mar)         45 late
 * R3   ACCESS      A            Wed  4 Feb        extended 20 Feb, answered 10 Apr (due 4 May) 65 on time
 * R4   ACCESS      A            Mon  2 Mar        refused ART_12_5, answered 12 Mar            10
 * R5   ACCESS      A            Tue  3 Mar        partly granted ART_15_4, answered 23 Mar     20
 * R6   OPPOSITION  B (legal ob.) Wed 4 Mar        not applicable LEGAL_BASIS, answered 6 Mar    2
 * R10  ACCESS      A            31 Mar 23:30 Paris   open: overdue (a March request)
 * R7   ACCESS      A            Wed  1 Apr        withdrawn 5 Apr
 * R8   ACCESS      A            Tue  7 Apr        identity asked 8 Apr: paused, not overdue
 * R11  ACCESS      A            31 Mar 22:30 UTC = 1 Apr 00:30 Paris: an April request, overdue
 * R9   ACCESS      A            Mon  4 May        started, never answered: overdue
 * </pre>
 */
final class ReportFixtures {

    record Seeded(String controllerId, String processingA, String processingB) {
    }

    private static Seeded seeded;

    private ReportFixtures() {
    }

    static synchronized Seeded seeded() {
        if (seeded == null) {
            seeded = seed();
        }
        return seeded;
    }

    private static Seeded seed() {
        String controller = Desk.createController("Europe/Paris", "METROPOLITAN");
        String a = Desk.createProcessing(controller, "PUBLIC_TASK",
                List.of("ACCESS", "RECTIFICATION", "ERASURE", "LIMITATION", "OPPOSITION"), null, false);
        String b = Desk.createProcessing(controller, "LEGAL_OBLIGATION", List.of("ACCESS", "RECTIFICATION"),
                "Décret n° 2025-1366", false);
        Desk.Catalogue catalogue = new Desk.Catalogue(controller, List.of(a, b), Desk.createStudy(List.of(a, b)));

        answered(file(catalogue, "ACCESS", List.of(a, b), "2026-02-02T10:00:00+01:00"), "2026-02-03T10:00:00+01:00",
                granted("2026-02-10T10:00:00+01:00"), "2026-02-12T10:00:00+01:00");
        answered(file(catalogue, "ACCESS", List.of(a), "2026-02-03T10:00:00+01:00"), "2026-02-04T10:00:00+01:00",
                granted("2026-03-19T10:00:00+01:00"), "2026-03-20T10:00:00+01:00");
        String r3 = file(catalogue, "ACCESS", List.of(a), "2026-02-04T10:00:00+01:00");
        done(r3, Map.of("action", "EXTEND", "at", "2026-02-20T10:00:00+01:00", "reasonCode", "COMPLEXITY",
                "reasonText", "Dossier réparti entre trois entrepôts."));
        answered(r3, "2026-02-21T10:00:00+01:00", granted("2026-04-09T10:00:00+02:00"), "2026-04-10T10:00:00+02:00");
        answered(file(catalogue, "ACCESS", List.of(a), "2026-03-02T10:00:00+01:00"), "2026-03-03T10:00:00+01:00",
                refused("REFUSED", "ART_12_5", "2026-03-10T10:00:00+01:00"), "2026-03-12T10:00:00+01:00");
        answered(file(catalogue, "ACCESS", List.of(a), "2026-03-03T10:00:00+01:00"), "2026-03-04T10:00:00+01:00",
                refused("PARTIALLY_GRANTED", "ART_15_4", "2026-03-20T10:00:00+01:00"), "2026-03-23T10:00:00+01:00");
        answered(file(catalogue, "OPPOSITION", List.of(b), "2026-03-04T10:00:00+01:00"), "2026-03-04T11:00:00+01:00",
                refused("NOT_APPLICABLE", "LEGAL_BASIS", "2026-03-05T10:00:00+01:00"), "2026-03-06T10:00:00+01:00");
        file(catalogue, "ACCESS", List.of(a), "2026-03-31T23:30:00+02:00");
        String r7 = file(catalogue, "ACCESS", List.of(a), "2026-04-01T10:00:00+02:00");
        done(r7, Map.of("action", "WITHDRAW", "at", "2026-04-05T10:00:00+02:00"));
        String r8 = file(catalogue, "ACCESS", List.of(a), "2026-04-07T10:00:00+02:00");
        done(r8, Map.of("action", "REQUEST_IDENTITY", "at", "2026-04-08T10:00:00+02:00",
                "reason", "Deux patients portent ce nom dans l'étude."));
        file(catalogue, "ACCESS", List.of(a), "2026-03-31T22:30:00Z");
        String r9 = file(catalogue, "ACCESS", List.of(a), "2026-05-04T10:00:00+02:00");
        done(r9, Map.of("action", "START", "at", "2026-05-05T10:00:00+02:00"));
        return new Seeded(controller, a, b);
    }

    private static String file(Desk.Catalogue catalogue, String right, List<String> processings, String receivedAt) {
        Map<String, Object> filing = new HashMap<>(Desk.filing(catalogue, right, receivedAt));
        filing.put("processingIds", processings);
        return Desk.file(filing);
    }

    private static void answered(String request, String startAt, Map<String, Object> decision, String respondAt) {
        done(request, Map.of("action", "START", "at", startAt));
        done(request, decision);
        done(request, Map.of("action", "RESPOND", "at", respondAt));
    }

    private static Map<String, Object> granted(String at) {
        return Map.of("action", "DECIDE", "at", at, "outcome", "GRANTED");
    }

    private static Map<String, Object> refused(String outcome, String ground, String at) {
        return Map.of("action", "DECIDE", "at", at, "outcome", outcome, "legalGround", ground,
                "reasoning", "Motifs communiqués à la personne avec les voies de recours.");
    }
}
