package humeur.corpora.labelled;

import java.util.Objects;

/**
 * One labelled example.
 *
 * @param text   the text, tidied by {@link humeur.corpora.CleanText} (one line, single spaces), never empty
 * @param label  its sentiment
 * @param source where it was read, for messages: {@code allocine/train.csv: line 12}
 */
public record LabelledText(String text, Sentiment label, String source) {
    public LabelledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
