package humeur.lm.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

import java.util.BitSet;

/**
 * What the tokenizer needs to know about a code point. Java 17's {@code Character} has no emoji properties, so ICU's
 * Extended_Pictographic (the property UAX #29 uses for emoji) is read once into a bit set: the tokenizer asks about
 * every character and an ICU trie lookup each time would cost more than the rest of the scan.
 */
final class CharClasses {
    static final int SPACE = 0;
    static final int LETTER = 1;
    /** Decimal digits and other numerals (², ½): they join letters in a word but do not make it a word. */
    static final int DIGIT = 2;
    static final int MARK = 3;
    static final int EMOJI = 4;
    static final int PUNCT = 5;
    static final int SYMBOL = 6;
    /** Controls, format characters (soft hyphen, zero-width joiner), variation selectors, lone surrogates: invisible. */
    static final int IGNORED = 7;

    static final int ZWJ = 0x200D;
    private static final int EMOJI_LIMIT = 0x20000;
    private static final BitSet PICTOGRAPHIC = new BitSet(EMOJI_LIMIT);
    private static final byte[] LATIN1 = new byte[256];

    static {
        for (int cp = 0; cp < EMOJI_LIMIT; cp++) {
            if (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)) {
                PICTOGRAPHIC.set(cp);
            }
        }
        for (int cp = 0; cp < 256; cp++) {
            LATIN1[cp] = (byte) compute(cp);
        }
    }

    private CharClasses() {
    }

    /** The class of {@code cp}, one of the constants above. */
    static int of(int cp) {
        return cp < 256 ? LATIN1[cp] : compute(cp);
    }

    private static int compute(int cp) {
        if (isBangOrQuestion(cp)) {
            return PUNCT; // ‼ and ⁉ are pictographic, but they are the punctuation runs "!!" and "!?"
        }
        if (cp < EMOJI_LIMIT && PICTOGRAPHIC.get(cp) || isRegionalIndicator(cp)) {
            return EMOJI;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return SPACE; // isSpaceChar adds the no-break spaces French puts before ! ? : ;
        }
        if (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) {
            return IGNORED;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.LETTER_NUMBER:
                return LETTER;
            case Character.DECIMAL_DIGIT_NUMBER, Character.OTHER_NUMBER:
                return DIGIT;
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK:
                return MARK;
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION:
                return PUNCT;
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE:
                return IGNORED;
            default:
                return SYMBOL;
        }
    }

    static boolean isBangOrQuestion(int cp) {
        return cp == '!' || cp == '?' || cp == 0x203C || cp == 0x2049 || cp == 0xFF01 || cp == 0xFF1F;
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Code points that may follow an emoji inside one sequence: variation selectors, skin tones, tags, keycap. */
    static boolean isEmojiContinuation(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E || cp >= 0x1F3FB && cp <= 0x1F3FF
                || cp >= 0xE0020 && cp <= 0xE007F || cp == 0x20E3;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
    }

    static boolean isHyphen(int cp) {
        return cp == '-' || cp == 0x2010 || cp == 0x2011;
    }
}
