package fr.guichet.request;

import static fr.guichet.request.Action.CLOSE;
import static fr.guichet.request.Action.DECIDE;
import static fr.guichet.request.Action.EXTEND;
import static fr.guichet.request.Action.INFORMATION_RECEIVED;
import static fr.guichet.request.Action.LIFT;
import static fr.guichet.request.Action.NOTIFY_LIFT;
import static fr.guichet.request.Action.REQUEST_CLARIFICATION;
import static fr.guichet.request.Action.REQUEST_IDENTITY;
import static fr.guichet.request.Action.RESPOND;
import static fr.guichet.request.Action.START;
import static fr.guichet.request.Action.WITHDRAW;
import static fr.guichet.request.RequestStatus.ANSWERED;
import static fr.guichet.request.RequestStatus.AWAITING_INFORMATION;
import static fr.guichet.request.RequestStatus.CLOSED;
import static fr.guichet.request.RequestStatus.DECIDED;
import static fr.guichet.request.RequestStatus.IN_PROGRESS;
import static fr.guichet.request.RequestStatus.RECEIVED;
import static fr.guichet.request.RequestStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.guichet.catalog.Right;
import fr.guichet.platform.error.StateConflictException;

/**
 * The request state machine, in one table: for each action, the states it may start from, the state it leads to
 * (null: the state does not change), the guard that must hold, and the effect the lifecycle carries out. The
 * first row whose action, state and guard match wins. Diagram in {@link RequestStatus}.
 */
public final class Transitions {

    /** What carrying out a transition does besides changing the state; see {@link RequestLifecycle}. */
    public enum Effect {
        NONE(null), OPEN_PAUSE(RequesterStep.INFORMATION_REQUESTED), CLOSE_PAUSE(null),
        EXTEND(RequesterStep.EXTENDED), DECIDE(null), RESPOND(RequesterStep.ANSWERED), CLOSE(RequesterStep.CLOSED),
        LAPSE(RequesterStep.LAPSED), WITHDRAW(RequesterStep.WITHDRAWN),
        LIFT_OPPOSITION(RequesterStep.OPPOSITION_WITHDRAWN), NOTIFY_LIFT(RequesterStep.RESTRICTION_LIFT_NOTIFIED),
        LIFT_RESTRICTION(null);

        private final RequesterStep step;

        Effect(RequesterStep step) {
            this.step = step;
        }

        /**
         * What the requester is told, or null. A decision is told with the response (RESPOND), when the desk
         * sends it; a lift of a restriction was announced beforehand (NOTIFY_LIFT, Art. 18(3)).
         */
        public RequesterStep step() {
            return step;
        }
    }

    /** What the guards look at. */
    public record Facts(RequestStatus status, Right right, boolean extended, int flagsInForce,
            boolean liftNoticeRecorded, long unsettledPartnerEvents) {
    }

    /** Why a guard refuses: the rule's code, and the API's message. */
    record Refused(Refusal code, String message) {
    }

    /** A guard answers why the action is refused, or null when it is allowed. */
    @FunctionalInterface
    interface Guard {
        Refused refusal(Facts facts);
    }

    public record Row(Action action, Set<RequestStatus> from, RequestStatus to, Guard guard, Effect effect) {
    }

    private static final Guard ALWAYS = facts -> null;
    private static final Guard NOT_YET_EXTENDED = facts -> facts.extended() ? new Refused(Refusal.ALREADY_EXTENDED,
            "the request was already extended; Art. 12(3) allows one extension") : null;
    private static final Guard OPPOSITION_IN_FORCE = facts -> facts.right() == Right.OPPOSITION
            && facts.flagsInForce() > 0 ? null
                    : new Refused(Refusal.NO_OPPOSITION_IN_FORCE, "no opposition of this request is in force");
    private static final Guard RESTRICTION_IN_FORCE = facts -> facts.right() == Right.LIMITATION
            && facts.flagsInForce() > 0 ? null
                    : new Refused(Refusal.NO_RESTRICTION_IN_FORCE, "no restriction of this request is in force");
    private static final Guard RESTRICTION_NOTIFIED = facts -> {
        Refused refusal = RESTRICTION_IN_FORCE.refusal(facts);
        if (refusal != null) {
            return refusal;
        }
        return facts.liftNoticeRecorded() ? null : new Refused(Refusal.LIFT_NOT_ANNOUNCED,
                "the person must be told before a restriction is lifted (Art. 18(3)): record NOTIFY_LIFT first");
    };

    /** Art. 19: the desk proves every recipient applied the outcome before it closes the file. */
    private static final Guard PARTNERS_SETTLED = facts -> facts.unsettledPartnerEvents() == 0 ? null
            : new Refused(Refusal.PARTNERS_NOT_SETTLED,
                    facts.unsettledPartnerEvents() + " partner event(s) are neither acknowledged nor exempt");

    private static final Set<RequestStatus> PENDING = EnumSet.of(RECEIVED, AWAITING_INFORMATION, IN_PROGRESS);
    private static final Set<RequestStatus> AFTER_DECISION = EnumSet.of(DECIDED, ANSWERED, CLOSED);

    static final List<Row> TABLE = List.of(
            new Row(START, EnumSet.of(RECEIVED), IN_PROGRESS, ALWAYS, Effect.NONE),
            new Row(REQUEST_IDENTITY, EnumSet.of(RECEIVED, IN_PROGRESS), AWAITING_INFORMATION, ALWAYS,
                    Effect.OPEN_PAUSE),
            new Row(REQUEST_CLARIFICATION, EnumSet.of(RECEIVED, IN_PROGRESS), AWAITING_INFORMATION, ALWAYS,
                    Effect.OPEN_PAUSE),
            new Row(INFORMATION_RECEIVED, EnumSet.of(AWAITING_INFORMATION), IN_PROGRESS, ALWAYS, Effect.CLOSE_PAUSE),
            new Row(EXTEND, EnumSet.of(RECEIVED, AWAITING_INFORMATION, IN_PROGRESS, DECIDED), null, NOT_YET_EXTENDED,
                    Effect.EXTEND),
            new Row(DECIDE, EnumSet.of(IN_PROGRESS), DECIDED, ALWAYS, Effect.DECIDE),
            new Row(RESPOND, EnumSet.of(DECIDED), ANSWERED, ALWAYS, Effect.RESPOND),
            new Row(CLOSE, EnumSet.of(ANSWERED), CLOSED, PARTNERS_SETTLED, Effect.CLOSE),
            // The requested identity or clarification never came: closed as lapsed, with a letter saying so.
            new Row(CLOSE, EnumSet.of(AWAITING_INFORMATION), CLOSED, ALWAYS, Effect.LAPSE),
            new Row(WITHDRAW, PENDING, WITHDRAWN, ALWAYS, Effect.WITHDRAW),
            // "Changer d'avis": the person withdraws an opposition in force; the request stays answered.
            new Row(WITHDRAW, AFTER_DECISION, null, OPPOSITION_IN_FORCE, Effect.LIFT_OPPOSITION),
            new Row(NOTIFY_LIFT, AFTER_DECISION, null, RESTRICTION_IN_FORCE, Effect.NOTIFY_LIFT),
            new Row(LIFT, AFTER_DECISION, null, RESTRICTION_NOTIFIED, Effect.LIFT_RESTRICTION));

    private Transitions() {
    }

    /** The row an action would carry out now, if it is allowed. */
    public static Optional<Row> find(Facts facts, Action action) {
        return TABLE.stream().filter(row -> row.action() == action && row.from().contains(facts.status())
                && row.guard().refusal(facts) == null).findFirst();
    }

    /** The row to carry out, or a conflict naming the current state and the actions allowed in it. */
    public static Row resolve(Facts facts, Action action) {
        Refused refusal = null;
        for (Row row : TABLE) {
            if (row.action() == action && row.from().contains(facts.status())) {
                refusal = row.guard().refusal(facts);
                if (refusal == null) {
                    return row;
                }
            }
        }
        List<Action> allowed = allowed(facts);
        Refused why = refusal != null ? refusal
                : new Refused(Refusal.NOT_ALLOWED_NOW, action + " is not possible in state " + facts.status());
        throw new StateConflictException(why.code(), why.message() + ". Allowed now: "
                + (allowed.isEmpty() ? "none" : allowed.stream().map(Action::name).collect(Collectors.joining(", ")))
                + ".", facts.status().name(), allowed.stream().map(Action::name).toList());
    }

    /** The actions allowed now, in the order of the table. */
    public static List<Action> allowed(Facts facts) {
        Set<Action> allowed = new LinkedHashSet<>();
        for (Row row : TABLE) {
            if (row.from().contains(facts.status()) && row.guard().refusal(facts) == null) {
                allowed.add(row.action());
            }
        }
        return List.copyOf(allowed);
    }
}
