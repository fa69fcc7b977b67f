package fr.guichet.catalog;

import java.time.Instant;

/** A partner's new signing secret; the previous one keeps signing until {@code previousSecretExpiresAt}. */
public record SecretRotationView(String partnerId, String signingSecret, Instant previousSecretExpiresAt) {
}
