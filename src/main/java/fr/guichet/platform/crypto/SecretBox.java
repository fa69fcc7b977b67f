package fr.guichet.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;

import fr.guichet.platform.config.GuichetConfig;
import fr.guichet.platform.config.ProductionSettings.DataKeys;
import io.quarkus.runtime.LaunchMode;

/**
 * Authenticated encryption (AES-256-GCM, Tink) of what the desk keeps secret at rest: identity data, partner
 * signing secrets, queued e-mails. The context string is bound to the ciphertext as associated data, so a
 * value copied into another row or column no longer decrypts.
 */
@ApplicationScoped
public class SecretBox {

    private static final Logger LOG = Logger.getLogger(SecretBox.class);
    private static final String HMAC = "HmacSHA256";

    private final Aead aead;
    private final SecretKeySpec lookupKey;

    SecretBox(GuichetConfig config) throws GeneralSecurityException {
        byte[] key = config.dataKey().map(DataKeys::decode).orElseGet(SecretBox::throwAwayKey);
        this.aead = new AesGcmJce(key);
        // A separate key for lookups, so a keyed hash never reuses the encryption key as such.
        this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(key, HMAC), "guichet lookup key v1"), HMAC);
    }

    private static byte[] throwAwayKey() {
        if (!LaunchMode.current().isDevOrTest()) {
            throw new IllegalStateException("GUICHET_DATA_KEY is required outside dev and test");
        }
        LOG.warn("No GUICHET_DATA_KEY: using a throw-away key; data encrypted now is unreadable after a restart.");
        byte[] key = new byte[DataKeys.LENGTH];
        new SecureRandom().nextBytes(key);
        return key;
    }

    public byte[] seal(String plaintext, String context) {
        return seal(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    public byte[] seal(byte[] plaintext, String context) {
        try {
            return aead.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /**
     * A keyed hash (HMAC-SHA256) of a value, to find rows by an exact value (a requester's e-mail) without storing
     * it in clear; without GUICHET_DATA_KEY it cannot be reversed by trying candidate values.
     */
    public byte[] lookupHash(String value) {
        return hmac(lookupKey, value);
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    public String open(byte[] ciphertext, String context) {
        return new String(openBytes(ciphertext, context), StandardCharsets.UTF_8);
    }

    public byte[] openBytes(byte[] ciphertext, String context) {
        try {
            return aead.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed: wrong GUICHET_DATA_KEY or tampered data", e);
        }
    }
}
