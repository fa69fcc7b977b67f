package fr.guichet.request;

/**
 * Everything in a request that identifies a person or may reveal health information. Stored only sealed
 * (AES-GCM, bound to the request id); shown to desk staff only; never in e-mails, logs, audit or partner events.
 */
record RequestIdentity(String requesterFullName, String requesterEmail, String requesterPostalAddress,
        String subjectFullName, String details, String reason) {
}
