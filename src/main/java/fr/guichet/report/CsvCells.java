package fr.guichet.report;

/**
 * Neutralises CSV formula injection (OWASP): a spreadsheet evaluates a cell starting with {@code =}, {@code +},
 * {@code -} or {@code @} (or a tab or carriage return before one) as a formula, so such a cell is prefixed with an
 * apostrophe, which spreadsheets show as text and do not display.
 */
final class CsvCells {

    private CsvCells() {
    }

    /** The text of a cell: empty for null, otherwise the value, neutralised if a spreadsheet would evaluate it. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 ? text : "'" + text;
    }
}
