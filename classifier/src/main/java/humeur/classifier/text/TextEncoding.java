package humeur.classifier.text;

import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.SubwordTokenizer;
import humeur.lm.text.Vocabulary;

/**
 * Text to the ids the encoder was trained on: the French chat tokeniser with a word vocabulary, or with a SentencePiece
 * subword model; reversed for a backward model. Every text gives at least {@code xxbos}. Thread-safe.
 */
public interface TextEncoding extends AutoCloseable {

    /** The ids of {@code text}, starting with {@code xxbos} (ending with it when reversed). */
    int[] encode(String text);

    /** The number of ids. */
    int vocabularySize();

    /** {@link humeur.classifier.model.ClassifierConfig#WORDS} or {@link humeur.classifier.model.ClassifierConfig#SUBWORDS}. */
    String kind();

    @Override
    default void close() {
    }

    /** Word ids from {@code vocabulary}. */
    static TextEncoding words(Vocabulary vocabulary, boolean backward) {
        return new TextEncoding() {
            @Override
            public int[] encode(String text) {
                return maybeReversed(vocabulary.ids(FrenchTokenizer.tokenize(text)), backward);
            }

            @Override
            public int vocabularySize() {
                return vocabulary.size();
            }

            @Override
            public String kind() {
                return "words";
            }
        };
    }

    /** Subword ids from {@code subwords}, which this encoding closes. */
    static TextEncoding subwords(SubwordTokenizer subwords, boolean backward) {
        return new TextEncoding() {
            @Override
            public int[] encode(String text) {
                return maybeReversed(subwords.encode(text), backward);
            }

            @Override
            public int vocabularySize() {
                return subwords.size();
            }

            @Override
            public String kind() {
                return "subwords";
            }

            @Override
            public void close() {
                subwords.close();
            }
        };
    }

    /** {@code ids} reversed in place when {@code backward} (a backward language model reads the whole sequence reversed). */
    static int[] maybeReversed(int[] ids, boolean backward) {
        if (backward) {
            for (int i = 0, j = ids.length - 1; i < j; i++, j--) {
                int swap = ids[i];
                ids[i] = ids[j];
                ids[j] = swap;
            }
        }
        return ids;
    }
}
