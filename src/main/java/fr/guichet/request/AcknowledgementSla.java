package fr.guichet.request;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;

/**
 * The partners' acknowledgement SLA (policy: working days after the event, in the controller's calendar) turned
 * into a date that SQL can compare with: holidays live in Java, so reports ask here for each controller's cut-off.
 */
@ApplicationScoped
public class AcknowledgementSla {

    private final CatalogDirectory catalog;
    private final RequestDeadlines deadlines;

    AcknowledgementSla(CatalogDirectory catalog, RequestDeadlines deadlines) {
        this.catalog = catalog;
        this.deadlines = deadlines;
    }

    /**
     * The latest local date on which an event can have occurred and already be past its acknowledgement due day
     * today: an event of that day or earlier that is neither acknowledged nor exempt is late.
     */
    public LocalDate lateIfOccurredOnOrBefore(UUID controllerId) {
        ControllerView controller = catalog.controller(controllerId);
        LocalDate today = deadlines.today(controller);
        LocalDate day = today;
        // Walks back over at most the SLA's working days plus the weekends and holidays between them.
        while (!deadlines.acknowledgementDue(day, controller).isBefore(today)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
