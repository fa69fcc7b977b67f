package fr.guichet.desk.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.Api;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The desk learns staff addresses from the e-mail claim of dpo tokens, and only from those. */
@QuarkusTest
class StaffEmailFilterTest {

    @Inject
    StaffDirectory staff;
    @Inject
    EntityManager entityManager;

    @Test
    void aDpoCallersAddressIsRememberedOnceAndAChangedOneReplacesIt() {
        String subject = "carla-" + UUID.randomUUID();
        callAs(Tokens.of(subject, "dpo"));
        assertThat(staff.email(subject)).contains(Tokens.emailOf(subject));
        Instant first = seenAt(subject);

        callAs(Tokens.of(subject, "dpo"));
        assertThat(seenAt(subject)).isEqualTo(first);

        // The identity provider now states another address for the same subject.
        staff.remember(subject, subject + "@hospital.example", "Carla");
        assertThat(staff.email(subject)).contains(subject + "@hospital.example");
        assertThat(seenAt(subject)).isAfter(first);
    }

    @Test
    void everyStaffRoleIsInTheDirectoryByNameButPartnersAndUnusableClaimsTeachTheDeskNothing() {
        String compliance = "dana-" + UUID.randomUUID();
        callAs(Tokens.of(compliance, "compliance"));
        String partner = "wh-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of(partner, "partner")).get("/api/v1/desk/requests").then().statusCode(403);
        // A subject with an @: the provider states it as the address, which is no single address.
        String junk = "eli@two@" + UUID.randomUUID();
        callAs(Tokens.of(junk, "dpo"));

        assertThat(staff.email(compliance)).contains(Tokens.emailOf(compliance));
        assertThat(staff.displayName(compliance)).contains("D" + compliance.substring(1));
        assertThat(staff.email(partner)).isEmpty();
        assertThat(staff.email(junk)).isEmpty();
    }

    @Test
    void colleaguesOfferedForAControllersRequestsAreThoseWhoAnswerForIt() {
        String centre = Desk.createController("Europe/Paris", "METROPOLITAN");
        String elsewhere = Desk.createController("Europe/Paris", "METROPOLITAN");
        String insider = "ines-" + UUID.randomUUID();
        String outsider = "otto-" + UUID.randomUUID();
        String federation = "fanny-" + UUID.randomUUID();
        String insiderToken = Tokens.ungranted(insider, "dpo");
        String outsiderToken = Tokens.ungranted(outsider, "dpo");
        Tokens.grant(insider, centre);
        Tokens.grant(outsider, elsewhere);
        callAs(insiderToken);
        callAs(outsiderToken);
        callAs(Tokens.of(federation, "dpo"));

        assertThat(staff.colleaguesFor(List.of(UUID.fromString(centre))))
                .extracting(StaffDirectory.Colleague::subject).contains(insider, federation).doesNotContain(outsider);
        assertThat(staff.colleaguesFor(List.of(UUID.fromString(centre)))).filteredOn(c -> c.subject().equals(insider))
                .extracting(StaffDirectory.Colleague::name).containsExactly("I" + insider.substring(1));
    }

    @Test
    void aPublicEndpointStillAnswersWhateverTheBearerToken() {
        given().auth().oauth2("not-a-token").get("/api/v1/processings").then().statusCode(200);
    }

    /** Any authenticated call will do; an unknown request answers 404 after authentication. */
    private static void callAs(String token) {
        Api.as(token).get("/api/v1/desk/requests/" + UUID.randomUUID()).then().statusCode(404);
    }

    private Instant seenAt(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> (Instant) entityManager.createNativeQuery(
                "SELECT seen_at FROM desk_staff WHERE subject = :subject", Instant.class)
                .setParameter("subject", subject).getSingleResult());
    }
}
