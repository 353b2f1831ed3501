package humeur.app.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite's errors into one sentence for the user, naming the database file. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    /** A {@link StoreException} saying what failed ({@code doing}, e.g. "cannot open") and why. */
    static StoreException describe(Path db, String doing, SQLException e) {
        return new StoreException(db + ": " + doing + ": " + reason(e), e);
    }

    private static String reason(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            // Extended codes (SQLITE_BUSY_SNAPSHOT...) carry their primary code in the low byte.
            SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(sqlite.getResultCode().code & 0xFF);
            String known = switch (code) {
                case SQLITE_BUSY, SQLITE_LOCKED -> "the database is busy (is another humeur writing to it?)";
                case SQLITE_NOTADB -> "not an SQLite database";
                case SQLITE_CORRUPT -> "the database file is damaged";
                case SQLITE_FULL -> "the disk is full";
                case SQLITE_READONLY -> "the database is read-only";
                case SQLITE_CANTOPEN -> "the file cannot be opened (check the folder and its permissions)";
                case SQLITE_PERM -> "permission denied";
                default -> null;
            };
            if (known != null) {
                return known;
            }
        }
        // sqlite-jdbc writes "[SQLITE_XYZ] Generic description (the actual reason)": keep the actual reason.
        String message = String.valueOf(e.getMessage());
        int open = message.lastIndexOf('(');
        return open >= 0 && message.endsWith(")") ? message.substring(open + 1, message.length() - 1) : message;
    }
}
