package humeur.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a training run's result depends on (data, batches, schedule, optimiser, model shape and dropouts), written
 * beside its checkpoints: {@code --resume} with other settings would silently train a different model, so it is refused
 * with the differences listed. Threads, checkpoint interval and {@code --stop-after} do not change the result and are
 * left out. Shared by {@code lm pretrain}, {@code lm finetune} and {@code classifier train}.
 */
public final class RunSettings {
    /** The file's name in a run's folder. */
    public static final String FILE = "run-settings.txt";
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Adds a setting; the order of additions is the order of the file. */
    public RunSettings with(String name, Object value) {
        values.put(name, String.valueOf(value).replace('\n', ' '));
        return this;
    }

    /** Records these settings in {@code dir} for a later {@code --resume}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        Files.writeString(dir.resolve(FILE), text);
    }

    /** Refuses to resume when the settings recorded in {@code dir} differ from these, naming each difference. */
    public void checkSameAs(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return; // written by a run that recorded nothing: nothing to compare
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
        recorded.keySet().stream().filter(name -> !values.containsKey(name)).forEach(name -> differences.add(name + " is gone"));
        if (!differences.isEmpty()) {
            throw new IOException(file + ": --resume needs the settings of the interrupted run: "
                    + String.join("; ", differences));
        }
    }
}
