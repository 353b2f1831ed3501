package humeur.classifier;

import humeur.lm.model.Architecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A damaged model folder is refused with one line naming the file at fault. */
class ClassifierFilesTest {
    @TempDir
    Path dir;

    private String loadError(Path folder) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> SentimentModel.load(folder).close());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    private static void assertNames(String message, Path file, String... words) {
        assertTrue(message.startsWith(file.toString() + ": "), message);
        for (String word : words) {
            assertTrue(message.contains(word), message);
        }
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.AWD_LSTM);
        for (String file : List.of(ClassifierFiles.HEAD_WEIGHTS, ClassifierFiles.VOCABULARY, ClassifierFiles.ENCODER_CONFIG)) {
            Path saved = dir.resolve("saved");
            Files.move(folder.resolve(file), saved);
            assertNames(loadError(folder), folder.resolve(file), "missing");
            Files.move(saved, folder.resolve(file));
        }
        assertNames(loadError(dir.resolve("nowhere")), dir.resolve("nowhere"), "no such model folder");
    }

    @Test
    void aTruncatedWeightFileIsNamed() throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.QRNN);
        Path weights = folder.resolve(ClassifierFiles.ENCODER_WEIGHTS);
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, Arrays.copyOf(bytes, bytes.length / 2));
        assertNames(loadError(folder), weights);
    }

    @Test
    void aHeadThatDoesNotMatchTheConfigurationIsNamed() throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.AWD_LSTM);
        Path config = folder.resolve(ClassifierFiles.CONFIG);
        Files.writeString(config, Files.readString(config).replace("\"negative\", \"positive\"",
                "\"negative\", \"neutral\", \"positive\""));
        assertNames(loadError(folder), folder.resolve(ClassifierFiles.HEAD_WEIGHTS), "shape", "classifier.json");
    }

    @Test
    void anotherVocabularyIsRefusedByItsHash() throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.AWD_LSTM);
        Path vocabulary = folder.resolve(ClassifierFiles.VOCABULARY);
        List<String> lines = Files.readAllLines(vocabulary);
        Files.write(vocabulary, lines.subList(0, lines.size() - 1));
        assertNames(loadError(folder), vocabulary, "SHA-256");
    }

    @Test
    void aBrokenConfigurationIsNamed() throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.AWD_LSTM);
        Path config = folder.resolve(ClassifierFiles.CONFIG);
        Files.writeString(config, Files.readString(config).replaceAll("\"bptt\" : \\d+,", ""));
        assertNames(loadError(folder), config, "bptt");
        Files.writeString(config, "{ not json");
        assertNames(loadError(folder), config);
    }
}
