package humeur.corpora.labelled;

import java.util.List;

/**
 * How a set writes its labels: the class index as a number, {@code 0 1} for {@link #BINARY} sets (AlloCiné,
 * TV series) and {@code 0 1 2} for {@link #THREE_CLASS} ones (DEFT 2017). The index is also the classifier's output.
 */
public enum LabelScheme {
    /** 0 negative, 1 positive. */
    BINARY(List.of(Sentiment.NEGATIVE, Sentiment.POSITIVE)),
    /** 0 negative, 1 neutral, 2 positive. */
    THREE_CLASS(List.of(Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE));

    private final List<Sentiment> classes;

    LabelScheme(List<Sentiment> classes) {
        this.classes = classes;
    }

    /** The classes in index order. */
    public List<Sentiment> classes() {
        return classes;
    }

    /** The index of {@code sentiment}, or -1 when this scheme has no such class (neutral in a binary set). */
    public int index(Sentiment sentiment) {
        return classes.indexOf(sentiment);
    }

    /** The class a label written as its index ({@code " 1 "} reads as 1) names, or null when it names none. */
    public Sentiment parse(String label) {
        String digits = label.strip();
        if (digits.length() != 1 || digits.charAt(0) < '0' || digits.charAt(0) - '0' >= classes.size()) {
            return null;
        }
        return classes.get(digits.charAt(0) - '0');
    }

    /** The labels this scheme accepts, for messages: {@code 0 (negative), 1 (positive)}. */
    String describe() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < classes.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(i).append(" (").append(classes.get(i).name().toLowerCase(java.util.Locale.ROOT)).append(')');
        }
        return out.toString();
    }
}
