package fr.guichet.request;

import static fr.guichet.request.RequestService.blankToNull;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.guichet.catalog.ProcessingView;
import fr.guichet.catalog.Right;
import fr.guichet.platform.error.DomainException;

/**
 * The rules of a decision (Art. 12(4), 17(3), 21): which outcome needs which ground, what the letter cites, and
 * on which processings a grant takes effect.
 */
final class Decisions {

    /** A valid decision. {@code effectiveOn}: the processings a grant applies to (empty unless something is granted). */
    record Decision(Outcome outcome, LegalGround legalGround, String citation, String reasoning,
            List<UUID> effectiveOn) {
    }

    private Decisions() {
    }

    static Decision decide(Right right, List<ProcessingView> scope, ActionCommand command) {
        Outcome outcome = command.outcome();
        if (outcome == null) {
            throw DomainException.invalidInput(Refusal.OUTCOME_REQUIRED, "outcome", "is required to DECIDE");
        }
        if (outcome == Outcome.LAPSED) {
            throw DomainException.ruleViolation(Refusal.LAPSED_NOT_DECIDED, "outcome",
                    "LAPSED is not decided: CLOSE a request whose requested information never came");
        }
        LegalGround ground = command.legalGround();
        if (outcome == Outcome.GRANTED) {
            if (ground != null) {
                throw DomainException.ruleViolation(Refusal.GRANT_HAS_NO_GROUND, "legalGround",
                        "a full grant refuses nothing, so it has no ground");
            }
            return new Decision(outcome, null, null, blankToNull(command.reasoning()),
                    effectiveOn(right, scope, command.processingIds()));
        }
        if (ground == null) {
            throw DomainException.invalidInput(Refusal.GROUND_REQUIRED, "legalGround",
                    "is required unless the request is GRANTED: a refusal states its legal ground (Art. 12(4))");
        }
        if (command.reasoning() == null || command.reasoning().isBlank()) {
            throw DomainException.invalidInput(Refusal.REASONING_REQUIRED, "reasoning",
                    "is required unless the request is GRANTED: the reasons must reach the person (Art. 12(4))");
        }
        if (!ground.answers(right)) {
            throw DomainException.ruleViolation(Refusal.GROUND_NOT_FOR_RIGHT, "legalGround",
                    ground + " cannot answer a " + right + " request");
        }
        if ((outcome == Outcome.NOT_APPLICABLE) != (ground == LegalGround.LEGAL_BASIS)) {
            throw DomainException.ruleViolation(Refusal.NOT_APPLICABLE_GOES_WITH_LEGAL_BASIS, "legalGround",
                    "NOT_APPLICABLE goes with the LEGAL_BASIS ground, and only with it");
        }
        String citation = command.citation();
        if (ground == LegalGround.NATIONAL_DEROGATION && (citation == null || citation.isBlank())) {
            throw DomainException.invalidInput(Refusal.CITATION_REQUIRED, "citation",
                    "is required to cite the national derogation");
        }
        if (ground == LegalGround.LEGAL_BASIS) {
            citation = legalBasisCitation(right, scope, citation);
        }
        List<UUID> effectiveOn = outcome == Outcome.PARTIALLY_GRANTED
                ? effectiveOn(right, scope, command.processingIds()) : List.of();
        return new Decision(outcome, ground, ground.citation(right, citation), command.reasoning().trim(),
                effectiveOn);
    }

    /** The texts that exclude the right: the legal references of the processings whose basis excludes it. */
    private static String legalBasisCitation(Right right, List<ProcessingView> scope, String citation) {
        List<ProcessingView> excluding = scope.stream()
                .filter(p -> p.legalBasis().excludedRights().contains(right)).toList();
        if (excluding.isEmpty()) {
            throw DomainException.ruleViolation(Refusal.NO_BASIS_EXCLUDES_RIGHT, "legalGround",
                    "no processing of this request has a legal basis that excludes " + right);
        }
        String references = excluding.stream().map(ProcessingView::legalReference).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining(" ; "));
        return Stream.of(references, citation).filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining(" ; "));
    }

    /** The processings a grant applies to: those named (default: all whose legal basis allows the right). */
    private static List<UUID> effectiveOn(Right right, List<ProcessingView> scope, List<UUID> named) {
        List<UUID> allowing = scope.stream().filter(p -> !p.legalBasis().excludedRights().contains(right))
                .map(ProcessingView::id).toList();
        if (named == null || named.isEmpty()) {
            if (allowing.isEmpty()) {
                throw DomainException.ruleViolation(Refusal.EVERY_BASIS_EXCLUDES_RIGHT, "outcome",
                        "the legal basis of every processing of this request "
                        + "excludes " + right + ": decide NOT_APPLICABLE with the LEGAL_BASIS ground");
            }
            return allowing;
        }
        for (UUID id : named) {
            if (scope.stream().noneMatch(p -> p.id().equals(id))) {
                throw DomainException.ruleViolation(Refusal.PROCESSING_NOT_IN_REQUEST, "processingIds",
                        id + " is not a processing of this request");
            }
            if (!allowing.contains(id)) {
                throw DomainException.ruleViolation(Refusal.PROCESSING_EXCLUDES_RIGHT, "processingIds",
                        "the legal basis of " + id + " excludes " + right);
            }
        }
        return named.stream().distinct().sorted().toList();
    }
}
