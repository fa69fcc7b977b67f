package fr.guichet.request;

import java.security.SecureRandom;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Human-friendly request references such as {@code GCH-2026-7KQ4M2}: the receipt year and six random characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L), so a reference can be read over the phone and reveals
 * neither how many requests the desk has nor which came before.
 */
@ApplicationScoped
class References {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 6;

    private final SecureRandom random = new SecureRandom();
    private final ReservedReferences reserved;

    References(ReservedReferences reserved) {
        this.reserved = reserved;
    }

    String next(LocalDate receiptDate) {
        StringBuilder reference = new StringBuilder("GCH-").append(receiptDate.getYear()).append('-');
        for (int i = 0; i < LENGTH; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /**
     * Picks a reference that no request has and no filing awaiting confirmation has reserved; with 31^6 values per
     * year a second draw is already rare.
     */
    String unused(LocalDate receiptDate) {
        String reference = next(receiptDate);
        while (Request.count("reference", reference) > 0 || reserved.isReserved(reference)) {
            reference = next(receiptDate);
        }
        return reference;
    }
}
