package fr.guichet.report;

import static fr.guichet.testsupport.Desk.asCompliance;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The deadline KPIs, checked exactly against the requests of {@link ReportFixtures}. */
@QuarkusTest
class DeadlineSummaryApiTest {

    private static final String SUMMARY = "/api/v1/reports/summary";
    private static final List<String> COLUMNS = List.of("received", "answered", "answeredWithinOneMonth",
            "answeredWithinOneMonthPercent", "answeredWithinThreeMonths", "answeredWithinThreeMonthsPercent",
            "answeredOnTime", "answeredOnTimePercent", "overdueNow", "extended", "extensionPercent", "refused",
            "refusalPercent", "medianDaysToAnswer", "p90DaysToAnswer");

    @Test
    void totalsCountEveryOutcomeExactly() {
        JsonPath summary = summary("month");
        assertKpis(summary, "total", 11, 6, 4, 66.7, 6, 100.0, 5, 83.3, 3, 1, 9.1, 3, 50.0, 15.0, 55.0);
        assertThat(summary.getList("total.refusalsByGround")).containsExactly(
                Map.of("legalGround", "ART_12_5", "count", 1, "percent", 16.7f),
                Map.of("legalGround", "ART_15_4", "count", 1, "percent", 16.7f),
                Map.of("legalGround", "LEGAL_BASIS", "count", 1, "percent", 16.7f));
        assertThat(summary.getString("groupBy")).isEqualTo("month");
        assertThat(summary.getString("controllerId")).isEqualTo(ReportFixtures.seeded().controllerId());
    }

    @Test
    void monthsFileEachRequestByItsReceiptDateInTheControllersZone() {
        JsonPath summary = summary("month");
        assertThat(summary.getList("groups.group")).containsExactly("2026-02", "2026-03", "2026-04", "2026-05");
        assertKpis(summary, "groups[0]", 3, 3, 1, 33.3, 3, 100.0, 2, 66.7, 0, 1, 33.3, 0, 0.0, 45.0, 61.0);
        // 31 March 23:30 in Paris is a March request; 31 March 22:30 UTC (1 April 00:30 in Paris) an April one.
        assertKpis(summary, "groups[1]", 4, 3, 3, 100.0, 3, 100.0, 3, 100.0, 1, 0, 0.0, 3, 100.0, 10.0, 18.0);
        assertKpis(summary, "groups[2]", 3, 0, 0, null, 0, null, 0, null, 1, 0, 0.0, 0, null, null, null);
        assertKpis(summary, "groups[3]", 1, 0, 0, null, 0, null, 0, null, 1, 0, 0.0, 0, null, null, null);
        assertThat(summary.getList("groups[1].refusalsByGround.percent", Double.class))
                .containsExactly(33.3, 33.3, 33.3);
    }

    @Test
    void rightsAndProcessingsGroupTheSameRequests() {
        JsonPath byRight = summary("right");
        assertThat(byRight.getList("groups.group")).containsExactly("ACCESS", "OPPOSITION");
        assertKpis(byRight, "groups[0]", 10, 5, 3, 60.0, 5, 100.0, 4, 80.0, 3, 1, 10.0, 2, 40.0, 20.0, 57.0);
        assertKpis(byRight, "groups[1]", 1, 1, 1, 100.0, 1, 100.0, 1, 100.0, 0, 0, 0.0, 1, 100.0, 2.0, 2.0);

        // R1 concerns both processings: it counts in each group, once in the total.
        ReportFixtures.Seeded seeded = ReportFixtures.seeded();
        JsonPath byProcessing = summary("processing");
        assertThat(byProcessing.getList("groups.group")).containsExactlyInAnyOrder(seeded.processingA(),
                seeded.processingB());
        String b = "groups.find { it.group == '" + seeded.processingB() + "' }";
        String a = "groups.find { it.group == '" + seeded.processingA() + "' }";
        assertKpis(byProcessing, a, 10, 5, 3, 60.0, 5, 100.0, 4, 80.0, 3, 1, 10.0, 2, 40.0, 20.0, 57.0);
        assertKpis(byProcessing, b, 2, 2, 2, 100.0, 2, 100.0, 2, 100.0, 0, 0, 0.0, 1, 50.0, 6.0, 9.2);
        assertThat(byProcessing.getString(b + ".label")).startsWith("Entrepôt");
        assertThat(byProcessing.getInt("total.received")).isEqualTo(11);
    }

    @Test
    void csvParsesBackToTheJsonValues() throws Exception {
        String controller = ReportFixtures.seeded().controllerId();
        byte[] body = asCompliance().accept("text/csv").queryParams(period(controller, "month")).get(SUMMARY).then()
                .statusCode(200).contentType("text/csv").extract().asByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8))).getRecords();
        JsonPath json = summary("month");
        assertThat(rows).hasSize(5);
        for (int i = 0; i < 4; i++) {
            assertThat(rows.get(i).get("group")).isEqualTo(json.getString("groups[" + i + "].group"));
            assertRowMatches(rows.get(i), json, "groups[" + i + "]");
        }
        assertThat(rows.get(4).get("group")).isEqualTo("total");
        assertRowMatches(rows.get(4), json, "total");
        assertThat(rows.get(4).get("refusalPercent_LEGAL_BASIS")).isEqualTo("16.7");
        assertThat(rows.get(4).get("refusalPercent_ART_21_1")).isEqualTo("0.0");
    }

    @Test
    void thePeriodIsRequiredAndValidatedAndOnlyComplianceAndDpoRead() {
        asCompliance().queryParam("to", "2026-06-30").get(SUMMARY).then().statusCode(400);
        asCompliance().queryParams(Map.of("from", "2026-07-01", "to", "2026-06-30")).get(SUMMARY).then()
                .statusCode(400);
        asCompliance().queryParams(Map.of("from", "2026-01-01", "to", "2026-06-30", "groupBy", "week"))
                .get(SUMMARY).then().statusCode(400);
        Desk.asDpo().queryParams(Map.of("from", "2026-01-01", "to", "2026-06-30")).get(SUMMARY).then()
                .statusCode(200);
        Api.asAdmin().queryParams(Map.of("from", "2026-01-01", "to", "2026-06-30")).get(SUMMARY).then()
                .statusCode(403);
        Api.as(Tokens.of("wh-x", "partner")).queryParams(Map.of("from", "2026-01-01", "to", "2026-06-30"))
                .get(SUMMARY).then().statusCode(403);
        io.restassured.RestAssured.given().queryParams(Map.of("from", "2026-01-01", "to", "2026-06-30"))
                .get(SUMMARY).then().statusCode(401);
    }

    private static JsonPath summary(String groupBy) {
        return asCompliance().queryParams(period(ReportFixtures.seeded().controllerId(), groupBy)).get(SUMMARY)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> period(String controller, String groupBy) {
        Map<String, Object> params = new HashMap<>(Map.of("from", "2026-01-01", "to", "2026-06-30",
                "controller", controller));
        params.put("groupBy", groupBy);
        return params;
    }

    /** The values in {@link #COLUMNS} order. */
    private static void assertKpis(JsonPath json, String path, Object... expected) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            Object actual = json.get(path + "." + COLUMNS.get(i));
            assertThat(number(actual)).as(path + "." + COLUMNS.get(i)).isEqualTo(number(expected[i]));
        }
    }

    private static void assertRowMatches(CSVRecord row, JsonPath json, String path) {
        for (String column : COLUMNS) {
            String cell = row.get(column);
            Object value = json.get(path + "." + column);
            assertThat(cell.isEmpty() ? null : Double.valueOf(cell)).as(column).isEqualTo(number(value));
        }
    }

    private static Double number(Object value) {
        return value == null ? null : Double.valueOf(value.toString());
    }
}
