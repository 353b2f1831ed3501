package humeur.app.cli.classifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a classifier run's result depends on, written beside its checkpoints ({@code run-settings.txt}): {@code --resume}
 * with other settings would silently train another model, so it is refused with the differences listed. (The same
 * file and rule as {@code lm pretrain}'s.)
 */
final class RunSettings {
    static final String FILE = "run-settings.txt";
    private final Map<String, String> values = new LinkedHashMap<>();

    RunSettings with(String name, Object value) {
        values.put(name, String.valueOf(value).replace('\n', ' '));
        return this;
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        Files.writeString(dir.resolve(FILE), text);
    }

    void checkSameAs(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                recorded.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        List<String> differences = new ArrayList<>();
        values.forEach((name, value) -> {
            String before = recorded.get(name);
            if (!value.equals(before)) {
                differences.add(name + " was " + before + ", now " + value);
            }
        });
        recorded.keySet().stream().filter(k -> !values.containsKey(k)).forEach(k -> differences.add(k + " is gone"));
        if (!differences.isEmpty()) {
            throw new IOException(file + ": --resume needs the settings of the interrupted run: "
                    + String.join("; ", differences));
        }
    }
}
