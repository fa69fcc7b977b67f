package fr.guichet.desk.arrival;

/** How arrivals reach staff. */
public enum ArrivalMode {
    /** One e-mail per arrival and recipient, at the job's next run. */
    IMMEDIATE,
    /** One e-mail per recipient listing every arrival since their previous digest, at most once per digest-every. */
    DIGEST
}
