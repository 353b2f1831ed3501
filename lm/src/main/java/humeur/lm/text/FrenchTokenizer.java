package humeur.lm.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * French chat text to fastai tokens in one call: {@code tokenize("J'AI TROP HÂTE !!!")} →
 * {@code [xxbos, xxmaj, j', xxup, ai, xxup, trop, xxup, hâte, xxrep, 3, !]}. Thread-safe: each thread reuses its own
 * {@link FrenchChatAnalyzer} chain, so calling it from many threads costs no locking and little garbage.
 */
public final class FrenchTokenizer {
    private static final Analyzer ANALYZER = new FrenchChatAnalyzer();

    private FrenchTokenizer() {
    }

    /** The tokens of {@code text}, starting with {@code xxbos}. */
    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>(text.length() / 4 + 2);
        tokenize(text, tokens::add);
        return tokens;
    }

    /** Passes the tokens of {@code text}, starting with {@code xxbos}, to {@code sink} one by one, without a list. */
    public static void tokenize(String text, Consumer<String> sink) {
        try (TokenStream stream = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
    }
}
