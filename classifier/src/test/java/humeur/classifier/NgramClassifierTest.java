package humeur.classifier;

import humeur.classifier.train.LabelledExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The n-gram logistic regression on real reviews: it learns, and what it saves is what it loads. */
class NgramClassifierTest {
    private static final List<String> BINARY = List.of("negative", "positive");

    @TempDir
    Path dir;

    private static NgramClassifier trainedOnAlloCine(int reviews) throws IOException {
        List<LabelledExample> all = SentimentData.read(SentimentData.ALLOCINE_TRAIN);
        return NgramClassifier.train(all.subList(0, reviews), BINARY, 10, 2, "reviews");
    }

    @Test
    void learnsTheSentimentOfUnseenReviews() throws IOException {
        NgramClassifier model = trainedOnAlloCine(1000);
        List<LabelledExample> test = SentimentData.read(SentimentData.ALLOCINE_TEST);
        int right = 0;
        for (LabelledExample example : test) {
            float[] p = model.probabilities(example.text());
            assertEquals(1, p[0] + p[1], 1e-5);
            right += (p[1] > p[0] ? 1 : 0) == example.label() ? 1 : 0;
        }
        double accuracy = right / (double) test.size();
        assertTrue(accuracy > 0.75, "accuracy " + accuracy + " on " + test.size() + " reviews (chance: 0.5)");
        assertTrue(model.score(List.of("Un chef-d'œuvre, magnifique, je recommande")).get(0).score() > 0);
        assertTrue(model.score(List.of("Nul, ennuyeux, une perte de temps")).get(0).score() < 0);
    }

    @Test
    void whatItSavesIsWhatItLoads() throws IOException {
        NgramClassifier model = trainedOnAlloCine(300);
        model.save(dir);
        NgramClassifier loaded = NgramClassifier.load(dir);
        assertTrue(NgramClassifier.isNgramFolder(dir));
        assertEquals(model.identity(), loaded.identity());
        assertTrue(loaded.identity().startsWith("reviews@sha256:"), loaded.identity());
        assertEquals(BINARY, loaded.classes());
        assertEquals(10, loaded.cost());
        String text = "Des acteurs formidables mais un scénario bâclé 😢";
        assertArrayEquals(model.probabilities(text), loaded.probabilities(text), 1e-6f);
        assertEquals(0, loaded.score(List.of(text)).get(0).neutral(), "a binary model gives no neutral");
        assertEquals(loaded.score(List.of("Génial\nmerci")).get(0), loaded.scoreConversation(List.of("Génial", "merci")));
    }

    @Test
    void anotherCostIsAnotherModel() throws IOException {
        List<LabelledExample> examples = SentimentData.read(SentimentData.ALLOCINE_TRAIN).subList(0, 200);
        NgramClassifier loose = NgramClassifier.train(examples, BINARY, 1, 2, "m");
        NgramClassifier tight = NgramClassifier.train(examples, BINARY, 100, 2, "m");
        assertNotEquals(loose.identity(), tight.identity());
        assertTrue(Math.abs(tight.score(List.of("génial")).get(0).score())
                > Math.abs(loose.score(List.of("génial")).get(0).score()), "a larger cost is surer of itself");
    }

    @Test
    void aMissingOrDamagedFileIsAnErrorNamingIt() throws IOException {
        trainedOnAlloCine(200).save(dir);
        Path weights = dir.resolve(NgramClassifier.WEIGHTS);
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ModelFileException truncated = assertThrows(ModelFileException.class, () -> NgramClassifier.load(dir));
        assertTrue(truncated.getMessage().startsWith(weights + ": truncated or damaged"), truncated.getMessage());
        Files.delete(dir.resolve(NgramFeatures.FILE));
        ModelFileException missing = assertThrows(ModelFileException.class, () -> NgramClassifier.load(dir));
        assertTrue(missing.getMessage().startsWith(dir.resolve(NgramFeatures.FILE) + ": missing"), missing.getMessage());
    }
}
