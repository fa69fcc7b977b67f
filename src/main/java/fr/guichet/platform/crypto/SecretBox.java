package fr.guichet.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

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

    private final Aead aead;

    SecretBox(GuichetConfig config) throws GeneralSecurityException {
        this.aead = new AesGcmJce(config.dataKey().map(DataKeys::decode).orElseGet(SecretBox::throwAwayKey));
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
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String open(byte[] ciphertext, String context) {
        try {
            return new String(aead.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed: wrong GUICHET_DATA_KEY or tampered data", e);
        }
    }
}
