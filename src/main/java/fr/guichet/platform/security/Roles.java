package fr.guichet.platform.security;

/** The roles of the JWT `groups` claim. A partner token's subject is the partner id. */
public final class Roles {
    public static final String DPO = "dpo";
    public static final String COMPLIANCE = "compliance";
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
