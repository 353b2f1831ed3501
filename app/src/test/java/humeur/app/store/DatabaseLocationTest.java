package humeur.app.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseLocationTest {

    @Test
    void followsXdgDataHome() {
        assertEquals(Path.of("/data/humeur/humeur.db"),
                DatabaseLocation.defaultPath(Map.of("XDG_DATA_HOME", "/data"), "/home/lea"));
    }

    @Test
    void fallsBackToLocalShareWhenUnsetEmptyOrRelative() {
        Path expected = Path.of("/home/lea/.local/share/humeur/humeur.db");
        assertEquals(expected, DatabaseLocation.defaultPath(Map.of(), "/home/lea"));
        assertEquals(expected, DatabaseLocation.defaultPath(Map.of("XDG_DATA_HOME", ""), "/home/lea"));
        assertEquals(expected, DatabaseLocation.defaultPath(Map.of("XDG_DATA_HOME", "data"), "/home/lea"));
    }
}
