package fr.guichet.intake;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import fr.guichet.testsupport.Desk;
import fr.guichet.testsupport.GreenMailResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Fixtures for the public intake tests: filings, e-mails read from the test SMTP server, the links they carry.
 * Each filing comes from a random client address (X-Forwarded-For, trusted from loopback in tests) and a fresh
 * e-mail address, so tests never share a rate-limit bucket unless they mean to.
 */
final class Intake {

    static final String NAME = "Dominique Lefèvre-Quintal";
    static final String SUBJECT_NAME = "Sacha Lefèvre-Quintal";
    static final String POSTAL = "27 impasse des Tilleuls, 59800 Lille";
    static final String DETAILS = "Mes données du protocole de chimiothérapie adjuvante XQ-17";
    static final String REASON = "Motif légitime : participation à un essai concurrent ZR-42";

    private static final Pattern CONFIRM = Pattern.compile("/confirm\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern STATUS = Pattern.compile("/status\\?token=([A-Za-z0-9_-]+)");

    private Intake() {
    }

    static String email() {
        return "patient-" + UUID.randomUUID() + "@patient.example";
    }

    static String clientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static RequestSpecification from(String clientAddress) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", clientAddress);
    }

    /** A filing by the person themself about the catalogue's processing, study and a participant code. */
    static Map<String, Object> filing(Desk.Catalogue catalogue, String right, String email) {
        Map<String, Object> requester = new HashMap<>(Map.of("role", "SELF", "fullName", NAME, "email", email,
                "postalAddress", POSTAL));
        Map<String, Object> body = new HashMap<>();
        body.put("processingIds", catalogue.processingIds());
        body.put("right", right);
        body.put("requester", requester);
        body.put("studyId", catalogue.studyId());
        body.put("participantCode", "P-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("details", DETAILS);
        body.put("language", "fr");
        return body;
    }

    static Response file(Map<String, Object> filing) {
        return from(clientAddress()).body(filing).post("/api/v1/requests");
    }

    static Response confirm(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .post("/api/v1/requests/confirmations");
    }

    static RequestSpecification withStatusToken(String token) {
        return given().contentType(ContentType.JSON).header("Status-Token", token);
    }

    /** The token of the latest confirmation link sent to {@code email}. */
    static String confirmationToken(String email) {
        return lastMatch(email, CONFIRM);
    }

    /** The token of the latest status link sent to {@code email}. */
    static String statusToken(String email) {
        return lastMatch(email, STATUS);
    }

    private static String lastMatch(String email, Pattern pattern) {
        List<MimeMessage> messages = received(email);
        for (int i = messages.size() - 1; i >= 0; i--) {
            Matcher matcher = pattern.matcher(text(messages.get(i)));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no link matching " + pattern + " sent to " + email);
    }

    static List<MimeMessage> received(String to) {
        return Arrays.stream(GreenMailResource.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Every text part of a message, plain and HTML, concatenated. */
    static String text(Part part) {
        try {
            if (part.isMimeType("text/*")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < multipart.getCount(); i++) {
                    texts.add(text(multipart.getBodyPart(i)));
                }
                return String.join("\n", texts);
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
