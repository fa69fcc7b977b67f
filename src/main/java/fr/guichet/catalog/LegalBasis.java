package fr.guichet.catalog;

import java.util.EnumSet;
import java.util.Set;

/** GDPR Art. 6(1) legal basis of a processing; it decides which rights the processing can admit. */
public enum LegalBasis {
    CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTEREST, PUBLIC_TASK, LEGITIMATE_INTEREST;

    /**
     * Rights this basis can never admit: no opposition nor erasure under a legal obligation (Art. 17(3)(b),
     * 21(1)); portability only under consent or contract (Art. 20(1)(a)).
     */
    public Set<Right> excludedRights() {
        Set<Right> excluded = EnumSet.noneOf(Right.class);
        if (this == LEGAL_OBLIGATION) {
            excluded.add(Right.OPPOSITION);
            excluded.add(Right.ERASURE);
        }
        if (this != CONSENT && this != CONTRACT) {
            excluded.add(Right.PORTABILITY);
        }
        return excluded;
    }
}
