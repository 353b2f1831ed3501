package humeur.app.cli.classifier;

import humeur.classifier.train.LabelledExample;
import humeur.corpora.labelled.LabelScheme;
import humeur.corpora.labelled.LabelledSets;
import humeur.corpora.labelled.LabelledText;
import humeur.corpora.labelled.Sentiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Labelled data files as the classifier reads them: corpora's readers, labels as indices of the model's classes. */
final class LabelledFiles {
    private LabelledFiles() {
    }

    /** The class names of {@code scheme}, as the classifier names them. */
    static List<String> classes(LabelScheme scheme) {
        return scheme.classes().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Reads {@code file} under {@code scheme}, or under its own scheme for {@code null} ({@link #schemeOf}); a file that
     * cannot be read is an error naming it.
     */
    static List<LabelledText> read(Path file, LabelScheme scheme) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such labelled data file");
        }
        if (scheme != null) {
            return LabelledSets.open(file, scheme).readAll(); // its errors name the file and line
        }
        List<LabelledText> texts = LabelledSets.open(file, LabelScheme.THREE_CLASS).readAll();
        if (texts.stream().anyMatch(t -> t.label() == Sentiment.POSITIVE)) {
            return texts;
        }
        // no label 2: a binary set, whose 1 means positive
        return texts.stream().map(t -> t.label() == Sentiment.NEUTRAL
                ? new LabelledText(t.text(), Sentiment.POSITIVE, t.source()) : t).toList();
    }

    /**
     * The scheme {@code files} are written in: three-class when any of them has a label 2 (DEFT 2017's positive), else
     * binary (0 negative, 1 positive), so review sets and tweet sets can be mixed without saying which is which.
     */
    static LabelScheme schemeOf(List<Path> files) throws IOException {
        for (Path file : files) {
            if (read(file, null).stream().anyMatch(t -> t.label() == Sentiment.NEUTRAL)) {
                return LabelScheme.THREE_CLASS;
            }
        }
        return LabelScheme.BINARY;
    }

    /** The examples of {@code files}, labelled by their index in {@code classes}. */
    static List<LabelledExample> examples(List<Path> files, LabelScheme scheme, List<String> classes) throws IOException {
        List<LabelledExample> examples = new ArrayList<>();
        for (Path file : files) {
            for (LabelledText text : read(file, scheme)) {
                examples.add(new LabelledExample(text.text(), index(text.label(), classes, text.source())));
            }
        }
        return examples;
    }

    static int index(Sentiment sentiment, List<String> classes, String source) throws IOException {
        int index = classes.indexOf(sentiment.name().toLowerCase(Locale.ROOT));
        if (index < 0) {
            throw new IOException(source + ": label " + sentiment.name().toLowerCase(Locale.ROOT)
                    + " is not one of the classes " + classes);
        }
        return index;
    }

    /** How {@code --scheme} is written; {@code null} for {@code auto}, each file in its own scheme. */
    static LabelScheme scheme(String name) {
        return switch (name) {
            case "auto" -> null;
            case "binary" -> LabelScheme.BINARY;
            case "three-class" -> LabelScheme.THREE_CLASS;
            default -> throw new IllegalArgumentException("--scheme is auto, binary or three-class, not " + name);
        };
    }
}
