package fr.guichet.testsupport;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import fr.guichet.platform.mail.MailDispatcher;

/** What really reached the test SMTP server (GreenMail), read per recipient. */
public final class Mailbox {

    private Mailbox() {
    }

    /** Sends every due queued e-mail now, as the scheduler would. */
    public static void drain(MailDispatcher dispatcher) {
        while (dispatcher.runOnce() > 0) {
            // keep going until no due mail is left
        }
    }

    public static List<MimeMessage> received(String to) {
        return Arrays.stream(GreenMailResource.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The plain-text part, with SMTP's CRLF line ends read back as \n. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain").replace("\r\n", "\n");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(MimeMessage message, String type) {
        try {
            MimeMultipart parts = (MimeMultipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
