package fr.guichet.request;

/**
 * References promised to filings that are not requests yet (a web filing waiting for its e-mail confirmation
 * already told the person its reference). Implemented by the intake, which holds those filings.
 */
public interface ReservedReferences {

    boolean isReserved(String reference);
}
