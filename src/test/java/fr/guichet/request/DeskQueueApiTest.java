package fr.guichet.request;

import static fr.guichet.testsupport.Desk.asCompliance;
import static fr.guichet.testsupport.Desk.asDpo;
import static fr.guichet.testsupport.Desk.catalogue;
import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.filing;
import static fr.guichet.testsupport.Desk.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Desk.Catalogue;
import fr.guichet.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The DPO's queue: which requests each filter keeps, the three orders, keyset pages that hold while requests keep
 * arriving, the risk of each request, and who may read it. Each test files requests under a controller of its own
 * and filters on it, so that other tests' requests never get in the way.
 */
@QuarkusTest
class DeskQueueApiTest {

    private static final String QUEUE = "/api/v1/desk/requests";

    @Inject
    EntityManager entityManager;

    @Test
    void byDefaultTheQueueHoldsTheRequestsStillOwedAnAnswerSoonestDeadlineFirst() {
        Catalogue catalogue = catalogue();
        String older = file(filing(catalogue, "ACCESS", daysAgo(20)));
        String newest = file(filing(catalogue, "ACCESS", daysAgo(2)));
        String middle = file(filing(catalogue, "ERASURE", daysAgo(10)));
        String withdrawn = file(filing(catalogue, "ACCESS", daysAgo(15)));
        done(withdrawn, Map.of("action", "WITHDRAW"));
        String answered = file(filing(catalogue, "ACCESS", daysAgo(12)));
        done(answered, Map.of("action", "START"));
        done(answered, Map.of("action", "DECIDE", "outcome", "GRANTED"));
        done(answered, Map.of("action", "RESPOND"));

        JsonPath page = page(asDpo(), "controller=" + catalogue.controllerId());
        assertThat(page.getList("items.id", String.class)).containsExactly(older, middle, newest);
        assertThat(page.getString("next")).isNull();
        JsonPath request = get(older).then().extract().jsonPath();
        Map<String, Object> item = page.getMap("items[0]");
        assertThat(item).containsEntry("reference", request.getString("reference"))
                .containsEntry("controllerId", catalogue.controllerId()).containsEntry("right", "ACCESS")
                .containsEntry("status", "RECEIVED").containsEntry("channel", "POST")
                .containsEntry("receivedAt", request.getString("receivedAt")).containsEntry("assignee", null)
                .containsEntry("extended", false).containsEntry("lastActivityAt", request.getString("lastActivityAt"))
                .containsEntry("risk", "ON_TRACK");
        Map<String, Object> deadlines = request.getMap("deadlines");
        assertThat(page.getMap("items[0].deadlines")).containsAllEntriesOf(Map.of(
                "receiptDate", deadlines.get("receiptDate"), "responseDue", deadlines.get("responseDue"),
                "effectiveDue", deadlines.get("effectiveDue"), "internalTarget", deadlines.get("internalTarget"),
                "paused", false, "pausedDays", 0, "overdue", false)).containsEntry("extendedDue", null);

        JsonPath ended = page(asDpo(), "controller=" + catalogue.controllerId(), "status=WITHDRAWN",
                "status=ANSWERED");
        assertThat(ended.getList("items.id", String.class)).containsExactlyInAnyOrder(withdrawn, answered);
        assertThat(ended.getList("items.risk")).containsOnlyNulls();
    }

    @Test
    void eachLineNamesItsControllerProcessingsAndAssigneeInTheSameStatement() {
        Catalogue catalogue = catalogue();
        String second = Desk.createProcessing(catalogue.controllerId(), "PUBLIC_TASK", List.of("ACCESS"), null, false);
        Map<String, Object> onBoth = filing(catalogue, "ACCESS", daysAgo(20));
        onBoth.put("processingIds", List.of(catalogue.processingId(), second));
        String named = file(onBoth);
        String unknown = file(filing(catalogue, "ACCESS", daysAgo(10)));
        String nobody = file(filing(catalogue, "ACCESS", daysAgo(5)));
        // A colleague the staff directory knows by name (from their token), and one it has never seen.
        String colleague = "nadia-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Tokens.of(colleague, "dpo")).get(QUEUE).then().statusCode(200);
        asDpo().body(Map.of("assignee", colleague)).put(QUEUE + "/" + named + "/assignee").then().statusCode(200);
        asDpo().body(Map.of("assignee", "never-signed-in")).put(QUEUE + "/" + unknown + "/assignee").then()
                .statusCode(200);
        String controllerName = Api.asAdmin().get("/api/v1/admin/controllers/" + catalogue.controllerId()).then()
                .extract().path("name");
        String firstName = processingName(catalogue.processingId());
        List<String> processingNames = List.of(firstName, processingName(second)).stream().sorted().toList();

        JsonPath page = page(asDpo(), "controller=" + catalogue.controllerId());
        assertThat(page.getList("items.id", String.class)).containsExactly(named, unknown, nobody);
        assertThat(page.getMap("items[0]")).containsEntry("controllerName", controllerName)
                .containsEntry("processingNames", processingNames).containsEntry("assignee", colleague)
                .containsEntry("assigneeName", "N" + colleague.substring(1));
        assertThat(page.getMap("items[1]")).as("an assignee the directory does not know has no name")
                .containsEntry("assignee", "never-signed-in").containsEntry("assigneeName", null)
                .containsEntry("processingNames", List.of(firstName));
        assertThat(page.getMap("items[2]")).containsEntry("assignee", null).containsEntry("assigneeName", null)
                .containsEntry("controllerName", controllerName);
    }

    @Test
    void statusRightChannelAndExtensionFiltersCombine() {
        Catalogue catalogue = catalogue();
        String access = file(withChannel(filing(catalogue, "ACCESS", daysAgo(3)), "EMAIL"));
        String erasure = file(withChannel(filing(catalogue, "ERASURE", daysAgo(3)), "PHONE"));
        String opposition = file(filing(catalogue, "OPPOSITION", daysAgo(3)));
        done(opposition, Map.of("action", "START"));
        done(erasure, Map.of("action", "EXTEND", "reasonCode", "COMPLEXITY", "reasonText",
                "Plusieurs entrepôts à consulter"));
        String mine = "controller=" + catalogue.controllerId();

        assertThat(ids(mine, "status=IN_PROGRESS")).containsExactly(opposition);
        assertThat(ids(mine, "status=RECEIVED", "status=IN_PROGRESS")).containsExactlyInAnyOrder(access, erasure,
                opposition);
        assertThat(ids(mine, "right=ACCESS", "right=ERASURE")).containsExactlyInAnyOrder(access, erasure);
        assertThat(ids(mine, "channel=EMAIL", "channel=POST")).containsExactlyInAnyOrder(access, opposition);
        assertThat(ids(mine, "extended=true")).containsExactly(erasure);
        assertThat(ids(mine, "extended=false")).containsExactlyInAnyOrder(access, opposition);
        assertThat(ids(mine, "right=ERASURE", "channel=EMAIL")).isEmpty();
        assertThat(page(asDpo(), mine, "extended=true").getMap("items[0]")).containsEntry("extended", true);
        assertThat(page(asDpo(), mine, "extended=true").getString("items[0].deadlines.extendedDue"))
                .isEqualTo(get(erasure).then().extract().path("deadlines.extendedDue"));
    }

    @Test
    void processingControllerAndDatesNarrowTheQueue() {
        Catalogue catalogue = catalogue();
        String other = Desk.createProcessing(catalogue.controllerId(), "PUBLIC_TASK", List.of("ACCESS"), null, false);
        String first = file(filing(catalogue, "ACCESS", "2026-03-02T10:00:00+01:00"));
        Map<String, Object> onOther = filing(catalogue, "ACCESS", "2026-03-09T23:30:00+01:00");
        onOther.put("processingIds", List.of(other));
        onOther.remove("studyId");
        onOther.remove("participantCode");
        String second = file(onOther);
        String third = file(filing(catalogue, "ACCESS", "2026-03-20T10:00:00+01:00"));
        file(filing(catalogue(), "ACCESS", "2026-03-09T10:00:00+01:00"));
        String mine = "controller=" + catalogue.controllerId();

        assertThat(ids("processing=" + other)).containsExactly(second);
        assertThat(ids("processing=" + catalogue.processingId())).containsExactly(first, third);
        assertThat(ids(mine)).containsExactly(first, second, third);
        // Receipt dates are the controller's: 23:30 in Paris on 9 March (22:30 UTC) is a 9 March receipt.
        assertThat(ids(mine, "receivedFrom=2026-03-09", "receivedTo=2026-03-09")).containsExactly(second);
        assertThat(ids(mine, "receivedFrom=2026-03-03")).containsExactly(second, third);
        assertThat(ids(mine, "receivedTo=2026-03-09")).containsExactly(first, second);
        String secondDue = get(second).then().extract().path("deadlines.effectiveDue");
        assertThat(ids(mine, "dueBefore=" + secondDue)).containsExactly(first, second);
        assertThat(ids(mine, "dueBefore=" + LocalDate.parse(secondDue).minusDays(1))).containsExactly(first);
    }

    @Test
    void assigneeFiltersOnAStaffMemberTheCallerOrNobody() {
        Catalogue catalogue = catalogue();
        String alices = file(filing(catalogue, "ACCESS", daysAgo(5)));
        String callers = file(filing(catalogue, "ACCESS", daysAgo(4)));
        String nobodys = file(filing(catalogue, "ACCESS", daysAgo(3)));
        asDpo().body(Map.of("assignee", "alice")).put(QUEUE + "/" + alices + "/assignee").then().statusCode(200);
        asDpo().body(Map.of("assignee", "test-dpo")).put(QUEUE + "/" + callers + "/assignee").then().statusCode(200);
        String mine = "controller=" + catalogue.controllerId();

        assertThat(ids(mine, "assignee=alice")).containsExactly(alices);
        assertThat(ids(mine, "assignee=mine")).containsExactly(callers);
        assertThat(ids(mine, "assignee=unassigned")).containsExactly(nobodys);
        assertThat(page(asDpo(), mine, "assignee=alice").getString("items[0].assignee")).isEqualTo("alice");
        // "mine" is the caller's token subject, whoever calls.
        assertThat(page(Api.as(Tokens.of("alice", "dpo")), mine, "assignee=mine").getList("items.id"))
                .containsExactly(alices);
        assertThat(page(asCompliance(), mine, "assignee=mine").getList("items")).isEmpty();
    }

    @Test
    void aReferenceFindsItsRequestInAnyCaseAndAPrefixFindsThoseStartingWithIt() {
        Catalogue catalogue = catalogue();
        String id = file(filing(catalogue, "ACCESS", daysAgo(1)));
        String other = file(filing(catalogue, "ACCESS", daysAgo(1)));
        String reference = get(id).then().extract().path("reference");
        String otherReference = get(other).then().extract().path("reference");

        assertThat(ids("q=" + reference)).containsExactly(id);
        assertThat(ids("q=" + reference.toLowerCase())).containsExactly(id);
        String prefix = reference.substring(0, 13);
        assertThat(ids("q=" + prefix.toLowerCase(), "controller=" + catalogue.controllerId()))
                .containsExactlyInAnyOrderElementsOf(otherReference.startsWith(prefix) ? List.of(id, other)
                        : List.of(id));
        assertThat(ids("q=" + reference.substring(0, 9), "controller=" + catalogue.controllerId()))
                .containsExactlyInAnyOrder(id, other);
        assertThat(ids("q=GCH-1999-ZZZZZZ")).isEmpty();
    }

    @Test
    void anEmailAddressFindsExactlyThatRequestersRequests() {
        Catalogue catalogue = catalogue();
        String address = "louise." + UUID.randomUUID().toString().substring(0, 8) + "@patient.example";
        String first = file(withEmail(filing(catalogue, "ACCESS", daysAgo(9)), address));
        String second = file(withEmail(filing(catalogue, "OPPOSITION", daysAgo(2)), address));
        file(withEmail(filing(catalogue, "ACCESS", daysAgo(5)), "x" + address));
        file(withEmail(filing(catalogue, "ACCESS", daysAgo(5)), address.replace("@", ".old@")));
        file(filing(catalogue, "ACCESS", daysAgo(5)));

        assertThat(ids("q=" + address)).containsExactly(first, second);
        assertThat(ids("q=" + address.toUpperCase())).containsExactly(first, second);
        assertThat(ids("q=" + address, "right=OPPOSITION")).containsExactly(second);
        assertThat(ids("q=" + address.replace("louise", "louis"))).isEmpty();
    }

    @Test
    void ordersByReceiptAndByActivityAreNewestFirst() {
        Catalogue catalogue = catalogue();
        String oldest = file(filing(catalogue, "ACCESS", daysAgo(9)));
        String newest = file(filing(catalogue, "ACCESS", daysAgo(1)));
        String middle = file(filing(catalogue, "ACCESS", daysAgo(5)));
        done(oldest, Map.of("action", "START"));
        String mine = "controller=" + catalogue.controllerId();

        assertThat(ids(mine)).containsExactly(oldest, middle, newest);
        assertThat(ids(mine, "sort=deadline")).containsExactly(oldest, middle, newest);
        assertThat(ids(mine, "sort=received")).containsExactly(newest, middle, oldest);
        assertThat(ids(mine, "sort=activity")).containsExactly(oldest, middle, newest);
    }

    @Test
    void pagesMissAndRepeatNothingWhileRequestsKeepArriving() {
        Catalogue catalogue = catalogue();
        List<String> initial = new ArrayList<>();
        for (int day : new int[] { 25, 3, 17, 3, 40, 9, 12 }) {
            initial.add(file(filing(catalogue, "ACCESS", daysAgo(day))));
        }
        for (String sort : List.of("deadline", "received", "activity")) {
            List<String> expectedOrder = ids("controller=" + catalogue.controllerId(), "sort=" + sort);
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int filed = 0;
            do {
                RequestSpecification spec = query(asDpo(), "controller=" + catalogue.controllerId(), "sort=" + sort,
                        "limit=2");
                JsonPath page = (cursor == null ? spec : spec.queryParam("cursor", cursor)).get(QUEUE).then()
                        .statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.id", String.class));
                cursor = page.getString("next");
                // Newcomers both ahead of and behind the cursor, in every order.
                file(filing(catalogue, "ACCESS", daysAgo(filed++ % 2 == 0 ? 60 : 0)));
            } while (cursor != null);
            assertThat(seen).as(sort).doesNotHaveDuplicates().containsAll(initial);
            assertThat(seen.stream().filter(expectedOrder::contains).toList()).as(sort)
                    .containsExactlyElementsOf(expectedOrder);
        }
    }

    @Test
    void theRiskSaysWhatNeedsDoingFirst() {
        Catalogue catalogue = catalogue();
        String overdue = file(filing(catalogue, "ACCESS", daysAgo(70)));
        String lateFor = file(filing(catalogue, "ACCESS", daysAgo(70)));
        // Asked two months after receipt, long past the prompt window: the pause does not stop the clock.
        done(lateFor, Map.of("action", "REQUEST_IDENTITY", "reason", "doute sur l'identité"));
        String dueSoon = file(filing(catalogue, "ACCESS", daysAgo(27)));
        String onTrack = file(filing(catalogue, "ACCESS", daysAgo(0)));
        String paused = file(filing(catalogue, "ACCESS", daysAgo(2)));
        done(paused, Map.of("action", "REQUEST_IDENTITY", "reason", "doute sur l'identité"));
        String mine = "controller=" + catalogue.controllerId();

        JsonPath page = page(asDpo(), mine);
        Map<String, String> risks = new HashMap<>();
        for (int i = 0; i < page.getList("items").size(); i++) {
            risks.put(page.getString("items[" + i + "].id"), page.getString("items[" + i + "].risk"));
        }
        assertThat(risks).containsExactlyInAnyOrderEntriesOf(Map.of(overdue, "OVERDUE", lateFor, "OVERDUE",
                dueSoon, "DUE_SOON", onTrack, "ON_TRACK", paused, "PAUSED"));
        assertThat(ids(mine, "overdue=true")).containsExactlyInAnyOrder(overdue, lateFor);
        assertThat(ids(mine, "overdue=false")).containsExactlyInAnyOrder(dueSoon, onTrack, paused);
        assertThat(ids(mine, "paused=true")).containsExactly(paused);
        assertThat(ids(mine, "paused=false")).containsExactlyInAnyOrder(overdue, lateFor, dueSoon, onTrack);
        for (String id : List.of(overdue, lateFor, dueSoon, onTrack, paused)) {
            assertThat(page(asDpo(), mine, "q=" + get(id).then().extract().path("reference"))
                    .getBoolean("items[0].deadlines.overdue")).as(id)
                    .isEqualTo(get(id).then().extract().<Boolean>path("deadlines.overdue"));
        }
    }

    @Test
    void aPausedRequestShowsItsDeadlinesAsOfTodayLikeTheRequestItself() {
        Catalogue catalogue = catalogue();
        String id = file(filing(catalogue, "ACCESS", daysAgo(12)));
        done(id, Map.of("action", "REQUEST_IDENTITY", "reason", "doute sur l'identité", "at",
                Instant.now().minus(Duration.ofDays(11)).toString()));
        // As if the pause had been recorded ten days ago: the projection holds the dates of that day.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                UPDATE requests SET paused_days = 0, response_due = response_due - paused_days,
                                    effective_due = effective_due - paused_days,
                                    internal_target = internal_target - paused_days
                WHERE id = ?1""").setParameter(1, UUID.fromString(id)).executeUpdate());

        Map<String, Object> now = get(id).then().extract().jsonPath().getMap("deadlines");
        assertThat((Integer) now.get("pausedDays")).isGreaterThanOrEqualTo(9);
        Map<String, Object> item = page(asDpo(), "controller=" + catalogue.controllerId()).getMap("items[0]");
        assertThat(item).containsEntry("risk", "PAUSED");
        assertThat(page(asDpo(), "controller=" + catalogue.controllerId()).getMap("items[0].deadlines"))
                .containsAllEntriesOf(Map.of("receiptDate", now.get("receiptDate"), "responseDue",
                        now.get("responseDue"), "effectiveDue", now.get("effectiveDue"), "internalTarget",
                        now.get("internalTarget"), "paused", true, "pausedDays", now.get("pausedDays"), "overdue",
                        false));
    }

    @Test
    void pageSizeIsFromOneTo200() {
        String mine = "controller=" + catalogue().controllerId();
        for (String limit : List.of("0", "201", "-1", "ten")) {
            query(asDpo(), mine, "limit=" + limit).get(QUEUE).then().statusCode(400)
                    .body("type", equalTo("urn:guichet:problem:validation"))
                    .body("violations[0].field", equalTo("limit"));
        }
        query(asDpo(), mine, "limit=200").get(QUEUE).then().statusCode(200);
        query(asDpo(), mine, "limit=1").get(QUEUE).then().statusCode(200);
    }

    @Test
    void aCursorIsOnlyGoodForTheOrderThatIssuedIt() {
        Catalogue catalogue = catalogue();
        file(filing(catalogue, "ACCESS", daysAgo(3)));
        file(filing(catalogue, "ACCESS", daysAgo(2)));
        String mine = "controller=" + catalogue.controllerId();
        String byDeadline = page(asDpo(), mine, "limit=1").getString("next");
        assertThat(byDeadline).isNotNull();

        query(asDpo(), mine, "limit=1", "sort=deadline").queryParam("cursor", byDeadline).get(QUEUE).then()
                .statusCode(200);
        for (String sort : List.of("received", "activity")) {
            query(asDpo(), mine, "sort=" + sort).queryParam("cursor", byDeadline).get(QUEUE).then().statusCode(400)
                    .body("type", equalTo("urn:guichet:problem:invalid-cursor"));
        }
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "deadline\u001fnot-a-date\u001f00000000-0000-0000-0000-000000000000".getBytes(StandardCharsets.UTF_8));
        for (String cursor : List.of("not a cursor!", "AAAA", forged)) {
            query(asDpo(), mine).queryParam("cursor", cursor).get(QUEUE).then().statusCode(400)
                    .body("type", equalTo("urn:guichet:problem:invalid-cursor"));
        }
    }

    @Test
    void malformedFiltersAreRefusedNamingTheParameter() {
        for (String parameter : List.of("status=OPEN", "right=FORGET", "channel=FAX", "controller=nope",
                "processing=42", "dueBefore=2026-13-01", "overdue=yes", "paused=1", "extended=no", "sort=urgency",
                "receivedFrom=yesterday", "q=GCH 2026", "q=a@b@c", "assignee=two words")) {
            String name = parameter.substring(0, parameter.indexOf('='));
            query(asDpo(), parameter).get(QUEUE).then().statusCode(400)
                    .body("type", equalTo("urn:guichet:problem:validation"))
                    .body("violations[0].field", equalTo(name));
        }
        query(asDpo(), "receivedFrom=2026-03-10", "receivedTo=2026-03-09").get(QUEUE).then().statusCode(400)
                .body("violations[0].field", equalTo("receivedTo"));
    }

    @Test
    void complianceReadsTheSameLinesAsTheDpoAndNoOtherRoleReadsThem() {
        Catalogue catalogue = catalogue();
        file(filing(catalogue, "ACCESS", daysAgo(3)));
        String mine = "controller=" + catalogue.controllerId();
        assertThat(page(asCompliance(), mine).getList("items")).isEqualTo(page(asDpo(), mine).getList("items"))
                .hasSize(1);
        query(Api.asAdmin(), mine).get(QUEUE).then().statusCode(403)
                .body("type", equalTo("urn:guichet:problem:forbidden"));
        query(Api.as(Tokens.of("some-partner", "partner")), mine).get(QUEUE).then().statusCode(403);
        // Which requests an address filed is identity data, which compliance officers do not see.
        asCompliance().queryParam("q", "camille.martin@patient.example").get(QUEUE).then().statusCode(403)
                .body("type", equalTo("urn:guichet:problem:forbidden"));
        given().queryParam("controller", catalogue.controllerId()).get(QUEUE).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
    }

    private static String processingName(String id) {
        return Api.asAdmin().get("/api/v1/admin/processings/" + id).then().statusCode(200).extract().path("name");
    }

    private static String daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).toString();
    }

    private static Map<String, Object> withChannel(Map<String, Object> filing, String channel) {
        filing.put("channel", channel);
        return filing;
    }

    private static Map<String, Object> withEmail(Map<String, Object> filing, String email) {
        filing.put("requester", Map.of("role", "SELF", "fullName", "Louise Bernard", "email", email));
        return filing;
    }

    /** {@code name=value} pairs; a name may repeat. */
    private static RequestSpecification query(RequestSpecification spec, String... parameters) {
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            spec = spec.queryParam(parameter.substring(0, equals), parameter.substring(equals + 1));
        }
        return spec;
    }

    private static JsonPath page(RequestSpecification spec, String... parameters) {
        return query(spec, parameters).get(QUEUE).then().statusCode(200).extract().jsonPath();
    }

    /** The ids of every page of the DPO's queue, following the cursors. */
    private static List<String> ids(String... parameters) {
        List<String> ids = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        do {
            RequestSpecification spec = query(asDpo(), parameters);
            JsonPath page = page(cursor == null ? spec : spec.queryParam("cursor", cursor));
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next");
            assertThat(cursor == null || cursors.add(cursor)).as("a cursor repeats").isTrue();
        } while (cursor != null);
        return ids;
    }
}
