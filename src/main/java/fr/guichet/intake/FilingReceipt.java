package fr.guichet.intake;

/** The answer to a public filing: its reference and where it stands (AWAITING_CONFIRMATION, then RECEIVED). */
public record FilingReceipt(String reference, String status) {

    static final String AWAITING_CONFIRMATION = "AWAITING_CONFIRMATION";
}
