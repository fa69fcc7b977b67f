package fr.guichet.platform.stream;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import fr.guichet.platform.security.ControllerFilter;

/** The JDBC values the report statistics bind and read, in one place for every feature's statistics. */
public final class StatementValues {

    private StatementValues() {
    }

    /**
     * Binds a period (from, to) then, when they are restricted, the controllers of {@link ControllerFilter#condition},
     * from parameter {@code first} on.
     */
    public static void bindPeriod(PreparedStatement statement, int first, LocalDate from, LocalDate to,
            ControllerFilter controllers) throws SQLException {
        statement.setObject(first, from);
        statement.setObject(first + 1, to);
        if (controllers.restricted()) {
            statement.setString(first + 2, controllers.parameter());
        }
    }

    /** A double column that may be SQL NULL (a median over no rows). */
    public static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
