package fr.guichet.report;

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

import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.Roles;

/** Deadline KPIs for compliance officers (and DPOs), as JSON for tools or CSV for spreadsheets. */
@Path("/api/v1/reports/summary")
@RolesAllowed({ Roles.COMPLIANCE, Roles.DPO })
public class ReportResource {

    private final DeadlineReport report;
    private final CallerScope scope;

    ReportResource(DeadlineReport report, CallerScope scope) {
        this.report = report;
        this.scope = scope;
    }

    /** JSON unless the caller prefers CSV (or asks {@code format=csv}, as the printable page's link does). */
    @GET
    @Produces({ MediaType.APPLICATION_JSON, SummaryCsv.MEDIA_TYPE })
    public Response summary(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy, @QueryParam("controller") String controller,
            @QueryParam("format") String format, @Context Request request) {
        boolean csv = ExportFormat.csv(format, request, MediaType.APPLICATION_JSON_TYPE);
        SummaryReport summary = report.summary(ReportPeriod.parse(from, to, controller), SummaryGrouping.parse(groupBy),
                scope.get());
        if (!csv) {
            return Response.ok(summary, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput body = out -> SummaryCsv.write(summary, out);
        return Response.ok(body, SummaryCsv.MEDIA_TYPE).build();
    }
}
