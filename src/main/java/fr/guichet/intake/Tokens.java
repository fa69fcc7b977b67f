package fr.guichet.intake;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import fr.guichet.platform.crypto.Digests;

/** Single-use secrets sent by e-mail: 256 random bits, URL-safe; the desk keeps only their SHA-256. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String mint() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    static byte[] hash(String token) {
        return Digests.sha256(token.trim().getBytes(StandardCharsets.UTF_8));
    }
}
