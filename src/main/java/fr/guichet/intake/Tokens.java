package fr.guichet.intake;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import fr.guichet.platform.crypto.Digests;

/** Single-use secrets sent by e-mail: 256 random bits, URL-safe; the desk keeps only their SHA-256. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Tokens() {
    }

    static String mint() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /**
     * Whether a value has the shape of a token this desk mints (43 URL-safe Base64 characters). Anything else, a
     * control character or a quote included, is simply not a token: it never reaches a cookie, a header or a query.
     */
    static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    static byte[] hash(String token) {
        return Digests.sha256(token.trim().getBytes(StandardCharsets.UTF_8));
    }
}
