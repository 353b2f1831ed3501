package humeur.app.cli.classifier;

import humeur.classifier.SentimentScore;
import humeur.classifier.SentimentScorer;
import humeur.classifier.eval.Evaluation;
import humeur.corpora.labelled.LabelScheme;
import humeur.corpora.labelled.LabelledText;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A labelled file read for scoring: its texts, their classes' indices and the classes, in the file's own scheme; a
 * binary file is judged on P(positive) against P(negative). Shared by classifier eval and the dev files of ngrams.
 */
record LabelledFile(Path file, List<String> classes, List<LabelledText> texts, int[] gold) {

    /** {@code file} under {@code scheme}, or its own for {@code null}; a file without labelled texts is an error. */
    static LabelledFile read(Path file, LabelScheme scheme) throws IOException {
        LabelScheme labels = scheme != null ? scheme : LabelledFiles.schemeOf(List.of(file));
        List<String> classes = LabelledFiles.classes(labels);
        List<LabelledText> texts = LabelledFiles.read(file, labels);
        if (texts.isEmpty()) {
            throw new IOException(file + ": no labelled examples");
        }
        int[] gold = new int[texts.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = LabelledFiles.index(texts.get(i).label(), classes, texts.get(i).source());
        }
        return new LabelledFile(file, classes, texts, gold);
    }

    /** How {@code scorer} does on the file's texts. */
    Evaluation evaluate(SentimentScorer scorer) {
        List<SentimentScore> scores = scorer.score(texts.stream().map(LabelledText::text).toList());
        float[][] probabilities = new float[scores.size()][];
        for (int i = 0; i < probabilities.length; i++) {
            SentimentScore s = scores.get(i);
            probabilities[i] = classes.size() == 2 ? new float[] {s.negative(), s.positive()}
                    : new float[] {s.negative(), s.neutral(), s.positive()};
        }
        return Evaluation.of(file.toString(), classes, gold, probabilities);
    }
}
