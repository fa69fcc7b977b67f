package fr.guichet.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.ProcessingView;
import fr.guichet.catalog.Right;
import fr.guichet.platform.error.DomainException;

/** The rules of a decision, without the desk around them. */
class DecisionsTest {

    private static final UUID CONTROLLER = UUID.randomUUID();

    private static ProcessingView processing(LegalBasis basis, String reference) {
        return new ProcessingView(UUID.randomUUID(), CONTROLLER, "p", null, basis, reference, List.of(Right.ACCESS),
                false, Instant.EPOCH, Instant.EPOCH);
    }

    private static ActionCommand decide(Outcome outcome, LegalGround ground, String reasoning, String citation,
            List<UUID> processingIds) {
        return new ActionCommand(Action.DECIDE, null, null, null, null, outcome, ground, reasoning, citation,
                processingIds, null, null, null);
    }

    private static DomainException.Kind refusal(Right right, List<ProcessingView> scope, ActionCommand command) {
        try {
            Decisions.decide(right, scope, command);
            throw new AssertionError("the decision was accepted");
        } catch (DomainException e) {
            return e.kind();
        }
    }

    @Test
    void aGrantAppliesToEveryProcessingWhoseBasisAllowsTheRightAndHasNoGround() {
        ProcessingView research = processing(LegalBasis.PUBLIC_TASK, null);
        ProcessingView registry = processing(LegalBasis.LEGAL_OBLIGATION, "Décret 2025-1366");
        Decisions.Decision granted = Decisions.decide(Right.OPPOSITION, List.of(research, registry),
                decide(Outcome.GRANTED, null, null, null, null));
        assertThat(granted.effectiveOn()).containsExactly(research.id());
        assertThat(granted.legalGround()).isNull();
        assertThat(refusal(Right.OPPOSITION, List.of(research), decide(Outcome.GRANTED, LegalGround.ART_21_6, "x",
                null, null))).isEqualTo(DomainException.Kind.RULE_VIOLATION);
        assertThat(refusal(Right.OPPOSITION, List.of(research, registry), decide(Outcome.GRANTED, null, null, null,
                List.of(registry.id())))).isEqualTo(DomainException.Kind.RULE_VIOLATION);
    }

    @Test
    void aRefusalNeedsAGroundThatAnswersTheRightAndItsReasons() {
        List<ProcessingView> scope = List.of(processing(LegalBasis.PUBLIC_TASK, null));
        assertThat(refusal(Right.ERASURE, scope, decide(Outcome.REFUSED, null, "x", null, null)))
                .isEqualTo(DomainException.Kind.INVALID_INPUT);
        assertThat(refusal(Right.ERASURE, scope, decide(Outcome.REFUSED, LegalGround.ART_17_3_D, " ", null, null)))
                .isEqualTo(DomainException.Kind.INVALID_INPUT);
        assertThat(refusal(Right.ACCESS, scope, decide(Outcome.REFUSED, LegalGround.ART_17_3_D, "x", null, null)))
                .isEqualTo(DomainException.Kind.RULE_VIOLATION);
        assertThat(refusal(Right.ACCESS, scope, decide(Outcome.REFUSED, LegalGround.NATIONAL_DEROGATION, "x", null,
                null))).isEqualTo(DomainException.Kind.INVALID_INPUT);

        Decisions.Decision derogation = Decisions.decide(Right.ACCESS, scope, decide(Outcome.REFUSED,
                LegalGround.NATIONAL_DEROGATION, "Secret médical", "CSP art. L1111-7", null));
        assertThat(derogation.citation()).isEqualTo("CSP art. L1111-7");
        Decisions.Decision research = Decisions.decide(Right.OPPOSITION, scope, decide(Outcome.REFUSED,
                LegalGround.ART_21_6, "Public-interest research", null, null));
        assertThat(research.citation()).isEqualTo("Art. 21(6) RGPD");
        assertThat(research.effectiveOn()).isEmpty();
    }

    @Test
    void notApplicableGoesWithTheLegalBasisGroundAndCitesTheTextsOfTheExcludingProcessings() {
        ProcessingView registry = processing(LegalBasis.LEGAL_OBLIGATION, "Décret 2025-1366");
        Decisions.Decision decision = Decisions.decide(Right.ERASURE, List.of(registry),
                decide(Outcome.NOT_APPLICABLE, LegalGround.LEGAL_BASIS, "Required by law.", null, null));
        assertThat(decision.citation()).isEqualTo("Art. 17(3)(b) RGPD ; Décret 2025-1366");
        assertThat(refusal(Right.ERASURE, List.of(registry), decide(Outcome.REFUSED, LegalGround.LEGAL_BASIS, "x",
                null, null))).isEqualTo(DomainException.Kind.RULE_VIOLATION);
        assertThat(refusal(Right.ERASURE, List.of(registry), decide(Outcome.NOT_APPLICABLE, LegalGround.ART_17_3_B,
                "x", null, null))).isEqualTo(DomainException.Kind.RULE_VIOLATION);
        assertThat(refusal(Right.ERASURE, List.of(processing(LegalBasis.CONSENT, null)), decide(
                Outcome.NOT_APPLICABLE, LegalGround.LEGAL_BASIS, "x", null, null)))
                .isEqualTo(DomainException.Kind.RULE_VIOLATION);
    }

    @Test
    void lapsedIsNeverDecided() {
        assertThatThrownBy(() -> Decisions.decide(Right.ACCESS, List.of(processing(LegalBasis.CONSENT, null)),
                decide(Outcome.LAPSED, null, null, null, null))).isInstanceOf(DomainException.class);
    }
}
