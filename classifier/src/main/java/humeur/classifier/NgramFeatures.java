package humeur.classifier;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import humeur.lm.text.FrenchTokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A text as TF-IDF weights of its n-grams, for {@link NgramClassifier}, in two blocks: word unigrams and bigrams (tokens
 * from the French chat tokeniser, so {@code xxmaj}, {@code xxrep} and the like count as words), and character 2- to
 * 5-grams inside each lower-cased word padded with a space at both ends (they read misspelt, elongated and unseen words:
 * "nuuul", "génialissime"). Each weight is a sublinear term frequency (1 + ln count) times a smoothed inverse document
 * frequency; each block is scaled to unit length, the two to a unit whole, and liblinear's bias feature is appended. The
 * n-grams are those seen in at least a minimum number of training texts. Immutable, thread-safe.
 *
 * <p>Saved as {@value #FILE}: one {@code w<TAB>term<TAB>idf} (word n-gram) or {@code c<TAB>gram<TAB>idf} (character
 * n-gram) line per feature, the line number being the feature's index; word n-grams come first.
 */
final class NgramFeatures {
    static final String FILE = "features.tsv";

    private static final String WORDS = "w";
    private static final String CHARS = "c";
    private static final double BLOCK_SCALE = Math.sqrt(0.5);

    private final Map<String, Integer> words;
    private final Map<String, Integer> chars;
    private final float[] idf;

    private NgramFeatures(Map<String, Integer> words, Map<String, Integer> chars, float[] idf) {
        this.words = words;
        this.chars = chars;
        this.idf = idf;
    }

    /** The features of {@code texts}: n-grams found in at least {@code minCount} of them, in the order first found. */
    static NgramFeatures fit(List<String> texts, int minCount) {
        List<Float> idf = new ArrayList<>();
        Map<String, Integer> words = kept(texts, NgramFeatures::terms, minCount, idf, 1);
        Map<String, Integer> chars = kept(texts, NgramFeatures::charGrams, minCount, idf, words.size() + 1);
        float[] weights = new float[idf.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = idf.get(i);
        }
        return new NgramFeatures(words, chars, weights);
    }

    /** The n-grams of one block in at least {@code minCount} texts, numbered from {@code first}; adds their idf. */
    private static Map<String, Integer> kept(List<String> texts, Function<String, List<String>> grams, int minCount,
                                             List<Float> idf, int first) {
        Map<String, Integer> documentCounts = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (String text : texts) {
            for (String gram : new HashSet<>(grams.apply(text))) {
                if (documentCounts.merge(gram, 1, Integer::sum) == 1) {
                    order.add(gram);
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (String gram : order) {
            int count = documentCounts.get(gram);
            if (count >= minCount) {
                index.put(gram, first + index.size()); // liblinear numbers features from 1
                idf.add((float) (Math.log((1.0 + texts.size()) / (1.0 + count)) + 1));
            }
        }
        return index;
    }

    /** The number of n-gram features (the bias feature is one more). */
    int size() {
        return idf.length;
    }

    /** {@code text}'s features, sorted by index, unit length, with the bias feature ({@code size() + 1}, value 1) last. */
    Feature[] vector(String text) {
        // n-grams are counted as they come, only the known ones kept: a text of millions of characters costs no list
        Map<Integer, Integer> wordCounts = new HashMap<>();
        terms(text, gram -> count(gram, words, wordCounts));
        Map<Integer, Integer> charCounts = new HashMap<>();
        charGrams(text, gram -> count(gram, chars, charCounts));
        List<Feature> vector = new ArrayList<>(wordCounts.size() + charCounts.size() + 1);
        block(wordCounts, vector);
        block(charCounts, vector);
        vector.add(new FeatureNode(idf.length + 1, 1));
        return vector.toArray(new Feature[0]);
    }

    private static void count(String gram, Map<String, Integer> index, Map<Integer, Integer> counts) {
        Integer i = index.get(gram);
        if (i != null) {
            counts.merge(i, 1, Integer::sum);
        }
    }

    /** Adds one block's TF-IDF weights, sorted by index and scaled so that the block's length is {@code BLOCK_SCALE}. */
    private void block(Map<Integer, Integer> counts, List<Feature> vector) {
        int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] values = new double[indices.length];
        double squares = 0;
        for (int k = 0; k < indices.length; k++) {
            values[k] = (1 + Math.log(counts.get(indices[k]))) * idf[indices[k] - 1];
            squares += values[k] * values[k];
        }
        double scale = squares > 0 ? BLOCK_SCALE / Math.sqrt(squares) : 0;
        for (int k = 0; k < indices.length; k++) {
            vector.add(new FeatureNode(indices[k], values[k] * scale));
        }
    }

    /** The unigrams and bigrams of {@code text}'s tokens ({@code xxbos} first, so a bigram marks how a text starts). */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        terms(text, terms::add);
        return terms;
    }

    private static void terms(String text, Consumer<String> sink) {
        String[] previous = {null};
        FrenchTokenizer.tokenize(text == null ? "" : text, token -> {
            sink.accept(token);
            if (previous[0] != null) {
                sink.accept(previous[0] + " " + token); // tokens never hold spaces
            }
            previous[0] = token;
        });
    }

    /** The character 2- to 5-grams of each lower-cased, space-padded word of {@code text}. */
    static List<String> charGrams(String text) {
        List<String> grams = new ArrayList<>();
        charGrams(text, grams::add);
        return grams;
    }

    private static void charGrams(String text, Consumer<String> sink) {
        for (String word : (text == null ? "" : text).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int[] padded = (" " + word + " ").codePoints().toArray(); // whole characters: an emoji is one
            for (int n = 2; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length; i++) {
                    sink.accept(new String(padded, i, n));
                }
            }
        }
    }

    /** The {@value #FILE} text. */
    String write() {
        String[] kinds = new String[idf.length];
        String[] grams = new String[idf.length];
        words.forEach((term, i) -> { kinds[i - 1] = WORDS; grams[i - 1] = term; });
        chars.forEach((gram, i) -> { kinds[i - 1] = CHARS; grams[i - 1] = gram; });
        StringBuilder out = new StringBuilder(idf.length * 16);
        for (int i = 0; i < grams.length; i++) {
            out.append(kinds[i]).append('\t').append(grams[i]).append('\t')
                    .append(String.format(Locale.ROOT, "%.6g", idf[i])).append('\n');
        }
        return out.toString();
    }

    /** Reads what {@link #write} wrote; {@code shownAs} names the file in errors, with the line. */
    static NgramFeatures read(String content, String shownAs) throws ModelFileException {
        String[] lines = content.split("\n", -1);
        int n = lines.length - 1; // the text ends with a newline
        if (n < 1 || !lines[n].isEmpty()) {
            throw new ModelFileException(shownAs, "truncated or empty: train the n-gram model again");
        }
        Map<String, Integer> words = new HashMap<>(n * 2);
        Map<String, Integer> chars = new HashMap<>(n * 2);
        float[] idf = new float[n];
        for (int i = 0; i < n; i++) {
            String line = lines[i];
            int first = line.indexOf('\t');
            int last = line.lastIndexOf('\t');
            String kind = first > 0 ? line.substring(0, first) : "";
            try {
                if (first <= 0 || last <= first + 1 || !(kind.equals(WORDS) || kind.equals(CHARS))) {
                    throw new NumberFormatException();
                }
                idf[i] = Float.parseFloat(line.substring(last + 1));
            } catch (NumberFormatException e) {
                throw new ModelFileException(shownAs, "line " + (i + 1) + ": not w|c<TAB>n-gram<TAB>idf: \"" + line + "\"", e);
            }
            Map<String, Integer> index = kind.equals(WORDS) ? words : chars;
            if (index.put(line.substring(first + 1, last), i + 1) != null) {
                throw new ModelFileException(shownAs, "line " + (i + 1) + ": \"" + line.substring(first + 1, last)
                        + "\" a second time");
            }
        }
        return new NgramFeatures(words, chars, Arrays.copyOf(idf, n));
    }
}
