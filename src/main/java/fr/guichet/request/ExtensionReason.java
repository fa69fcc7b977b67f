package fr.guichet.request;

/** The two reasons Art. 12(3) accepts for extending by two months. */
public enum ExtensionReason {
    COMPLEXITY, NUMBER_OF_REQUESTS
}
