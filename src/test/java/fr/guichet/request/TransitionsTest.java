package fr.guichet.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.guichet.catalog.Right;
import fr.guichet.platform.error.StateConflictException;

/** The transition table's own consistency, and the guards that depend on more than the state. */
class TransitionsTest {

    private static Transitions.Facts facts(RequestStatus status) {
        return new Transitions.Facts(status, Right.ACCESS, false, 0, false, 0);
    }

    @Test
    void everyStateButWithdrawnHasAWayOutAndEveryActionAppearsInTheTable() {
        for (RequestStatus status : RequestStatus.values()) {
            boolean stuck = Transitions.allowed(facts(status)).isEmpty();
            assertThat(stuck).as(status.name()).isEqualTo(status == RequestStatus.WITHDRAWN
                    || status == RequestStatus.CLOSED);
        }
        Set<Action> listed = EnumSet.noneOf(Action.class);
        Transitions.TABLE.forEach(row -> listed.add(row.action()));
        assertThat(listed).containsExactlyInAnyOrder(Action.values());
    }

    @Test
    void onlyPendingStatesAwaitAnAnswerAndOnlyTheyCanBeWithdrawnIntoWithdrawn() {
        for (RequestStatus status : RequestStatus.values()) {
            Transitions.Facts facts = facts(status);
            boolean withdrawable = Transitions.allowed(facts).contains(Action.WITHDRAW);
            assertThat(withdrawable).as(status.name()).isEqualTo(status == RequestStatus.RECEIVED
                    || status == RequestStatus.AWAITING_INFORMATION || status == RequestStatus.IN_PROGRESS);
        }
        assertThat(RequestStatus.DECIDED.awaitsAnswer()).isTrue();
        assertThat(RequestStatus.ANSWERED.awaitsAnswer()).isFalse();
    }

    @Test
    void anIllegalActionNamesTheStateAndTheActionsAllowedInIt() {
        assertThatThrownBy(() -> Transitions.resolve(facts(RequestStatus.RECEIVED), Action.RESPOND))
                .isInstanceOfSatisfying(StateConflictException.class, conflict -> {
                    assertThat(conflict.currentState()).isEqualTo("RECEIVED");
                    assertThat(conflict.allowedActions()).containsExactly("START", "REQUEST_IDENTITY",
                            "REQUEST_CLARIFICATION", "EXTEND", "WITHDRAW");
                });
    }

    @Test
    void closingAwaitingInformationLapsesWhileClosingAnAnsweredRequestDoesNot() {
        assertThat(Transitions.resolve(facts(RequestStatus.AWAITING_INFORMATION), Action.CLOSE).effect())
                .isEqualTo(Transitions.Effect.LAPSE);
        assertThat(Transitions.resolve(facts(RequestStatus.ANSWERED), Action.CLOSE).effect())
                .isEqualTo(Transitions.Effect.CLOSE);
    }

    @Test
    void anOppositionInForceCanBeWithdrawnAfterTheDecisionAndARestrictionLiftedOnlyAfterNotice() {
        Transitions.Facts opposition = new Transitions.Facts(RequestStatus.CLOSED, Right.OPPOSITION, false, 1, false,
                0);
        assertThat(Transitions.resolve(opposition, Action.WITHDRAW).to()).isNull();

        Transitions.Facts restriction = new Transitions.Facts(RequestStatus.ANSWERED, Right.LIMITATION, false, 2,
                false, 0);
        assertThat(Transitions.allowed(restriction)).containsExactly(Action.CLOSE, Action.NOTIFY_LIFT);
        assertThatThrownBy(() -> Transitions.resolve(restriction, Action.LIFT))
                .hasMessageContaining("Art. 18(3)");
        Transitions.Facts noticed = new Transitions.Facts(RequestStatus.ANSWERED, Right.LIMITATION, false, 2, true, 0);
        assertThat(Transitions.resolve(noticed, Action.LIFT).effect()).isEqualTo(Transitions.Effect.LIFT_RESTRICTION);
    }

    @Test
    void anAnsweredRequestClosesOnlyOncePartnersAcknowledgedOrWereExempted() {
        Transitions.Facts waiting = new Transitions.Facts(RequestStatus.ANSWERED, Right.ERASURE, false, 0, false, 3);
        assertThat(Transitions.allowed(waiting)).doesNotContain(Action.CLOSE);
        assertThatThrownBy(() -> Transitions.resolve(waiting, Action.CLOSE)).hasMessageContaining("3 partner event(s)");
        Transitions.Facts settled = new Transitions.Facts(RequestStatus.ANSWERED, Right.ERASURE, false, 0, false, 0);
        assertThat(Transitions.resolve(settled, Action.CLOSE).to()).isEqualTo(RequestStatus.CLOSED);
    }

    @Test
    void aRequestIsExtendedOnlyOnce() {
        Transitions.Facts extended = new Transitions.Facts(RequestStatus.IN_PROGRESS, Right.ACCESS, true, 0, false, 0);
        assertThat(Transitions.allowed(extended)).doesNotContain(Action.EXTEND);
        assertThatThrownBy(() -> Transitions.resolve(extended, Action.EXTEND)).hasMessageContaining("one extension");
    }

    @Test
    void aRefusalNamesItsRuleByCodeAndKeepsTheApisMessage() {
        Transitions.Facts extended = new Transitions.Facts(RequestStatus.IN_PROGRESS, Right.ACCESS, true, 0, false, 0);
        Transitions.Facts waiting = new Transitions.Facts(RequestStatus.ANSWERED, Right.ERASURE, false, 0, false, 3);

        assertThatThrownBy(() -> Transitions.resolve(extended, Action.EXTEND))
                .isInstanceOfSatisfying(StateConflictException.class, conflict -> {
                    assertThat(conflict.code()).contains(Refusal.ALREADY_EXTENDED);
                    assertThat(conflict.getMessage()).isEqualTo("the request was already extended; Art. 12(3) "
                            + "allows one extension. Allowed now: REQUEST_IDENTITY, REQUEST_CLARIFICATION, DECIDE, "
                            + "WITHDRAW.");
                });
        assertThatThrownBy(() -> Transitions.resolve(waiting, Action.CLOSE))
                .isInstanceOfSatisfying(StateConflictException.class,
                        conflict -> assertThat(conflict.code()).contains(Refusal.PARTNERS_NOT_SETTLED));
        assertThatThrownBy(() -> Transitions.resolve(facts(RequestStatus.RECEIVED), Action.RESPOND))
                .isInstanceOfSatisfying(StateConflictException.class,
                        conflict -> assertThat(conflict.code()).contains(Refusal.NOT_ALLOWED_NOW));
    }
}
