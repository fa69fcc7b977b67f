package fr.guichet.request;

/** How a request ended. LAPSED is not decided: the desk closes a request whose requested information never came. */
public enum Outcome {
    GRANTED, PARTIALLY_GRANTED, REFUSED, NOT_APPLICABLE, LAPSED;

    /** A partial refusal is a refusal (Art. 12(4)): it needs a ground and the mandatory mentions. */
    public boolean refusesSomething() {
        return this != GRANTED;
    }

    public boolean grantsSomething() {
        return this == GRANTED || this == PARTIALLY_GRANTED;
    }
}
