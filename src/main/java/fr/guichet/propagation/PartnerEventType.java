package fr.guichet.propagation;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a partner must learn; the wire names are fixed in the partner contract. */
public enum PartnerEventType {
    OPPOSITION_SET("opposition.set"),
    OPPOSITION_LIFTED("opposition.lifted"),
    RESTRICTION_SET("restriction.set"),
    RESTRICTION_LIFTED("restriction.lifted"),
    ERASURE_ORDERED("erasure.ordered"),
    RECTIFICATION_NOTIFIED("rectification.notified");

    private final String wireName;

    PartnerEventType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static PartnerEventType ofWireName(String wireName) {
        for (PartnerEventType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown partner event type: " + wireName);
    }
}
