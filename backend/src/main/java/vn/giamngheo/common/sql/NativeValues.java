package vn.giamngheo.common.sql;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Values of native query rows, whatever type the JDBC driver hands them in. */
public final class NativeValues {

    private NativeValues() {
    }

    /** A varchar[] column as a list (empty for null). */
    public static List<String> strings(Object array) {
        if (array == null) {
            return List.of();
        }
        if (array instanceof String[] values) {
            return List.of(values);
        }
        if (array instanceof Array sql) {
            try {
                return List.of((String[]) sql.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (array instanceof Object[] values) {
            return java.util.Arrays.stream(values).map(String::valueOf).toList();
        }
        return List.of(String.valueOf(array));
    }

    /** A date column (null stays null). */
    public static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
