package fr.guichet.platform.stream;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The JDBC values the report statistics bind and read, in one place for every feature's statistics. */
public final class StatementValues {

    private StatementValues() {
    }

    /** Binds a period (from, to) then, when present, a controller id, from parameter {@code first} on. */
    public static void bindPeriod(PreparedStatement statement, int first, LocalDate from, LocalDate to,
            Optional<UUID> controllerId) throws SQLException {
        statement.setObject(first, from);
        statement.setObject(first + 1, to);
        if (controllerId.isPresent()) {
            statement.setObject(first + 2, controllerId.get());
        }
    }

    /** A double column that may be SQL NULL (a median over no rows). */
    public static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
