package fr.guichet.report;

import static fr.guichet.report.Registers.MARCH;
import static fr.guichet.report.Registers.REGISTER;
import static fr.guichet.report.Registers.json;
import static fr.guichet.report.Registers.params;
import static fr.guichet.report.Registers.ref;
import static fr.guichet.testsupport.Desk.asCompliance;
import static fr.guichet.testsupport.Desk.catalogue;
import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.filing;
import static fr.guichet.testsupport.Desk.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Desk.Catalogue;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The register of requests: one row per request received in the period (by its date in the controller's zone),
 * with its deadlines, answer and timeliness exactly as the desk recorded them, identical in JSON and in CSV.
 */
@QuarkusTest
class RegisterApiTest {

    private static final String RECEIVED = "2026-03-10T09:30:00+01:00";

    @Test
    void eachRequestShowsItsDeadlinesAnswerAndTimelinessExactly() {
        Catalogue catalogue = catalogue();
        String onTime = answered(catalogue, "ACCESS", "2026-04-02T10:00:00+02:00");
        String late = answered(catalogue, "ACCESS", "2026-04-14T10:00:00+02:00");
        String extended = file(filing(catalogue, "ACCESS", RECEIVED));
        start(extended);
        done(extended, Map.of("action", "EXTEND", "at", "2026-04-01T10:00:00+02:00", "reasonCode", "COMPLEXITY",
                "reasonText", "Your data are held in three warehouses."));
        decideAndRespond(extended, Map.of("outcome", "GRANTED"), "2026-05-20T10:00:00+02:00");
        String refused = file(filing(catalogue, "ERASURE", RECEIVED));
        start(refused);
        decideAndRespond(refused, Map.of("outcome", "REFUSED", "legalGround", "ART_17_3_D", "reasoning",
                "Erasing these data would seriously impair the study's objectives."), "2026-03-30T10:00:00+02:00");
        String withdrawn = file(filing(catalogue, "ACCESS", RECEIVED));
        done(withdrawn, Map.of("action", "WITHDRAW", "at", "2026-03-12T10:00:00+01:00", "reason", "No longer needed."));
        String lapsed = file(filing(catalogue, "ERASURE", RECEIVED));
        done(lapsed, Map.of("action", "REQUEST_CLARIFICATION", "at", "2026-03-11T09:00:00+01:00", "reason", "Which?"));
        done(lapsed, Map.of("action", "CLOSE", "at", "2026-05-11T09:00:00+02:00", "reason", "No answer."));
        String paused = file(filing(catalogue, "ACCESS", RECEIVED));
        done(paused, Map.of("action", "REQUEST_IDENTITY", "at", "2026-03-12T11:00:00+01:00", "reason", "Doubt."));
        done(paused, Map.of("action", "INFORMATION_RECEIVED", "at", "2026-03-20T15:00:00+01:00",
                "identityVerified", true));
        decideAndRespond(paused, Map.of("outcome", "GRANTED"), "2026-04-16T10:00:00+02:00");
        String overdue = file(filing(catalogue, "ACCESS", RECEIVED));
        start(overdue);
        String awaiting = file(filing(catalogue, "ACCESS", RECEIVED));
        done(awaiting, Map.of("action", "REQUEST_IDENTITY", "at", "2026-03-12T11:00:00+01:00", "reason", "Doubt."));

        Map<String, Map<String, Object>> rows = byReference(json(MARCH + "&controller=" + catalogue.controllerId()));

        assertThat(rows).hasSize(9);
        assertThat(rows.get(ref(onTime))).isEqualTo(row(onTime, "ACCESS", "2026-04-10", null, "2026-04-10",
                "ANSWERED", "GRANTED", null, "2026-04-02", 23, "ON_TIME", 0));
        assertThat(rows.get(ref(late))).isEqualTo(row(late, "ACCESS", "2026-04-10", null, "2026-04-10",
                "ANSWERED", "GRANTED", null, "2026-04-14", 35, "LATE", 0));
        assertThat(rows.get(ref(extended))).isEqualTo(row(extended, "ACCESS", "2026-04-10", "2026-06-10",
                "2026-06-10", "ANSWERED", "GRANTED", null, "2026-05-20", 71, "ON_TIME", 0));
        assertThat(rows.get(ref(refused))).isEqualTo(row(refused, "ERASURE", "2026-04-10", null, "2026-04-10",
                "ANSWERED", "REFUSED", "ART_17_3_D", "2026-03-30", 20, "ON_TIME", 0));
        assertThat(rows.get(ref(withdrawn))).isEqualTo(row(withdrawn, "ACCESS", "2026-04-10", null, "2026-04-10",
                "WITHDRAWN", null, null, null, null, "NOT_ANSWERED", 0));
        // The clarification was never answered: the clock stayed stopped from 11 March to the closure.
        assertThat(rows.get(ref(lapsed))).isEqualTo(row(lapsed, "ERASURE", "2026-06-09", null, "2026-06-09",
                "CLOSED", "LAPSED", null, null, null, "NOT_ANSWERED", 60));
        assertThat(rows.get(ref(paused))).isEqualTo(row(paused, "ACCESS", "2026-04-17", null, "2026-04-17",
                "ANSWERED", "GRANTED", null, "2026-04-16", 37, "ON_TIME", 7));
        assertThat(rows.get(ref(overdue))).isEqualTo(row(overdue, "ACCESS", "2026-04-10", null, "2026-04-10",
                "IN_PROGRESS", null, null, null, null, "OPEN_OVERDUE", 0));
        // Still paused, awaiting the person: the clock is stopped, so past the date it is not overdue.
        assertThat(rows.get(ref(awaiting)).get("timeliness")).isEqualTo("OPEN");
        assertThat(rows.get(ref(awaiting)).get("status")).isEqualTo("AWAITING_INFORMATION");
    }

    @Test
    void aRequestReceivedTodayIsOpenAndNotOverdue() {
        Catalogue catalogue = catalogue();
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Paris"));
        String id = file(filing(catalogue, "ACCESS", now.minusHours(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        String day = now.minusHours(1).toLocalDate().toString();
        List<Map<String, Object>> rows = json("from=" + day + "&to=" + day + "&controller=" + catalogue.controllerId());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("reference", ref(id)).containsEntry("timeliness", "OPEN")
                .containsEntry("responseDate", null).containsEntry("daysTaken", null);
    }

    @Test
    void theCsvHoldsExactlyTheJsonRowsAfterItsByteOrderMarkAndHeader() throws IOException {
        Catalogue catalogue = catalogue();
        answered(catalogue, "ACCESS", "2026-04-02T10:00:00+02:00");
        file(filing(catalogue, "ERASURE", "2026-03-11T09:30:00+01:00"));
        String query = MARCH + "&controller=" + catalogue.controllerId();

        Response csv = asCompliance().accept("text/csv").queryParams(params(query)).get(REGISTER).then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"register-2026-03-01-to-2026-03-31.csv\"")
                .extract().response();
        assertThat(csv.getContentType()).startsWith("text/csv");
        String body = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFreference,right,channel,");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();

        List<Map<String, Object>> rows = json(query);
        assertThat(rows).hasSize(2);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(RegisterCsv.HEADER);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> asText = new LinkedHashMap<>();
            rows.get(i).forEach((key, value) -> asText.put(key, value == null ? "" : value.toString()));
            assertThat(records.get(i).toMap()).isEqualTo(asText);
        }
    }

    @Test
    void theMonthIsTheReceiptMonthInTheControllersZone() {
        Catalogue catalogue = catalogue();
        String lateEvening = file(filing(catalogue, "ACCESS", "2026-03-31T23:30:00+02:00"));
        String nextDayInParis = file(filing(catalogue, "ACCESS", "2026-03-31T22:30:00Z"));
        String controller = "&controller=" + catalogue.controllerId();

        assertThat(json(MARCH + controller)).extracting(row -> row.get("reference"))
                .containsExactly(ref(lateEvening));
        assertThat(json("from=2026-04-01&to=2026-04-30" + controller)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("reference", ref(nextDayInParis))
                        .containsEntry("receiptDate", "2026-04-01"));
    }

    private static String answered(Catalogue catalogue, String right, String respondedAt) {
        String id = file(filing(catalogue, right, RECEIVED));
        start(id);
        decideAndRespond(id, Map.of("outcome", "GRANTED"), respondedAt);
        return id;
    }

    private static void start(String id) {
        done(id, Map.of("action", "START", "at", "2026-03-11T09:00:00+01:00"));
    }

    private static void decideAndRespond(String id, Map<String, Object> decision, String respondedAt) {
        Map<String, Object> decide = new HashMap<>(decision);
        decide.put("action", "DECIDE");
        decide.put("at", respondedAt);
        done(id, decide);
        done(id, Map.of("action", "RESPOND", "at", respondedAt));
    }

    private static Map<String, Map<String, Object>> byReference(List<Map<String, Object>> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (String) row.get("reference"), row -> row));
    }

    /** A row filed by post by the person, received on 10 March 2026, with no partner events. */
    private static Map<String, Object> row(String id, String right, String responseDue, String extendedDue,
            String effectiveDue, String status, String outcome, String legalGround, String responseDate,
            Integer daysTaken, String timeliness, int pausedDays) {
        List<String> keys = new ArrayList<>(RegisterCsv.HEADER);
        List<Object> values = Arrays.asList(ref(id), right, "POST", "SELF", "2026-03-10", responseDue, extendedDue,
                effectiveDue, status, outcome, legalGround, responseDate, daysTaken, timeliness, pausedDays, 0, 0,
                null);
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            row.put(keys.get(i), values.get(i));
        }
        return row;
    }
}
