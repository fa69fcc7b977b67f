package fr.guichet.desk.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;
import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.Roles;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.platform.web.staff.StaffMessages;
import fr.guichet.platform.web.staff.StaffPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Where staff land after signing in: who they are, which establishments they answer for, and the pages their roles
 * open. The console pages hang from it.
 */
@Path("/desk")
public class DeskHomeResource {

    @CheckedTemplate(basePath = "desk")
    static class Templates {
        static native TemplateInstance home(String name, List<String> roles, boolean allControllers,
                List<String> controllers, boolean reports, boolean entry, String registerCsvUrl, boolean admin,
                String otherLanguageUrl, boolean signedIn);
    }

    private final SecurityIdentity identity;
    private final CurrentActor actor;
    private final CallerScope scope;
    private final CatalogDirectory catalog;
    private final Clock clock;

    DeskHomeResource(SecurityIdentity identity, CurrentActor actor, CallerScope scope, CatalogDirectory catalog,
            Clock clock) {
        this.identity = identity;
        this.actor = actor;
        this.scope = scope;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.DPO, Roles.COMPLIANCE, Roles.ADMIN })
    public Response home(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = StaffPages.language(lang, headers);
        StaffMessages words = StaffPages.messages(language);
        StaffScope granted = scope.get();
        List<String> controllers = granted.allControllers() ? List.of()
                : catalog.controllers(granted.controllerIds()).values().stream().map(ControllerView::name)
                        .sorted(Comparator.naturalOrder()).toList();
        List<String> roles = List.of(Roles.DPO, Roles.COMPLIANCE, Roles.ADMIN).stream().filter(identity::hasRole)
                .map(role -> switch (role) {
                    case Roles.DPO -> words.role_dpo();
                    case Roles.COMPLIANCE -> words.role_compliance();
                    default -> words.role_admin();
                }).toList();
        boolean reports = identity.hasRole(Roles.DPO) || identity.hasRole(Roles.COMPLIANCE);
        LocalDate today = LocalDate.now(clock);
        String registerCsv = "/api/v1/reports/register?from=" + today.minusYears(1).plusDays(1) + "&to=" + today
                + "&format=csv";
        return StaffPages.html(Response.Status.OK, Templates.home(displayName(), roles, granted.allControllers(),
                controllers, reports, identity.hasRole(Roles.DPO), registerCsv, identity.hasRole(Roles.ADMIN),
                StaffPages.otherLanguageUrl("/desk", language), true), language);
    }

    /** The name the identity provider gives (ID token {@code name}), else the subject. */
    private String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object name = token.getClaim("name");
            if (name != null && !name.toString().isBlank()) {
                return name.toString().replace("\"", "");
            }
        }
        return actor.subject();
    }
}
