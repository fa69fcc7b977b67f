package fr.guichet.platform.web.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.platform.crypto.SecretBox;
import io.quarkus.security.ForbiddenException;

/**
 * The token every staff form carries, bound to the signed-in staff member and keyed with the desk's data key: a page
 * of another site cannot forge it. The session cookie is also SameSite=Lax, which already keeps it off cross-site
 * form posts; this is the second lock.
 */
@ApplicationScoped
public class StaffCsrf {

    public static final String FIELD = "csrf";

    private final SecretBox box;

    StaffCsrf(SecretBox box) {
        this.box = box;
    }

    public String token(String subject) {
        return HexFormat.of().formatHex(box.lookupHash("staff-form|" + subject));
    }

    /** Refuses a form whose token is not the staff member's (403 for the person, as for any forbidden step). */
    public void check(String subject, String token) {
        if (token == null || !MessageDigest.isEqual(token(subject).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenException("The form did not come from the desk's own page.");
        }
    }
}
