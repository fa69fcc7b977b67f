package fr.guichet.report;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.Roles;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.platform.web.DateRange;
import fr.guichet.request.RegisterFilter;

/**
 * The register of requests for a period, as CSV or JSON. Parameters are checked before the body starts, so a bad
 * one still answers a problem; once streaming has begun, a failure can only cut the body short.
 */
@Path("/api/v1/reports/register")
@RolesAllowed({ Roles.COMPLIANCE, Roles.DPO })
public class RegisterResource {

    private static final MediaType CSV_UTF8 = MediaType.valueOf(RegisterCsv.MEDIA_TYPE)
            .withCharset(StandardCharsets.UTF_8.name());

    private final RegisterExport export;
    private final CallerScope scope;

    RegisterResource(RegisterExport export, CallerScope scope) {
        this.export = export;
        this.scope = scope;
    }

    /**
     * One method negotiating both types itself: with one method per type, an {@code Accept} matching neither was
     * answered with CSV instead of 406 (Quarkus REST 3.33), and the contract promises 406.
     */
    @GET
    @Produces({ RegisterCsv.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    public Response register(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("controller") String controller, @QueryParam("processing") String processing,
            @QueryParam("format") String format, @Context Request request) {
        boolean asCsv = ExportFormat.csv(format, request, ExportFormat.CSV);
        RegisterFilter filter = filter(from, to, controller, processing, scope.get());
        if (!asCsv) {
            StreamingOutput json = out -> export.json(filter, out);
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput csv = out -> export.csv(filter, out);
        return Response.ok(csv, CSV_UTF8).header("Content-Disposition", "attachment; filename=\"register-"
                + filter.from() + "-to-" + filter.to() + ".csv\"").build();
    }

    private static RegisterFilter filter(String from, String to, String controller, String processing,
            StaffScope scope) {
        DateRange period = DateRange.parse(from, to);
        return new RegisterFilter(period.from(), period.to(), scope.narrowedTo(uuid("controller", controller)),
                uuid("processing", processing));
    }

    private static Optional<UUID> uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidInput(name, "must be a UUID");
        }
    }
}
