package fr.guichet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import fr.guichet.catalog.Right;
import fr.guichet.request.Channel;
import fr.guichet.request.LegalGround;
import fr.guichet.request.Outcome;
import fr.guichet.request.RegisterRow;
import fr.guichet.request.RequestStatus;
import fr.guichet.request.RequesterRole;
import fr.guichet.request.Timeliness;

/**
 * The register's CSV file: UTF-8 behind a byte-order mark, RFC 4180 quoting, text that round-trips (accents,
 * emoji, quotes, line breaks) and cells that a spreadsheet would run as formulas neutralised.
 */
class RegisterCsvTest {

    @Test
    void nonAsciiAndQuotedTextRoundTripAndFormulasAreNeutralised() throws IOException {
        RegisterRow hostile = row("=cmd|' /C calc'!A0");
        RegisterRow accented = row("Réf-été \"à\" 🏥,\r\nsuite");
        RegisterRow signed = row("+1");
        RegisterRow at = row("@SUM(1)");
        RegisterRow minus = row("-GCH");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterCsv csv = RegisterCsv.open(out);
        List.of(hostile, accented, signed, at, minus).forEach(csv::print);
        csv.flush();

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).extracting(record -> record.get("reference")).containsExactly("'=cmd|' /C calc'!A0",
                "Réf-été \"à\" 🏥,\r\nsuite", "'+1", "'@SUM(1)", "'-GCH");
        assertThat(records.get(1).toMap()).containsEntry("right", "ACCESS").containsEntry("outcome", "")
                .containsEntry("legalGround", "ART_12_5").containsEntry("daysTaken", "4")
                .containsEntry("lastAcknowledgedAt", "2026-03-12T09:15:30.123456Z");
        assertThat(text).contains("\r\n");
    }

    private static RegisterRow row(String reference) {
        LocalDate day = LocalDate.parse("2026-03-10");
        return new RegisterRow(reference, Right.ACCESS, Channel.WEB, RequesterRole.SELF, day, day.plusMonths(1),
                null, day.plusMonths(1), RequestStatus.ANSWERED, null, LegalGround.ART_12_5, day.plusDays(4), 4,
                Timeliness.ON_TIME, 0, 1, 2, Instant.parse("2026-03-12T09:15:30.123456Z"));
    }
}
