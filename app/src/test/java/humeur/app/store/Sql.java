package humeur.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a test database through its own connection, so that what is checked is what was committed. */
public final class Sql {
    private Sql() {
    }

    /** The first column of the first row of {@code query}, as a long. */
    public static long number(Path db, String query) throws SQLException {
        List<String> rows = rows(db, query);
        return Long.parseLong(rows.get(0));
    }

    /** Each row of {@code query}, its columns joined by {@code |}. */
    public static List<String> rows(Path db, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }

    /** Runs {@code update} on the database. */
    public static void execute(Path db, String update) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate(update);
        }
    }
}
