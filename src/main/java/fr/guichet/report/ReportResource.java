package fr.guichet.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import fr.guichet.platform.security.Roles;

/** Deadline KPIs for compliance officers (and DPOs), as JSON for tools or CSV for spreadsheets. */
@Path("/api/v1/reports/summary")
@RolesAllowed({ Roles.COMPLIANCE, Roles.DPO })
public class ReportResource {

    private final DeadlineReport report;

    ReportResource(DeadlineReport report) {
        this.report = report;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SummaryReport summary(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy, @QueryParam("controller") String controller) {
        return report.summary(ReportPeriod.parse(from, to, controller), SummaryGrouping.parse(groupBy));
    }

    @GET
    @Produces(SummaryCsv.MEDIA_TYPE)
    public StreamingOutput summaryCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy, @QueryParam("controller") String controller) {
        SummaryReport summary = summary(from, to, groupBy, controller);
        return out -> SummaryCsv.write(summary, out);
    }
}
