package fr.guichet.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import fr.guichet.platform.config.GuichetConfig;
import fr.guichet.platform.crypto.SecretBox;

/**
 * CSRF protection of the public pages' forms: a signed double submit. The browser holds a random value in an
 * HttpOnly, SameSite=Strict cookie; each form carries its keyed hash. A cross-site page can neither read the
 * cookie nor compute the hash, and a cookie planted from elsewhere does not match a form it could not sign.
 * Only the forms are checked: the JSON APIs never rely on a cookie.
 */
@ApplicationScoped
public class Csrf {

    static final String COOKIE = "guichet-csrf";
    static final String FIELD = "csrf";

    private final SecretBox box;
    private final GuichetConfig config;

    Csrf(SecretBox box, GuichetConfig config) {
        this.box = box;
        this.config = config;
    }

    /** The form token for this browser, and the cookie to set when it had none. */
    public record Issued(String formToken, NewCookie cookie) {
    }

    Issued issue(String cookie) {
        if (cookie != null && !cookie.isBlank() && cookie.length() <= 100) {
            return new Issued(sign(cookie), null);
        }
        String value = Tokens.mint();
        return new Issued(sign(value), new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true)
                .secure("https".equals(config.publicUrl().getScheme())).sameSite(NewCookie.SameSite.STRICT).build());
    }

    boolean valid(String cookie, String formToken) {
        if (cookie == null || formToken == null || cookie.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(sign(cookie).getBytes(StandardCharsets.US_ASCII),
                formToken.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String value) {
        return HexFormat.of().formatHex(box.lookupHash("csrf:" + value));
    }
}
