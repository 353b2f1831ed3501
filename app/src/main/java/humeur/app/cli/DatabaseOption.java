package humeur.app.cli;

import humeur.app.store.DatabaseLocation;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --db PATH}, shared by every command that uses the database. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file. Default: $XDG_DATA_HOME/humeur/humeur.db, or "
                    + "~/.local/share/humeur/humeur.db when XDG_DATA_HOME is not set.")
    private Path db;

    /** The database file given with {@code --db}, or the default one. */
    public Path path() {
        return db != null ? db : DatabaseLocation.defaultPath();
    }
}
