package humeur.app.cli;

import humeur.app.score.WordListScorer;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs {@code humeur} in-process with the {@link WordListScorer} fixture as the model: {@code --model DIR} gives the
 * fixture of version DIR's name, no {@code --model} version {@code default}. The scorers made are kept, by version,
 * to see how they were called.
 */
final class ScoreCli {
    final Map<String, WordListScorer> scorers = new ConcurrentHashMap<>();
    private String stdin = "";
    private ExportOpener opener = ExportOpener.EXPORTS;

    /** Standard input for the next runs. */
    ScoreCli stdin(String text) {
        this.stdin = text;
        return this;
    }

    /** How {@code analyze} opens export files in the next runs (the real readers by default). */
    ScoreCli opener(ExportOpener opener) {
        this.opener = opener;
        return this;
    }

    /** The scorer of {@code version}, as the runs used it. */
    WordListScorer scorer(String version) {
        return scorers.computeIfAbsent(version, WordListScorer::new);
    }

    /** Runs the command line. */
    Cli.Result run(String... args) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        ModelOption.Loader loader = dir -> scorer(dir == null ? "default" : dir.getFileName().toString());
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ModelOption.class) {
                    return type.cast(new ModelOption(loader));
                }
                if (type == AnalyzeCommand.class) {
                    return type.cast(new AnalyzeCommand(opener));
                }
                if (type == ScoreCommand.class) {
                    return type.cast(new ScoreCommand(in));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        return Cli.run(Humeur.withErrorHandling(new CommandLine(new Humeur(), factory)), args);
    }

    /** A path for {@code --model} naming fixture version {@code version}. */
    static String model(Path dir, String version) {
        return dir.resolve(version).toString();
    }
}
