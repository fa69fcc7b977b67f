package fr.guichet.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Desk policies around the statutory deadlines (legal-rules.md §1 marks them as policies, not law). */
@ConfigMapping(prefix = "guichet.requests")
public interface RequestConfig {

    /** The internal target: the effective deadline minus this many working days ("without undue delay"). */
    @WithDefault("5")
    int internalTargetWorkingDays();

    /** A request for identity or clarification pauses the clock only if sent within this many working days. */
    @WithDefault("5")
    int promptInformationRequestWorkingDays();

    /** Art. 19 has no deadline: the desk expects each partner's acknowledgement within this many working days. */
    @WithDefault("2")
    int propagationSlaWorkingDays();
}
