package humeur.lm.text;

import ai.djl.sentencepiece.SpProcessor;
import ai.djl.sentencepiece.SpTokenizer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Subword ids for French chat text (MultiFiT): the text goes through {@link FrenchTokenizer} first, so that
 * {@code xxmaj}, {@code xxrep} and the other rules apply as for words, then through a SentencePiece unigram model
 * trained by {@link SubwordModelTrainer}, applied offline by DJL's native SentencePiece. Ids 0-8 are the
 * {@linkplain SpecialTokens special tokens}, as in a word {@link Vocabulary}. Thread-safe; close it to free the
 * native model.
 */
public final class SubwordTokenizer implements AutoCloseable {
    private static final char SPACE_PIECE = '\u2581';

    private final SpTokenizer tokenizer;
    private final SpProcessor processor;
    private final List<SentencePieceModelFile.Piece> pieces;
    private final Vocabulary vocabulary;
    /** The special tokens and the other symbols ({@code xxurl}…), each a whole token, by piece text. */
    private final Map<String, Integer> symbols = new HashMap<>();

    private SubwordTokenizer(byte[] model, List<SentencePieceModelFile.Piece> pieces) {
        this.pieces = pieces;
        List<String> texts = new ArrayList<>(pieces.size());
        pieces.forEach(piece -> texts.add(piece.text()));
        this.vocabulary = Vocabulary.of(texts);
        for (int id = 0; id < pieces.size(); id++) {
            int type = pieces.get(id).type();
            if (type != SentencePieceModelFile.NORMAL && type != SentencePieceModelFile.BYTE) {
                symbols.put(pieces.get(id).text(), id);
            }
        }
        this.tokenizer = new SpTokenizer(model);
        this.processor = tokenizer.getProcessor();
    }

    /**
     * Loads a {@code .model} file written by {@link SubwordModelTrainer}. A missing file, a file that is not a
     * SentencePiece model, or a model whose first pieces are not the special tokens is an {@link IOException} naming it.
     */
    public static SubwordTokenizer load(Path model) throws IOException {
        byte[] data;
        try {
            data = Files.readAllBytes(model);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(model.toString(), null, "no such subword model");
        }
        List<SentencePieceModelFile.Piece> pieces = SentencePieceModelFile.pieces(data, model.toString());
        for (int id = 0; id < SpecialTokens.ALL.size(); id++) {
            if (id >= pieces.size() || !pieces.get(id).text().equals(SpecialTokens.ALL.get(id))) {
                throw new IOException(model + ": piece " + id + " is " + (id < pieces.size() ? "'" + pieces.get(id).text()
                        + "'" : "missing") + ", expected " + SpecialTokens.ALL.get(id)
                        + "; train subword models with SubwordModelTrainer, which puts the special tokens first");
            }
        }
        return new SubwordTokenizer(data, pieces);
    }

    /**
     * The subword ids of {@code text}, starting with {@code xxbos} (id 2). Symbols ({@code xxmaj}, {@code xxurl}…) map
     * straight to their ids and SentencePiece encodes the runs of words between them: symbols are control pieces, which
     * SentencePiece never produces from text, and this also spares a {@code ▁} piece before each (12 % fewer ids).
     */
    public int[] encode(String text) {
        Ids ids = new Ids();
        StringBuilder run = new StringBuilder();
        FrenchTokenizer.tokenize(text, token -> {
            Integer symbol = symbols.get(token);
            if (symbol == null) {
                run.append(run.length() == 0 ? "" : " ").append(token);
            } else {
                encodeRun(run, ids);
                ids.add(symbol);
            }
        });
        encodeRun(run, ids);
        return ids.toArray();
    }

    private void encodeRun(StringBuilder run, Ids ids) {
        if (run.length() > 0) {
            for (int id : processor.encode(run.toString())) {
                ids.add(id);
            }
            run.setLength(0);
        }
    }

    /** A growable int array: encoding is on the path of every training batch. */
    private static final class Ids {
        private int[] values = new int[64];
        private int size;

        void add(int id) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = id;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** The pieces of {@code text}, {@code ▁} marking the start of a word: {@code [xxbos, xxmaj, ▁l, ', ▁été]}. */
    public List<String> pieces(String text) {
        int[] ids = encode(text);
        List<String> result = new ArrayList<>(ids.length);
        for (int id : ids) {
            result.add(vocabulary.token(id));
        }
        return result;
    }

    /**
     * The analysed text these ids stand for, tokens separated by spaces: {@code decode(encode(t))} equals
     * {@code String.join(" ", FrenchTokenizer.tokenize(t))}. Decoded here rather than by the native library, whose
     * strings lose characters outside the Basic Multilingual Plane, emoji among them.
     */
    public String decode(int[] ids) {
        StringBuilder text = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int id : ids) {
            SentencePieceModelFile.Piece piece = pieces.get(checkedId(id));
            if (piece.type() == SentencePieceModelFile.BYTE) {
                bytes.write(Integer.parseInt(piece.text().substring(3, 5), 16)); // <0xF0>
                continue;
            }
            flush(bytes, text);
            if (piece.type() == SentencePieceModelFile.NORMAL) {
                text.append(piece.text().replace(SPACE_PIECE, ' '));
            } else {
                text.append(' ').append(piece.text()); // a symbol is a token of its own
            }
        }
        flush(bytes, text);
        return text.length() > 0 && text.charAt(0) == ' ' ? text.substring(1) : text.toString();
    }

    private int checkedId(int id) {
        if (id < 0 || id >= pieces.size()) {
            throw new IllegalArgumentException("subword id " + id + " outside the model [0, " + pieces.size() + ")");
        }
        return id;
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder text) {
        if (bytes.size() > 0) {
            text.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    /** The pieces as a vocabulary: ids, piece texts, size. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The number of pieces, special tokens and byte pieces included. */
    public int size() {
        return pieces.size();
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
