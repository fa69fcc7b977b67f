package fr.guichet.request;

import java.util.UUID;

import fr.guichet.catalog.ControllerView;
import fr.guichet.catalog.Right;
import fr.guichet.request.deadline.Deadlines;

/**
 * What a letter to the requester may draw on: codes, dates and the reference, never the request's free texts.
 * {@code email} is null when the requester gave only a postal address.
 */
public record RequesterNotice(UUID requestId, String reference, RequesterStep step, Right right, String language,
        String email, ControllerView controller, Deadlines deadlines, Outcome outcome, LegalGround legalGround,
        String citation, ExtensionReason extensionReason) {
}
