package fr.guichet.catalog;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

/** Controllers: the organisations that answer, with the zone and calendar their deadlines are counted in. */
@ApplicationScoped
public class ControllerService {

    private final EntityManager entityManager;
    private final Clock clock;
    private final CatalogMails mails;
    private final AuditLog auditLog;
    private final CurrentActor actor;

    ControllerService(EntityManager entityManager, Clock clock, CatalogMails mails, AuditLog auditLog,
            CurrentActor actor) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.mails = mails;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    /** Creates a controller and tells its DPO address that it is now the desk's contact. */
    @Transactional
    public ControllerView create(ControllerInput input) {
        ensureNameFree(input.name(), null);
        Controller controller = new Controller();
        controller.id = UUID.randomUUID();
        apply(controller, input);
        controller.createdAt = controller.updatedAt;
        controller.persistAndFlush();
        mails.queueDpoContactNotice(controller);
        audit("CONTROLLER_CREATED", controller, true);
        return ControllerView.of(controller);
    }

    /** Replaces a controller's settings; a new DPO address gets the contact notice too. */
    @Transactional
    public ControllerView update(UUID id, ControllerInput input) {
        Controller controller = find(id);
        ensureNameFree(input.name(), id);
        boolean newDpo = !controller.dpoEmail.equalsIgnoreCase(input.dpoEmail().trim());
        apply(controller, input);
        entityManager.flush();
        if (newDpo) {
            mails.queueDpoContactNotice(controller);
        }
        audit("CONTROLLER_UPDATED", controller, newDpo);
        return ControllerView.of(controller);
    }

    public ControllerView get(UUID id) {
        return ControllerView.of(find(id));
    }

    public Page<ControllerView> list(PageRequest request) {
        return ByName.page(entityManager, Controller.class, "", request, UUID::fromString, c -> c.name, c -> c.id,
                ControllerView::of);
    }

    Controller find(UUID id) {
        return Controller.<Controller>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("controller", id));
    }

    private void apply(Controller controller, ControllerInput input) {
        // Deadlines are counted in local dates of a region (DST included); a fixed offset would be wrong half the year.
        if (!ZoneId.getAvailableZoneIds().contains(input.timeZone().trim())) {
            throw DomainException.invalidInput("timeZone", "must be an IANA region time zone such as Europe/Paris");
        }
        controller.name = input.name().trim();
        controller.dpoEmail = input.dpoEmail().trim();
        controller.timeZone = input.timeZone().trim();
        controller.holidayCalendar = input.holidayCalendar();
        controller.language = input.language() == null ? "fr" : input.language();
        controller.postalAddress = input.postalAddress() == null || input.postalAddress().isBlank() ? null
                : input.postalAddress().strip();
        controller.updatedAt = clock.instant();
    }

    /** The settings deadlines depend on; the DPO address is a contact, so only whether it changed. */
    private void audit(String action, Controller controller, boolean dpoEmailChanged) {
        auditLog.append(new AuditEntry(actor.subject(), action, "controller", controller.id.toString(),
                controller.updatedAt, Map.of("timeZone", controller.timeZone, "holidayCalendar",
                        controller.holidayCalendar.name(), "language", controller.language,
                        "dpoEmailChanged", String.valueOf(dpoEmailChanged))));
    }

    private void ensureNameFree(String name, UUID except) {
        long clashes = except == null ? Controller.count("name", name.trim())
                : Controller.count("name = ?1 and id <> ?2", name.trim(), except);
        if (clashes > 0) {
            throw DomainException.conflict("A controller named '" + name.trim() + "' already exists.");
        }
    }
}
