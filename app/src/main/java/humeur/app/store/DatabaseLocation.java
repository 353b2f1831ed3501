package humeur.app.store;

import java.nio.file.Path;
import java.util.Map;

/** Where the database lives when {@code --db} does not say: the XDG data folder, as on any Linux desktop. */
public final class DatabaseLocation {
    private DatabaseLocation() {
    }

    /** {@code $XDG_DATA_HOME/humeur/humeur.db}, or {@code ~/.local/share/humeur/humeur.db} when the variable is unset. */
    public static Path defaultPath() {
        return defaultPath(System.getenv(), System.getProperty("user.home"));
    }

    /** The default path for the given environment and home folder. */
    static Path defaultPath(Map<String, String> env, String home) {
        String dataHome = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = dataHome != null && !dataHome.isBlank() && Path.of(dataHome).isAbsolute()
                ? Path.of(dataHome)
                : Path.of(home, ".local", "share");
        return base.resolve("humeur").resolve("humeur.db");
    }
}
