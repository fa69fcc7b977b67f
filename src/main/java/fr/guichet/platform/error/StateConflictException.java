package fr.guichet.platform.error;

import java.util.List;

/** An action the current state does not allow; the answer names the state and what is allowed instead. */
public class StateConflictException extends DomainException {

    private final String currentState;
    private final List<String> allowedActions;

    public StateConflictException(String message, String currentState, List<String> allowedActions) {
        this(null, message, currentState, allowedActions);
    }

    public StateConflictException(RefusalCode code, String message, String currentState,
            List<String> allowedActions) {
        super(Kind.CONFLICT, code, message, List.of());
        this.currentState = currentState;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public String currentState() {
        return currentState;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
