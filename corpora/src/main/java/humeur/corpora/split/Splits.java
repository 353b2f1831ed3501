package humeur.corpora.split;

import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits with de-duplication: a text that is in validation is dropped from training, so that validation measures
 * text the model has not seen (a sentence repeated in two novels, a review posted twice). Repeats within one side
 * are left alone. For a labelled set in memory use {@link #split}; for a streamed corpus, two passes:
 *
 * <pre>{@code
 * Fingerprints validation = Splits.validationTexts(ProseCorpus.open(dir), splitter);   // pass 1
 * try (ParagraphReader reader = ProseCorpus.open(dir)) {                                  // pass 2
 *     for (Paragraph p; (p = reader.read()) != null; ) {
 *         Split side = Splits.route(p, splitter, validation);   // null: a repeat, dropped
 *     }
 * }
 * }</pre>
 */
public final class Splits {
    private Splits() {
    }

    /**
     * Splits {@code items} by their {@code document}, dropping from training the items whose {@code text} is also in
     * validation. Labelled examples are usually their own document: pass the text for both.
     */
    public static <T> TrainValidation<T> split(List<T> items, Function<T, String> document, Function<T, String> text,
                                               Splitter splitter) {
        List<T> train = new ArrayList<>();
        List<T> validation = new ArrayList<>();
        Fingerprints validationTexts = new Fingerprints();
        for (T item : items) {
            if (splitter.assign(document.apply(item)) == Split.VALIDATION) {
                validation.add(item);
                validationTexts.add(text.apply(item));
            } else {
                train.add(item);
            }
        }
        int before = train.size();
        train.removeIf(item -> validationTexts.contains(text.apply(item)));
        return new TrainValidation<>(train, validation, before - train.size());
    }

    /** The first pass of a streamed split: reads {@code reader} to its end (and closes it), keeping the validation texts. */
    public static Fingerprints validationTexts(ParagraphReader reader, Splitter splitter) throws IOException {
        Fingerprints validation = new Fingerprints();
        try (reader) {
            for (Paragraph p; (p = reader.read()) != null; ) {
                if (splitter.assign(p.document()) == Split.VALIDATION) {
                    validation.add(p.text());
                }
            }
        }
        return validation;
    }

    /** The second pass: the side of {@code paragraph}, or null for a training paragraph that repeats a validation text. */
    public static Split route(Paragraph paragraph, Splitter splitter, Fingerprints validation) {
        Split side = splitter.assign(paragraph.document());
        return side == Split.TRAIN && validation.contains(paragraph.text()) ? null : side;
    }
}
