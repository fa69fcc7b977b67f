package fr.guichet.request;

import java.util.Optional;
import java.util.UUID;

/**
 * Writes to the requester at the steps they must hear about, in the caller's transaction, so that a letter is
 * queued if and only if the change it reports commits. Implemented by the desk's letters.
 */
public interface RequesterNotices {

    /** The letter queued (or to be posted by staff when there is no e-mail), if this step owes one. */
    Optional<SentLetter> notify(RequesterNotice notice);

    /** @param template the template and its version; @param mailId the queued e-mail, null when staff must post it */
    record SentLetter(String template, UUID mailId) {
    }
}
