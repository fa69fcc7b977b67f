package fr.guichet.desk.letters;

import static fr.guichet.testsupport.Desk.act;
import static fr.guichet.testsupport.Desk.done;
import static fr.guichet.testsupport.Desk.file;
import static fr.guichet.testsupport.Desk.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.guichet.platform.mail.MailDispatcher;
import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.Desk.Catalogue;
import fr.guichet.testsupport.Mailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Each letter the requester gets, read from a real SMTP server, in French and in English: what it says, that it
 * never carries the request's content, and that the history records which template version went out.
 */
@QuarkusTest
class RequesterLettersApiTest {

    private static final String DETAILS = "Suivi oncologique au service d'hématologie depuis 2019.";
    private static final String REASON = "Je refuse toute réutilisation de mes données de chimiothérapie.";
    private static final String REASONING = "Les données de la cohorte lymphome sont indispensables à l'essai.";
    private static final String NAME = "Camille Martin";
    private static final String POSTAL = "12 rue des Lilas, 69008 Lyon";

    @Inject
    MailDispatcher dispatcher;

    @Test
    void aFrenchRequestWalksThroughAcknowledgementInformationExtensionRefusalAndClosure() {
        Catalogue catalogue = Desk.catalogue();
        String email = address();
        String id = file(filing(catalogue, "ERASURE", email, "fr"));
        String due = get(id).then().extract().path("deadlines.effectiveDue");
        assertThat(get(id).then().extract().<String>path("deadlines.extensionNoticeDue")).isEqualTo(due);

        done(id, Map.of("action", "REQUEST_IDENTITY", "reason", "Votre signature ne correspond pas au dossier."));
        done(id, Map.of("action", "INFORMATION_RECEIVED", "identityVerified", true));
        done(id, Map.of("action", "EXTEND", "reasonCode", "COMPLEXITY", "reasonText",
                "Vos données sont réparties dans trois établissements."));
        String extendedDue = get(id).then().extract().path("deadlines.effectiveDue");
        done(id, Map.of("action", "DECIDE", "outcome", "REFUSED", "legalGround", "ART_17_3_D", "reasoning",
                REASONING));
        done(id, Map.of("action", "RESPOND"));
        done(id, Map.of("action", "CLOSE"));
        Mailbox.drain(dispatcher);

        List<MimeMessage> mails = Mailbox.received(email);
        assertThat(mails).extracting(Mailbox::subject).containsExactly(
                subject("Votre demande %s a bien été reçue", id),
                subject("Demande %s : il nous manque une information", id),
                subject("Demande %s : notre délai de réponse est prolongé", id),
                subject("Demande %s : notre réponse", id),
                subject("Demande %s : dossier clos", id));

        assertThat(Mailbox.text(mails.get(0)))
                .contains("Nous vous répondrons au plus tard le " + french(due))
                .contains("nous vous en informerions au plus tard à cette date")
                .contains("Les chercheurs ne voient que des codes")
                .contains("Suivre votre demande\nhttp://localhost:8081/status?token=");
        assertThat(Mailbox.text(mails.get(1))).contains("Le délai de réponse est suspendu");
        assertThat(Mailbox.text(mails.get(2))).contains("en raison de la complexité de votre demande")
                .contains("nous vous répondrons au plus tard le " + french(extendedDue))
                .doesNotContain("trois établissements");
        String refusal = Mailbox.text(mails.get(3));
        assertThat(refusal).contains("Nous ne pouvons pas faire droit à votre demande (effacement).")
                .contains("Motif : l'effacement compromettrait gravement les objectifs de la recherche "
                        + "(Art. 17(3)(d) RGPD).")
                .contains("réclamation à la CNIL")
                .contains("https://www.cnil.fr/fr/plaintes")
                .contains("3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07")
                .contains("saisir la justice (recours juridictionnel, article 79 du RGPD)");
        assertThat(Mailbox.html(mails.get(3))).contains("<li>adresser une réclamation à la CNIL")
                .contains("lang=\"fr\"");

        for (MimeMessage mail : mails) {
            assertCarriesNoContent(mail);
        }
        JsonPath history = get(id).then().extract().jsonPath();
        assertThat(history.getList("history.event")).containsExactly("FILED", "REQUEST_IDENTITY",
                "INFORMATION_RECEIVED", "EXTEND", "DECIDE", "RESPOND", "CLOSE");
        assertThat(history.getList("history.details.letter")).containsExactly("requester-acknowledgement/v1",
                "requester-information-request/v1", null, "requester-extension-notice/v1", null,
                "requester-refusal/v1", "requester-closure/v1");
        assertThat(history.getList("letters.template")).containsExactly("requester-acknowledgement/v1",
                "requester-information-request/v1", "requester-extension-notice/v1", "requester-refusal/v1",
                "requester-closure/v1");
        assertThat(history.getList("letters.sentAt")).doesNotContainNull();
        assertThat(history.getList("letters.by")).containsOnly("EMAIL");
    }

    @Test
    void anEnglishRequestGetsEnglishLettersAndAGrantedAnswerPointsToTheStatusPage() {
        Catalogue catalogue = Desk.catalogue();
        String email = address();
        String id = file(filing(catalogue, "ACCESS", email, "en"));
        String due = get(id).then().extract().path("deadlines.effectiveDue");
        done(id, Map.of("action", "START"));
        done(id, Map.of("action", "DECIDE", "outcome", "GRANTED"));
        done(id, Map.of("action", "RESPOND"));
        Mailbox.drain(dispatcher);

        List<MimeMessage> mails = Mailbox.received(email);
        assertThat(mails).extracting(Mailbox::subject).containsExactly(
                subject("We have received your request %s", id), subject("Request %s: our answer", id));
        assertThat(Mailbox.text(mails.get(0))).contains("We will answer by " + english(due) + " at the latest.")
                .contains("Only the data protection officer's team knows who you are.")
                .contains("Follow your request\nhttp://localhost:8081/status?token=");
        assertThat(Mailbox.text(mails.get(1))).contains("We have granted your request (access to your data).")
                .contains("Our answer and any documents that come with it are on the follow-up page.")
                .doesNotContain("CNIL");
        assertThat(Mailbox.html(mails.get(1))).contains("lang=\"en\"");
        mails.forEach(RequesterLettersApiTest::assertCarriesNoContent);
    }

    @Test
    void aRefusalInEnglishCarriesTheThreeMandatoryMentions() {
        String email = address();
        String id = file(filing(Desk.catalogue(), "OPPOSITION", email, "en"));
        done(id, Map.of("action", "START"));
        done(id, Map.of("action", "DECIDE", "outcome", "REFUSED", "legalGround", "ART_21_6", "reasoning",
                REASONING));
        done(id, Map.of("action", "RESPOND"));
        Mailbox.drain(dispatcher);

        String refusal = Mailbox.text(Mailbox.received(email).get(1));
        assertThat(refusal).contains("We cannot grant your request (objection to the reuse of your data for research).")
                .contains("Ground: this research is carried out for reasons of public interest (Art. 21(6) RGPD).")
                .contains("lodge a complaint with the CNIL")
                .contains("https://www.cnil.fr/fr/plaintes")
                .contains("3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France")
                .contains("take the matter to court (judicial remedy, Article 79 of the GDPR)");
    }

    @Test
    void withdrawalLapseChangingOnesMindAndALiftNoticeEachGetTheirLetter() {
        Catalogue catalogue = Desk.catalogue();
        String withdrawing = address();
        String withdrawn = file(filing(catalogue, "ACCESS", withdrawing, "fr"));
        done(withdrawn, Map.of("action", "WITHDRAW"));

        String silent = address();
        String lapsed = file(filing(catalogue, "ACCESS", silent, "en"));
        done(lapsed, Map.of("action", "REQUEST_CLARIFICATION", "reason", "Which hospital stay?"));
        done(lapsed, Map.of("action", "CLOSE", "reason", "No answer after two reminders."));

        String objecting = address();
        String opposition = file(filing(catalogue, "OPPOSITION", objecting, "fr"));
        done(opposition, Map.of("action", "START"));
        done(opposition, Map.of("action", "DECIDE", "outcome", "GRANTED"));
        done(opposition, Map.of("action", "RESPOND"));
        done(opposition, Map.of("action", "WITHDRAW"));

        String restricted = address();
        String limitation = file(filing(catalogue, "LIMITATION", restricted, "en"));
        done(limitation, Map.of("action", "START"));
        done(limitation, Map.of("action", "DECIDE", "outcome", "GRANTED"));
        done(limitation, Map.of("action", "RESPOND"));
        done(limitation, Map.of("action", "NOTIFY_LIFT"));
        Mailbox.drain(dispatcher);

        assertThat(Mailbox.received(withdrawing)).extracting(Mailbox::subject).last()
                .isEqualTo(subject("Demande %s : retrait enregistré", withdrawn));
        MimeMessage lapse = Mailbox.received(silent).get(2);
        assertThat(Mailbox.subject(lapse)).isEqualTo(subject("Request %s: closed without your reply", lapsed));
        assertThat(Mailbox.text(lapse)).contains("lodge a complaint with the CNIL").doesNotContain("two reminders");
        List<MimeMessage> objections = Mailbox.received(objecting);
        assertThat(Mailbox.text(objections.get(1))).contains("Nous informons de cette décision les destinataires");
        assertThat(Mailbox.subject(objections.get(2)))
                .isEqualTo(subject("Demande %s : vous avez retiré votre opposition", opposition));
        assertThat(Mailbox.received(restricted)).extracting(Mailbox::subject).last()
                .isEqualTo(subject("Request %s: the restriction of your data will be lifted", limitation));
        List.of(withdrawing, silent, objecting, restricted).forEach(to -> Mailbox.received(to)
                .forEach(RequesterLettersApiTest::assertCarriesNoContent));
    }

    @Test
    void aRequesterWithoutEMailIsOwedAPostedLetterAndABackDatedActionSendsNothing() {
        Catalogue catalogue = Desk.catalogue();
        Map<String, Object> postal = filing(catalogue, "ACCESS", null, "fr");
        postal.put("requester", Map.of("role", "SELF", "fullName", NAME, "postalAddress", POSTAL));
        String byPost = file(postal);
        JsonPath filed = get(byPost).then().extract().jsonPath();
        assertThat(filed.getString("history[0].details.letter")).isEqualTo("requester-acknowledgement/v1");
        assertThat(filed.getString("history[0].details.letterBy")).isEqualTo("post");
        assertThat(filed.getList("letters.by")).containsExactly("POST");
        assertThat(filed.getList("letters.sentAt")).containsExactly((Object) null);

        String email = address();
        String id = file(filing(catalogue, "ACCESS", email, "fr"));
        String at = Instant.now().minus(5, ChronoUnit.MINUTES).toString();
        act(id, Map.of("action", "WITHDRAW", "at", at)).then().statusCode(200);
        Mailbox.drain(dispatcher);
        assertThat(Mailbox.received(email)).hasSize(1);
        assertThat(get(id).then().extract().jsonPath().getMap("history[1].details")).doesNotContainKey("letter");
    }

    /** The subject of each letter, by language; {@code %s} is the reference. */
    private static final Map<String, Map<String, String>> SUBJECTS = Map.of(
            "fr", Map.of("ACK", "Votre demande %s a bien été reçue",
                    "INFO", "Demande %s : il nous manque une information",
                    "EXT", "Demande %s : notre délai de réponse est prolongé",
                    "ANSWER", "Demande %s : notre réponse",
                    "LAPSED", "Demande %s : clôturée sans réponse de votre part",
                    "WITHDRAWAL", "Demande %s : retrait enregistré",
                    "OPPOSITION_WITHDRAWN", "Demande %s : vous avez retiré votre opposition",
                    "LIFT", "Demande %s : la limitation de vos données va être levée",
                    "CLOSURE", "Demande %s : dossier clos"),
            "en", Map.of("ACK", "We have received your request %s",
                    "INFO", "Request %s: we need some information",
                    "EXT", "Request %s: we need more time to answer",
                    "ANSWER", "Request %s: our answer",
                    "LAPSED", "Request %s: closed without your reply",
                    "WITHDRAWAL", "Request %s: withdrawal recorded",
                    "OPPOSITION_WITHDRAWN", "Request %s: you withdrew your objection",
                    "LIFT", "Request %s: the restriction of your data will be lifted",
                    "CLOSURE", "Request %s: file closed"));

    @ParameterizedTest
    @ValueSource(strings = { "fr", "en" })
    void everyLetterReachesTheRequesterInTheirLanguageWithoutTheRequestsContent(String language) {
        Catalogue catalogue = Desk.catalogue();
        Map<String, List<Map<String, Object>>> walks = new LinkedHashMap<>();
        walks.put("ERASURE", List.of(
                Map.of("action", "REQUEST_IDENTITY", "reason", "Votre signature ne correspond pas au dossier."),
                Map.of("action", "INFORMATION_RECEIVED"),
                Map.of("action", "EXTEND", "reasonCode", "NUMBER_OF_REQUESTS", "reasonText", "Afflux de demandes."),
                Map.of("action", "DECIDE", "outcome", "REFUSED", "legalGround", "ART_17_3_D", "reasoning", REASONING),
                Map.of("action", "RESPOND"), Map.of("action", "CLOSE")));
        walks.put("ACCESS", List.of(Map.of("action", "START"), Map.of("action", "DECIDE", "outcome", "GRANTED"),
                Map.of("action", "RESPOND")));
        walks.put("PORTABILITY", List.of(Map.of("action", "WITHDRAW")));
        walks.put("RECTIFICATION", List.of(Map.of("action", "REQUEST_CLARIFICATION", "reason", "Quel séjour ?"),
                Map.of("action", "CLOSE", "reason", "Aucune réponse.")));
        walks.put("OPPOSITION", List.of(Map.of("action", "START"), Map.of("action", "DECIDE", "outcome", "GRANTED"),
                Map.of("action", "RESPOND"), Map.of("action", "WITHDRAW")));
        walks.put("LIMITATION", List.of(Map.of("action", "START"), Map.of("action", "DECIDE", "outcome", "GRANTED"),
                Map.of("action", "RESPOND"), Map.of("action", "NOTIFY_LIFT")));
        Map<String, List<String>> letters = Map.of(
                "ERASURE", List.of("ACK", "INFO", "EXT", "ANSWER", "CLOSURE"),
                "ACCESS", List.of("ACK", "ANSWER"),
                "PORTABILITY", List.of("ACK", "WITHDRAWAL"),
                "RECTIFICATION", List.of("ACK", "INFO", "LAPSED"),
                "OPPOSITION", List.of("ACK", "ANSWER", "OPPOSITION_WITHDRAWN"),
                "LIMITATION", List.of("ACK", "ANSWER", "LIFT"));
        Map<String, String> addresses = new HashMap<>();
        Map<String, String> references = new HashMap<>();
        walks.forEach((right, steps) -> {
            // The catalogue's processing does not admit portability: staff record such a letter all the same.
            String email = address();
            String id = file(filing(catalogue, right, email, language));
            steps.forEach(step -> done(id, step));
            addresses.put(right, email);
            references.put(right, get(id).then().extract().path("reference"));
        });
        Mailbox.drain(dispatcher);

        letters.forEach((right, expected) -> {
            List<MimeMessage> mails = Mailbox.received(addresses.get(right));
            assertThat(mails).extracting(Mailbox::subject).as(right).containsExactlyElementsOf(expected.stream()
                    .map(letter -> SUBJECTS.get(language).get(letter).formatted(references.get(right))).toList());
            for (MimeMessage mail : mails) {
                assertCarriesNoContent(mail);
                assertThat(Mailbox.html(mail)).contains("lang=\"" + language + "\"");
                assertThat(Mailbox.text(mail)).contains(references.get(right)).contains("/status?token=");
            }
        });
    }

    private static void assertCarriesNoContent(MimeMessage mail) {
        for (String body : List.of(Mailbox.text(mail), Mailbox.html(mail))) {
            assertThat(body).doesNotContain(DETAILS).doesNotContain(REASON).doesNotContain(REASONING)
                    .doesNotContain(NAME).doesNotContain("Lyon").doesNotContain("hématologie")
                    .doesNotContain("Votre signature");
        }
    }

    private static Map<String, Object> filing(Catalogue catalogue, String right, String email, String language) {
        String receivedAt = Instant.now().minus(2, ChronoUnit.DAYS).toString();
        Map<String, Object> body = new HashMap<>(Desk.filing(catalogue, right, receivedAt));
        Map<String, Object> requester = new HashMap<>();
        requester.put("role", "SELF");
        requester.put("fullName", NAME);
        requester.put("postalAddress", POSTAL);
        if (email != null) {
            requester.put("email", email);
        }
        body.put("requester", requester);
        body.put("details", DETAILS);
        body.put("reason", REASON);
        body.put("language", language);
        return body;
    }

    private static String subject(String pattern, String id) {
        return pattern.formatted(get(id).then().extract().<String>path("reference"));
    }

    private static String french(String date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH)
                .format(LocalDate.parse(date));
    }

    private static String english(String date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
                .format(LocalDate.parse(date));
    }

    private static String address() {
        return "patient-" + UUID.randomUUID() + "@patient.example";
    }
}
