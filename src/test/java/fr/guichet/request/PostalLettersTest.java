package fr.guichet.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.platform.web.PageRequest;
import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Letters owed by post: each is printed with the words and dates of its own step (an acknowledgement printed after
 * an extension still gives the one-month date it gave then), and is posted once, on a day between the step and today.
 */
@QuarkusTest
class PostalLettersTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    PostalLetters letters;
    @Inject
    RequestLifecycle lifecycle;

    @Test
    void eachLetterIsPrintedWithTheDeadlinesOfItsStep() {
        Desk.Catalogue centre = Desk.catalogue();
        UUID id = UUID.fromString(Desk.file(postalFiling(centre)));
        LocalDate oneMonth = LocalDate.parse(Desk.get(id.toString()).then().extract().path("deadlines.effectiveDue"));
        Desk.done(id.toString(), Map.of("action", "START"));
        Desk.done(id.toString(), Map.of("action", "EXTEND", "reasonCode", "COMPLEXITY", "reasonText",
                "Ten processings to search."));
        LocalDate extended = LocalDate.parse(Desk.get(id.toString()).then().extract().path("deadlines.effectiveDue"));

        PostalLetters.Printable acknowledgement = letters.printable(id, 1, StaffScope.ALL, "postal-test");
        PostalLetters.Printable extension = letters.printable(id, 3, StaffScope.ALL, "postal-test");

        assertThat(extended).isAfter(oneMonth);
        assertThat(acknowledgement.notice().step()).isEqualTo(RequesterStep.FILED);
        assertThat(acknowledgement.notice().deadlines().effectiveDue()).isEqualTo(oneMonth);
        assertThat(extension.notice().step()).isEqualTo(RequesterStep.EXTENDED);
        assertThat(extension.notice().extensionReason()).isEqualTo(ExtensionReason.COMPLEXITY);
        assertThat(extension.notice().deadlines().effectiveDue()).isEqualTo(extended);
        assertThat(acknowledgement.addresseeName()).isEqualTo("Léa Fontaine");
        assertThat(acknowledgement.addresseeAddress()).isEqualTo("8 avenue des Tilleuls\n33000 Bordeaux");
        assertThatThrownBy(() -> letters.printable(id, 2, StaffScope.ALL, "postal-test"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void aLetterIsPostedOnceOnADayBetweenItsStepAndToday() {
        Desk.Catalogue centre = Desk.catalogue();
        UUID id = UUID.fromString(Desk.file(postalFiling(centre)));
        StaffScope centreOnly = new StaffScope(false, Set.of(UUID.fromString(centre.controllerId())));
        LocalDate today = LocalDate.now(PARIS);
        assertThat(letters.toPrint(centreOnly, PageRequest.of(null, null, PostalLetters.CURSOR_ARITY)).items())
                .extracting(PostalLetters.Owed::requestId, PostalLetters.Owed::seq).containsExactly(
                        Tuple.tuple(id, 1));

        assertThatThrownBy(() -> lifecycle.letterPosted(id, 1, today.plusDays(2), "postal-test", centreOnly))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION));
        assertThatThrownBy(() -> lifecycle.letterPosted(id, 1, today.minusDays(3), "postal-test", centreOnly))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION));
        RequestView posted = lifecycle.letterPosted(id, 1, today, "postal-test", centreOnly);

        assertThat(posted.letters().get(0).postedOn()).isEqualTo(today);
        assertThat(posted.history().get(posted.history().size() - 1).details())
                .containsEntry("letterSeq", "1").containsEntry("postedOn", today.toString());
        assertThat(letters.toPrint(centreOnly, PageRequest.of(null, null, PostalLetters.CURSOR_ARITY)).items())
                .isEmpty();
        assertThatThrownBy(() -> lifecycle.letterPosted(id, 1, today, "postal-test", centreOnly))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThatThrownBy(() -> lifecycle.letterPosted(id, 1, today, "postal-test",
                new StaffScope(false, Set.of(UUID.randomUUID()))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void theApiListsTheLettersToPostAndRecordsThePosting() {
        Desk.Catalogue centre = Desk.catalogue();
        String id = Desk.file(postalFiling(centre));
        String dpo = "postal-api-" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.grant(dpo, centre.controllerId());
        String today = LocalDate.now(PARIS).toString();

        Api.as(Tokens.ungranted(dpo, "dpo")).get("/api/v1/desk/letters").then().statusCode(200)
                .body("items.requestId", contains(id))
                .body("items[0].seq", equalTo(1)).body("items[0].template", startsWith("requester-acknowledgement/"));
        Api.as(Tokens.ungranted(dpo, "dpo")).body(Map.of("postedOn", LocalDate.now(PARIS).plusDays(2).toString()))
                .post("/api/v1/desk/requests/" + id + "/letters/1/posted").then().statusCode(422);
        Api.as(Tokens.ungranted(dpo, "dpo")).body(Map.of("postedOn", today))
                .post("/api/v1/desk/requests/" + id + "/letters/1/posted").then().statusCode(200)
                .body("letters[0].postedOn", equalTo(today)).body("history[-1].event", equalTo("LETTER_POSTED"));
        Api.as(Tokens.ungranted(dpo, "dpo")).body(Map.of("postedOn", today))
                .post("/api/v1/desk/requests/" + id + "/letters/1/posted").then().statusCode(409);
        Api.as(Tokens.ungranted(dpo, "dpo")).get("/api/v1/desk/letters").then().statusCode(200)
                .body("items", empty());
        Desk.asCompliance().get("/api/v1/desk/letters").then().statusCode(403);
    }

    /** Received by post yesterday from someone who gave only a postal address. */
    private static Map<String, Object> postalFiling(Desk.Catalogue centre) {
        Map<String, Object> filing = new HashMap<>(Desk.filing(centre, "OPPOSITION",
                Instant.now().minus(1, ChronoUnit.DAYS).toString()));
        filing.put("requester", Map.of("role", "SELF", "fullName", "Léa Fontaine", "postalAddress",
                "8 avenue des Tilleuls\n33000 Bordeaux"));
        return filing;
    }
}
