package fr.guichet.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.guichet.request.LegalGround;

/**
 * The summary as RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the accents), a
 * header row, one row per group and a last row whose {@code group} is {@value #TOTAL}. Refusal percentages get
 * one column per legal ground; propagation is in the JSON and on the page.
 */
final class SummaryCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final String TOTAL = "total";
    static final List<String> HEADER = Stream.concat(Stream.of("group", "label", "received", "answered",
            "answeredWithinOneMonth", "answeredWithinOneMonthPercent", "answeredWithinThreeMonths",
            "answeredWithinThreeMonthsPercent", "answeredOnTime", "answeredOnTimePercent", "overdueNow", "extended",
            "extensionPercent", "refused", "refusalPercent", "medianDaysToAnswer", "p90DaysToAnswer"),
            Stream.of(LegalGround.values()).map(ground -> "refusalPercent_" + ground.name())).toList();

    private SummaryCsv() {
    }

    static void write(SummaryReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get());
        for (GroupSummary group : report.groups()) {
            printer.printRecord(row(group, group.group(), group.label()));
        }
        printer.printRecord(row(report.total(), TOTAL, ""));
        printer.flush();
    }

    private static List<String> row(GroupSummary g, String group, String label) {
        List<String> cells = new ArrayList<>(List.of(safe(group), safe(label), number(g.received()),
                number(g.answered()), number(g.answeredWithinOneMonth()), number(g.answeredWithinOneMonthPercent()),
                number(g.answeredWithinThreeMonths()), number(g.answeredWithinThreeMonthsPercent()),
                number(g.answeredOnTime()), number(g.answeredOnTimePercent()), number(g.overdueNow()),
                number(g.extended()), number(g.extensionPercent()), number(g.refused()), number(g.refusalPercent()),
                number(g.medianDaysToAnswer()), number(g.p90DaysToAnswer())));
        for (LegalGround ground : LegalGround.values()) {
            cells.add(number(g.refusalPercent(ground)));
        }
        return cells;
    }

    private static String number(Number value) {
        return value == null ? "" : value.toString();
    }

    /** A spreadsheet runs a cell that starts with = + - or @ as a formula: a leading quote keeps it text. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
