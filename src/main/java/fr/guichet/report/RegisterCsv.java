package fr.guichet.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.guichet.request.RegisterRow;

/**
 * The register as RFC 4180 CSV: UTF-8 with a byte-order mark (without it, spreadsheets read UTF-8 as their local
 * code page and garble accents), a header row with the JSON field names, every cell neutralised by
 * {@link CsvCells}. Empty cells stand for null.
 */
final class RegisterCsv {

    static final String MEDIA_TYPE = "text/csv";
    static final List<String> HEADER = List.of("reference", "right", "channel", "requesterRole", "receiptDate",
            "responseDue", "extendedDue", "effectiveDue", "status", "outcome", "legalGround", "responseDate",
            "daysTaken", "timeliness", "pausedDays", "partnersAcknowledged", "partnersTotal", "lastAcknowledgedAt");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
            .get();

    private final CSVPrinter printer;

    private RegisterCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Writes the byte-order mark and the header row. */
    static RegisterCsv open(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        return new RegisterCsv(new CSVPrinter(writer, FORMAT));
    }

    /** Unchecked, so that it can be the sink of a database stream; the failure ends the read-only transaction. */
    void print(RegisterRow row) {
        try {
            printer.printRecord(cells(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() throws IOException {
        printer.flush();
    }

    /** In {@link #HEADER}'s order. */
    static List<String> cells(RegisterRow row) {
        return Stream.of(row.reference(), row.right(), row.channel(), row.requesterRole(),
                row.receiptDate(), row.responseDue(), row.extendedDue(), row.effectiveDue(), row.status(),
                row.outcome(), row.legalGround(), row.responseDate(), row.daysTaken(), row.timeliness(),
                row.pausedDays(), row.partnersAcknowledged(), row.partnersTotal(), row.lastAcknowledgedAt())
                .map(CsvCells::text).toList();
    }
}
