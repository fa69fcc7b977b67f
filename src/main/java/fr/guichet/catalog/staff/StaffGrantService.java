package fr.guichet.catalog.staff;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.StaffGrants;
import fr.guichet.platform.security.StaffScope;

/** Administrators grant staff members the controllers they answer for; each change is audited. */
@ApplicationScoped
public class StaffGrantService {

    private final StaffGrants grants;
    private final CatalogDirectory catalog;
    private final AuditLog audit;
    private final Clock clock;

    StaffGrantService(StaffGrants grants, CatalogDirectory catalog, AuditLog audit, Clock clock) {
        this.grants = grants;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    public StaffGrantView get(String subject) {
        return view(subject, grants.scopeOf(StaffSubjects.checked(subject)));
    }

    @Transactional
    public StaffGrantView replace(String subject, StaffGrantInput input, String actor) {
        String checked = StaffSubjects.checked(subject);
        Set<UUID> controllers = new HashSet<>(input.controllerIds());
        if (input.allControllers() && !controllers.isEmpty()) {
            throw DomainException.ruleViolation("controllerIds",
                    "must be empty when allControllers is true (every controller is granted)");
        }
        Set<UUID> known = controllers.isEmpty() ? Set.of() : catalog.controllers(controllers).keySet();
        List<String> unknown = controllers.stream().filter(id -> !known.contains(id)).map(UUID::toString).sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw DomainException.ruleViolation("controllerIds", "unknown controller(s): " + String.join(", ", unknown));
        }
        StaffScope scope = new StaffScope(input.allControllers(), controllers);
        grants.replace(checked, scope, actor);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("allControllers", Boolean.toString(scope.allControllers()));
        details.put("controllerIds", String.join(",", scope.controllerIds().stream().map(UUID::toString).sorted()
                .toList()));
        audit.append(new AuditEntry(actor, "STAFF_GRANTS_REPLACED", "staff", checked, clock.instant(), details));
        return view(checked, scope);
    }

    private static StaffGrantView view(String subject, StaffScope scope) {
        return new StaffGrantView(subject, scope.allControllers(),
                scope.controllerIds().stream().sorted().toList());
    }
}
