package fr.guichet.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A spreadsheet must never run a cell of the export as a formula. */
class SummaryCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        assertThat(SummaryCsv.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SummaryCsv.safe("+1")).isEqualTo("'+1");
        assertThat(SummaryCsv.safe("-1")).isEqualTo("'-1");
        assertThat(SummaryCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SummaryCsv.safe("Entrepôt ✓")).isEqualTo("Entrepôt ✓");
        assertThat(SummaryCsv.safe(null)).isEmpty();
    }
}
