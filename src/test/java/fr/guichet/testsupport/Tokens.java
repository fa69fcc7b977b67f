package fr.guichet.testsupport;

import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the key pair that Quarkus generates for the test application. */
public final class Tokens {

    private Tokens() {
    }

    public static String admin() {
        return of("test-admin", "admin");
    }

    public static String dpo() {
        return of("test-dpo", "dpo");
    }

    public static String of(String subject, String... roles) {
        return Jwt.subject(subject).upn(subject).groups(Set.of(roles)).expiresIn(Duration.ofMinutes(30)).sign();
    }

    /** A token whose {@code email} claim states the holder's address, as identity providers issue them to staff. */
    public static String withEmail(String subject, String email, String... roles) {
        return Jwt.subject(subject).upn(subject).claim("email", email).groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(30)).sign();
    }

    public static String expired(String role) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return Jwt.subject("expired").groups(Set.of(role)).issuedAt(past - 60).expiresAt(past).sign();
    }
}
