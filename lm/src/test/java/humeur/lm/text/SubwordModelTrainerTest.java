package humeur.lm.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubwordModelTrainerTest {
    @TempDir
    Path dir;

    @Test
    void writesTheModelAndVocabularyAndCleansUp() throws Exception {
        Path spmTrain = SubwordTraining.requireSpmTrain();
        Path model = SubwordModelTrainer.using(spmTrain).withVocabSize(400).train(SubwordTraining.chat(), dir.resolve("m"));
        assertEquals(dir.resolve("m.model").toAbsolutePath(), model);
        assertTrue(Files.size(model) > 0 && Files.exists(dir.resolve("m.vocab")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("m.model", "m.vocab"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the analysed input and the log are removed");
        }
        List<String> vocab = Files.readAllLines(dir.resolve("m.vocab"));
        assertEquals(List.of("xxunk", "xxpad", "xxbos", "xxeos", "xxfld", "xxrep", "xxwrep", "xxup", "xxmaj", "xxurl",
                "xxemail", "@user", "<0x00>"), vocab.subList(0, 13).stream().map(l -> l.split("\t")[0]).toList());
    }

    @Test
    void aMissingProgramOrNoTextIsAnIoException() throws Exception {
        IOException missing = assertThrows(IOException.class, () -> SubwordModelTrainer.using(dir.resolve("no-spm_train"))
                .train(List.of("du texte"), dir.resolve("m")));
        assertTrue(missing.getMessage().contains("no-spm_train"), missing.getMessage());
        IOException empty = assertThrows(IOException.class, () -> SubwordModelTrainer.using(dir.resolve("spm_train"))
                .train(List.of("", " "), dir.resolve("m")));
        assertEquals("no text to train a subword model on", empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SubwordModelTrainer.using(dir).withVocabSize(100));
    }

    @Test
    void spmTrainErrorsAreReported() throws Exception {
        Path spmTrain = SubwordTraining.requireSpmTrain();
        IOException failed = assertThrows(IOException.class, () -> SubwordModelTrainer.using(spmTrain)
                .withCharacterCoverage(2.0).train(List.of("un texte"), dir.resolve("m")));
        assertTrue(failed.getMessage().contains("failed with status"), failed.getMessage());
    }
}
