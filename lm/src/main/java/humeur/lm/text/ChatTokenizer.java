package humeur.lm.text;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;

import static humeur.lm.text.CharClasses.DIGIT;
import static humeur.lm.text.CharClasses.EMOJI;
import static humeur.lm.text.CharClasses.IGNORED;
import static humeur.lm.text.CharClasses.LETTER;
import static humeur.lm.text.CharClasses.MARK;
import static humeur.lm.text.CharClasses.PUNCT;
import static humeur.lm.text.CharClasses.SPACE;

/**
 * Splits chat text into typed tokens: words (with inner apostrophes and hyphens: {@code aujourd'hui}, {@code peut-être}),
 * numbers ({@code 12,5}), URLs, e-mail addresses, @mentions, emoji sequences (ZWJ families, skin tones, flags, keycaps),
 * emoticons, punctuation runs ({@code !!!}, {@code ?!}, {@code ...}) and single symbols ({@code €}).
 * Lucene's Standard, UAX29URLEmail and ICU tokenizers all drop punctuation, symbols, emoticons and the {@code @} of a
 * mention, which carry sentiment in chats; hence this scanner. It reads the whole text first: it looks ahead
 * (URLs, emoticons) and texts are messages or paragraphs. Tokens longer than {@link #MAX_TOKEN_LENGTH} are cut.
 */
final class ChatTokenizer extends Tokenizer {
    static final int MAX_TOKEN_LENGTH = 255;
    private static final int KEEP_BUFFER = 1 << 16;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private char[] text = new char[1024];
    private int length;
    private int pos;
    private boolean loaded;
    private boolean sawLetter;
    private boolean sawIgnored;

    @Override
    public boolean incrementToken() throws IOException {
        if (!loaded) {
            load();
        }
        clearAttributes();
        while (pos < length) {
            int start = pos;
            int cp = Character.codePointAt(text, pos, length);
            int cls = CharClasses.of(cp);
            if (cls == SPACE || cls == IGNORED) {
                pos += Character.charCount(cp);
                continue;
            }
            int end;
            if ((end = Links.url(text, start, length)) > 0) {
                return emit(start, end, TokenTypes.URL);
            }
            if (Emoticons.mayStartWith(cp) && (end = Emoticons.match(text, start, length)) > 0) {
                return emit(start, end, TokenTypes.EMOTICON);
            }
            if (cls == EMOJI || cp < 128 && (end = keycap(start)) > 0) {
                return emit(start, cls == EMOJI ? emoji(start) : end, TokenTypes.EMOJI);
            }
            if (cls == LETTER || cls == DIGIT) {
                end = word(start);
                int email = end < length && "@._%+-".indexOf(text[end]) >= 0 ? Links.email(text, start, length) : -1;
                if (email > 0) {
                    return emit(start, email, TokenTypes.EMAIL);
                }
                return emit(start, end, sawLetter ? TokenTypes.WORD : TokenTypes.NUM);
            }
            if (cp == '@' && (end = Links.mention(text, start, length)) > 0) {
                return emit(start, end, TokenTypes.MENTION);
            }
            if (cls == PUNCT) {
                return emit(start, punctuation(start, cp), TokenTypes.PUNCT);
            }
            end = start + Character.charCount(cp); // a symbol, or a combining mark with nothing to combine with
            while (end < length && CharClasses.of(Character.codePointAt(text, end, length)) == MARK) {
                end += Character.charCount(Character.codePointAt(text, end, length));
            }
            return emit(start, end, TokenTypes.SYMBOL);
        }
        return false;
    }

    private boolean emit(int start, int end, String tokenType) {
        if (end - start > MAX_TOKEN_LENGTH) {
            end = start + MAX_TOKEN_LENGTH;
            if (Character.isHighSurrogate(text[end - 1]) && Character.isLowSurrogate(text[end])) {
                end--; // never cut a surrogate pair
            }
        }
        pos = end;
        if (sawIgnored && tokenType != TokenTypes.EMOJI) {
            term.setEmpty();
            for (int i = start; i < end; ) {
                int cp = Character.codePointAt(text, i, end);
                if (CharClasses.of(cp) != IGNORED) {
                    term.append(Character.toString(cp));
                }
                i += Character.charCount(cp);
            }
        } else {
            term.copyBuffer(text, start, end - start);
        }
        sawIgnored = false;
        offset.setOffset(correctOffset(start), correctOffset(end));
        type.setType(tokenType);
        return true;
    }

    /** Letters, digits and marks, joined by an apostrophe between letters, a hyphen, or a decimal separator. */
    private int word(int start) {
        int i = start;
        int previous = -1;
        sawLetter = false;
        while (i < length && i - start < MAX_TOKEN_LENGTH) {
            int cp = Character.codePointAt(text, i, length);
            int cls = CharClasses.of(cp);
            int n = Character.charCount(cp);
            if (cls == LETTER || cls == DIGIT || cls == MARK && previous >= 0) {
                sawLetter |= cls == LETTER;
                previous = cls == MARK ? previous : cls;
                i += n;
                continue;
            }
            int next = i + n < length ? CharClasses.of(Character.codePointAt(text, i + n, length)) : -1;
            if (cls == IGNORED && (next == LETTER || next == DIGIT || next == MARK)) {
                sawIgnored = true; // a soft hyphen or zero-width joiner inside a word
            } else if (!(CharClasses.isApostrophe(cp) && previous == LETTER && next == LETTER
                    || CharClasses.isHyphen(cp) && next == LETTER
                    || (cp == ',' || cp == '.') && previous == DIGIT && next == DIGIT)) {
                break;
            }
            i += n;
        }
        return i;
    }

    /** A pictographic sequence: base, then selectors, skin tones, tags, and more pictographs after zero-width joiners. */
    private int emoji(int start) {
        int first = Character.codePointAt(text, start, length);
        int i = start + Character.charCount(first);
        if (CharClasses.isRegionalIndicator(first)) {
            return i < length && CharClasses.isRegionalIndicator(Character.codePointAt(text, i, length)) ? i + 2 : i;
        }
        while (i < length) {
            int cp = Character.codePointAt(text, i, length);
            if (CharClasses.isEmojiContinuation(cp)) {
                i += Character.charCount(cp);
            } else if (cp == CharClasses.ZWJ && i + 1 < length
                    && CharClasses.of(Character.codePointAt(text, i + 1, length)) == EMOJI) {
                i += 1 + Character.charCount(Character.codePointAt(text, i + 1, length));
            } else {
                break;
            }
        }
        return i;
    }

    /** {@code 1️⃣}, {@code #️⃣}: a digit, {@code #} or {@code *}, an optional emoji selector, the enclosing keycap. */
    private int keycap(int start) {
        char c = text[start];
        if (!(c >= '0' && c <= '9' || c == '#' || c == '*')) {
            return -1;
        }
        int i = start + 1;
        if (i < length && text[i] == 0xFE0F) {
            i++;
        }
        return i < length && text[i] == 0x20E3 ? i + 1 : -1;
    }

    /** A run of one punctuation mark, or of {@code !} and {@code ?} mixed. */
    private int punctuation(int start, int cp) {
        boolean bang = CharClasses.isBangOrQuestion(cp);
        int i = start + Character.charCount(cp);
        while (i < length) {
            int next = Character.codePointAt(text, i, length);
            if (bang ? !CharClasses.isBangOrQuestion(next) : next != cp) {
                break;
            }
            i += Character.charCount(next);
        }
        return i;
    }

    private void load() throws IOException {
        length = 0;
        for (int n; (n = input.read(text, length, text.length - length)) != -1; ) {
            length += n;
            if (length == text.length) {
                text = java.util.Arrays.copyOf(text, text.length * 2);
            }
        }
        loaded = true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        if (text.length > KEEP_BUFFER) {
            text = new char[1024]; // a 5 MB line once should not pin 10 MB per thread forever
        }
        loaded = false;
        pos = 0;
        length = 0;
        sawIgnored = false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
    }
}
