package humeur.corpora.split;

import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;
import humeur.corpora.labelled.LabelledText;
import humeur.corpora.labelled.Sentiment;
import humeur.corpora.prose.ProseCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Splits by document, with validation texts never repeated in training. */
class SplitsTest {
    private static final Splitter HALF = Splitter.seeded(1, 0.5);

    @TempDir
    Path dir;

    @Test
    void labelledTextsRepeatedAcrossDocumentsAreDroppedFromTraining() {
        List<LabelledText> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(new LabelledText("Avis numéro " + i, Sentiment.POSITIVE, "set" + i));
            items.add(new LabelledText(i % 2 == 0 ? "Super film !" : "super  FILM !", Sentiment.POSITIVE, "set" + i));
        }
        TrainValidation<LabelledText> split = Splits.split(items, LabelledText::source, LabelledText::text, HALF);
        assertFalse(split.validation().stream().noneMatch(t -> t.text().equalsIgnoreCase("super film !")));
        assertTrue(split.train().stream().noneMatch(t -> Fingerprints.of(t.text()) == Fingerprints.of("Super film !")));
        assertEquals(items.size(), split.train().size() + split.validation().size() + split.repeatsDropped());
        assertTrue(split.repeatsDropped() > 50, "dropped " + split.repeatsDropped());
        assertEquals(split.train(), items.stream().filter(split.train()::contains).toList(), "original order kept");
    }

    @Test
    void asTheirOwnDocumentRepeatsStayOnOneSide() {
        List<String> reviews = IntStream.range(0, 300).mapToObj(i -> "Avis " + (i % 100)).toList();
        TrainValidation<String> split = Splits.split(reviews, t -> t, t -> t, HALF);
        assertEquals(0, split.repeatsDropped());
        assertEquals(300, split.train().size() + split.validation().size());
    }

    @Test
    void aStreamedCorpusIsSplitInTwoPassesKeepingDocumentsWhole() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int novel = 0; novel < 40; novel++) {
            text.append("# FRA").append(novel).append(".xml\n");
            for (int line = 0; line < 5; line++) {
                text.append("Roman ").append(novel).append(", paragraphe ").append(line).append(".\n");
            }
            text.append("Fin.\n");
        }
        Path file = Files.writeString(dir.resolve("romans.txt"), text);
        Fingerprints validation = Splits.validationTexts(ProseCorpus.open(file), HALF);
        Map<String, List<Split>> sidesByNovel = new HashMap<>();
        List<String> train = new ArrayList<>();
        try (ParagraphReader reader = ProseCorpus.open(file)) {
            for (Paragraph p; (p = reader.read()) != null; ) {
                Split side = Splits.route(p, HALF, validation);
                if (side == Split.TRAIN) {
                    train.add(p.text());
                }
                if (side != null) {
                    sidesByNovel.computeIfAbsent(p.document(), d -> new ArrayList<>()).add(side);
                }
            }
        }
        assertEquals(40, sidesByNovel.size());
        assertTrue(sidesByNovel.values().stream().allMatch(sides -> sides.stream().distinct().count() == 1), "novels kept whole");
        Map<Split, Long> novels = sidesByNovel.values().stream().collect(Collectors.groupingBy(s -> s.get(0), Collectors.counting()));
        assertTrue(novels.get(Split.TRAIN) > 5 && novels.get(Split.VALIDATION) > 5, novels.toString());
        assertFalse(train.contains("Fin."), "the closing line of every novel is also in validation");
        assertEquals(5 * novels.get(Split.TRAIN), train.size());
    }
}
