package humeur.lm.text;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small stand-in for Lucene's {@code BaseTokenStreamTestCase}: consumes a stream the way Lucene does (reset,
 * increment, end, close), checks the contract on the way (no empty term, sane offsets) and returns what came out.
 */
final class TokenStreamAssert {
    private TokenStreamAssert() {
    }

    /** The tokenizer alone, reading {@code text}. */
    static ChatTokenizer tokenizer(String text) {
        ChatTokenizer tokenizer = new ChatTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    /** Each token as {@code term} (types ignored). */
    static List<String> terms(TokenStream stream) {
        List<String> terms = new ArrayList<>();
        consume(stream, terms, false);
        return terms;
    }

    /** Each token as {@code term/TYPE}, the type without its angle brackets: {@code 12,5/NUM}. */
    static List<String> typed(TokenStream stream) {
        List<String> tokens = new ArrayList<>();
        consume(stream, tokens, true);
        return tokens;
    }

    static void assertTokens(TokenStream stream, String... expected) {
        assertEquals(List.of(expected), terms(stream));
    }

    static void assertTyped(TokenStream stream, String... expected) {
        assertEquals(List.of(expected), typed(stream));
    }

    private static void consume(TokenStream stream, List<String> out, boolean withTypes) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        TypeAttribute type = stream.addAttribute(TypeAttribute.class);
        try (stream) {
            stream.reset();
            int lastStart = 0;
            while (stream.incrementToken()) {
                assertTrue(term.length() > 0, "empty token after " + out);
                assertTrue(offset.startOffset() >= lastStart && offset.endOffset() >= offset.startOffset(),
                        "offsets " + offset.startOffset() + "-" + offset.endOffset() + " of " + term + " after " + lastStart);
                lastStart = offset.startOffset();
                String t = type.type();
                out.add(withTypes ? term + "/" + t.substring(1, t.length() - 1) : term.toString());
            }
            stream.end();
            assertFalse(stream.incrementToken(), "a finished stream must stay finished");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
