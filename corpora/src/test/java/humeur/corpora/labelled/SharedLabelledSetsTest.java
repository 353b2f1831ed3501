package humeur.corpora.labelled;

import humeur.corpora.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real sentiment sets in ../shared/data (skipped when absent), with the counts their README states. */
class SharedLabelledSetsTest {

    private static Map<Sentiment, Long> classes(List<LabelledText> records) {
        return records.stream().collect(Collectors.groupingBy(LabelledText::label, Collectors.counting()));
    }

    @Test
    void allocine() throws Exception {
        List<LabelledText> train = LabelledSets.open(SharedData.path("sentiment/allocine/train.csv"), LabelScheme.BINARY).readAll();
        assertEquals(Map.of(Sentiment.NEGATIVE, 1000L, Sentiment.POSITIVE, 1000L), classes(train));
        assertTrue(train.get(1).text().contains("\"Rio Bravo\""), train.get(1).text());
        List<LabelledText> test = LabelledSets.open(SharedData.path("sentiment/allocine/test.csv"), LabelScheme.BINARY).readAll();
        assertEquals(Map.of(Sentiment.NEGATIVE, 200L, Sentiment.POSITIVE, 200L), classes(test));
    }

    @Test
    void tvSeries() throws Exception {
        List<LabelledText> train = LabelledSets.open(SharedData.path("sentiment/tvseries/train.tsv"), LabelScheme.BINARY).readAll();
        assertEquals(Map.of(Sentiment.NEGATIVE, 1274L, Sentiment.POSITIVE, 1465L), classes(train));
        assertEquals(391, LabelledSets.open(SharedData.path("sentiment/tvseries/dev.tsv"), LabelScheme.BINARY).readAll().size());
    }

    @Test
    void deft2017() throws Exception {
        List<LabelledText> train = LabelledSets.open(SharedData.path("sentiment/deft2017/train_text.txt"), LabelScheme.THREE_CLASS).readAll();
        assertEquals(1839, train.size());
        assertEquals(Map.of(Sentiment.NEGATIVE, 613L, Sentiment.NEUTRAL, 613L, Sentiment.POSITIVE, 613L), classes(train));
        assertEquals(324, LabelledSets.open(SharedData.path("sentiment/deft2017/val_text.txt"), LabelScheme.THREE_CLASS).readAll().size());
        assertEquals(train.size(), train.stream().map(LabelledText::source).collect(Collectors.toMap(Function.identity(), s -> 1)).size());
    }
}
