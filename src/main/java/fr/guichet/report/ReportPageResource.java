package fr.guichet.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.guichet.platform.web.Languages;
import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The printable deadline report: the summary by month, its chart and the propagation, for people. */
@Path("/reports/deadlines")
@RolesAllowed({ Roles.COMPLIANCE, Roles.DPO })
public class ReportPageResource {

    /** Only the local stylesheet; no script, font, frame or form: the page shows figures, nothing else. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance deadlines(SummaryReport summary, RawString chart, String language,
                String fromText, String toText, String generatedAt, String summaryCsvUrl, String registerCsvUrl);
    }

    private final DeadlineReport report;
    private final Clock clock;
    private final CallerScope scope;

    ReportPageResource(DeadlineReport report, Clock clock, CallerScope scope) {
        this.report = report;
        this.clock = clock;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("controller") String controller, @QueryParam("lang") String lang, HttpHeaders headers) {
        LocalDate today = LocalDate.now(clock);
        // People open the page without a period: the last twelve months then.
        ReportPeriod period = ReportPeriod.parse(from == null ? today.minusYears(1).plusDays(1).toString() : from,
                to == null ? today.toString() : to, controller);
        SummaryReport summary = report.summary(period, SummaryGrouping.MONTH, scope.get());
        String language = Languages.chosen(lang, headers);
        ReportMessages messages = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language));
        String query = "from=" + period.from() + "&to=" + period.to()
                + period.controllerId().map(id -> "&controller=" + id).orElse("");
        TemplateInstance page = Templates.deadlines(summary,
                new RawString(MonthlyChart.svg(messages.chartTitle(), messages.chartDescription(),
                        messages.chartEmpty(), months(summary))),
                language, period.from().toString(), period.to().toString(),
                GENERATED.format(summary.generatedAt().atOffset(ZoneOffset.UTC)),
                "/api/v1/reports/summary?" + query + "&groupBy=month&format=csv",
                "/api/v1/reports/register?" + query + "&format=csv")
                .setLocale(Locale.forLanguageTag(language));
        return Response.ok(page.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    private static List<MonthlyChart.Month> months(SummaryReport summary) {
        return summary.groups().stream()
                .map(group -> new MonthlyChart.Month(group.group(), group.received(), group.answeredOnTimePercent()))
                .toList();
    }
}
