package fr.guichet.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell a spreadsheet would run as a formula is shown as text; every other cell is left exactly as it is. */
class CsvCellsTest {

    @Test
    void cellsThatStartAFormulaGetALeadingApostrophe() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://x.example\")")).isEqualTo("'=HYPERLINK(\"http://x.example\")");
        assertThat(CsvCells.text("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.text("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void otherCellsAreUnchangedAndNullIsEmpty() {
        assertThat(CsvCells.text("GCH-2026-000123")).isEqualTo("GCH-2026-000123");
        assertThat(CsvCells.text("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.text("Hôpital Édouard-Herriot 🏥")).isEqualTo("Hôpital Édouard-Herriot 🏥");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isEmpty();
        assertThat(CsvCells.text(42)).isEqualTo("42");
    }
}
