package humeur.lm.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token ↔ id for a word-level model: the {@linkplain SpecialTokens special tokens} first ({@code xxunk} = 0,
 * {@code xxpad} = 1), then the most frequent tokens, ties broken by token so that the same counts always give the same
 * ids. Immutable and thread-safe. Saved as UTF-8 text, one token per line, line n + 1 holding id n
 * ({@link VocabularyFile}).
 */
public final class Vocabulary {
    /** Id of {@code xxunk}, given to every token the vocabulary lacks. */
    public static final int UNK_ID = 0;
    /** Id of {@code xxpad}. */
    public static final int PAD_ID = 1;

    private final List<String> tokens;
    private final Map<String, Integer> ids;

    private Vocabulary(List<String> tokens) {
        this.tokens = Collections.unmodifiableList(tokens);
        this.ids = new HashMap<>(tokens.size() * 2);
        for (int id = 0; id < tokens.size(); id++) {
            if (ids.putIfAbsent(tokens.get(id), id) != null) {
                throw new IllegalArgumentException("duplicate token '" + tokens.get(id) + "' at id " + id);
            }
        }
    }

    /**
     * The special tokens, then the tokens counted at least {@code minFrequency} times, most frequent first, up to
     * {@code maxSize} tokens in all (fastai: 60,000 and 3).
     */
    public static Vocabulary build(TokenCounts counts, int maxSize, int minFrequency) {
        if (maxSize < SpecialTokens.ALL.size()) {
            throw new IllegalArgumentException("maxSize " + maxSize + " leaves no room for the "
                    + SpecialTokens.ALL.size() + " special tokens");
        }
        List<Map.Entry<String, Long>> frequent = new ArrayList<>();
        counts.forEach((token, count) -> {
            if (count >= minFrequency && !SpecialTokens.isSpecial(token)) {
                frequent.add(Map.entry(token, count));
            }
        });
        frequent.sort(Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue()).reversed()
                .thenComparing(Map.Entry::getKey));
        List<String> tokens = new ArrayList<>(SpecialTokens.ALL);
        for (int i = 0; i < frequent.size() && tokens.size() < maxSize; i++) {
            tokens.add(frequent.get(i).getKey());
        }
        return new Vocabulary(tokens);
    }

    /** A vocabulary of exactly these tokens, in this order; they must start with the special tokens, in order. */
    public static Vocabulary of(List<String> tokens) {
        if (tokens.size() < SpecialTokens.ALL.size()
                || !tokens.subList(0, SpecialTokens.ALL.size()).equals(SpecialTokens.ALL)) {
            throw new IllegalArgumentException("a vocabulary starts with " + SpecialTokens.ALL);
        }
        return new Vocabulary(new ArrayList<>(tokens));
    }

    /** Reads a vocabulary written by {@link #save}; a missing, unreadable or malformed file is an {@link IOException} naming it. */
    public static Vocabulary load(Path file) throws IOException {
        return new Vocabulary(VocabularyFile.read(file));
    }

    /** Writes this vocabulary to {@code file}, replacing it whole or not at all. */
    public void save(Path file) throws IOException {
        VocabularyFile.write(file, tokens);
    }

    /** The id of {@code token}, or {@link #UNK_ID} if the vocabulary lacks it. */
    public int id(String token) {
        Integer id = ids.get(token);
        return id == null ? UNK_ID : id;
    }

    /** The ids of {@code tokens}, in order. */
    public int[] ids(List<String> tokens) {
        int[] result = new int[tokens.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = id(tokens.get(i));
        }
        return result;
    }

    /** The token whose id is {@code id}; an id outside {@code [0, size())} is an {@link IllegalArgumentException}. */
    public String token(int id) {
        if (id < 0 || id >= tokens.size()) {
            throw new IllegalArgumentException("token id " + id + " outside the vocabulary [0, " + tokens.size() + ")");
        }
        return tokens.get(id);
    }

    /** Whether the vocabulary holds {@code token}. */
    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    /** The number of tokens, special ones included. */
    public int size() {
        return tokens.size();
    }

    /** All tokens, in id order (read-only). */
    public List<String> tokens() {
        return tokens;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vocabulary v && v.tokens.equals(tokens);
    }

    @Override
    public int hashCode() {
        return tokens.hashCode();
    }

    @Override
    public String toString() {
        return "Vocabulary" + Arrays.toString(tokens.subList(0, Math.min(12, tokens.size())).toArray())
                .replace("]", tokens.size() > 12 ? ", … (" + tokens.size() + " tokens)]" : "]");
    }
}
