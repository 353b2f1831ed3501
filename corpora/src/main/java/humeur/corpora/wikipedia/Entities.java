package humeur.corpora.wikipedia;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes the HTML character references wikitext writes: numeric ones ({@code &#160;}, {@code &#x2014;}) and the
 * named ones met in French articles. An unknown name or an invalid number is left as it is.
 */
final class Entities {
    private static final Map<String, String> NAMED = new HashMap<>();

    static {
        String[] pairs = {"nbsp", "\u00A0", "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
            "laquo", "«", "raquo", "»", "lsquo", "‘", "rsquo", "’", "ldquo", "“", "rdquo", "”", "sbquo", "‚",
            "bdquo", "„", "ndash", "–", "mdash", "—", "hellip", "…", "thinsp", "\u2009", "ensp", "\u2002",
            "emsp", "\u2003", "nnbsp", "\u202F", "shy", "", "zwj", "\u200D", "zwnj", "\u200C", "lrm", "", "rlm", "",
            "middot", "·", "bull", "•", "deg", "°", "times", "×", "divide", "÷", "minus", "−", "plusmn", "±",
            "euro", "€", "pound", "£", "yen", "¥", "cent", "¢", "copy", "©", "reg", "®", "trade", "™", "sect", "§",
            "para", "¶", "dagger", "†", "Dagger", "‡", "permil", "‰", "prime", "′", "Prime", "″", "frac12", "½",
            "frac14", "¼", "frac34", "¾", "sup1", "¹", "sup2", "²", "sup3", "³", "ordf", "ª", "ordm", "º",
            "iexcl", "¡", "iquest", "¿", "larr", "←", "rarr", "→", "harr", "↔", "uarr", "↑", "darr", "↓",
            "oelig", "œ", "OElig", "Œ", "aelig", "æ", "AElig", "Æ", "szlig", "ß", "ccedil", "ç", "Ccedil", "Ç",
            "agrave", "à", "Agrave", "À", "acirc", "â", "Acirc", "Â", "auml", "ä", "eacute", "é", "Eacute", "É",
            "egrave", "è", "Egrave", "È", "ecirc", "ê", "Ecirc", "Ê", "euml", "ë", "icirc", "î", "Icirc", "Î",
            "iuml", "ï", "ocirc", "ô", "Ocirc", "Ô", "ouml", "ö", "ugrave", "ù", "ucirc", "û", "uuml", "ü",
            "yuml", "ÿ", "ntilde", "ñ", "aacute", "á", "iacute", "í", "oacute", "ó", "uacute", "ú", "alpha", "α",
            "beta", "β", "gamma", "γ", "delta", "δ", "pi", "π", "mu", "μ", "infin", "∞", "asymp", "≈", "ne", "≠",
            "le", "≤", "ge", "≥"};
        for (int i = 0; i < pairs.length; i += 2) {
            NAMED.put(pairs[i], pairs[i + 1]);
        }
    }

    private Entities() {
    }

    /** {@code text} with its character references decoded. */
    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (amp >= 0) {
            out.append(text, i, amp);
            int semicolon = -1;
            for (int k = amp + 1; k < text.length() && k <= amp + 12; k++) {
                char c = text.charAt(k);
                if (c == ';') {
                    semicolon = k;
                    break;
                }
                if (!Character.isLetterOrDigit(c) && c != '#') {
                    break;
                }
            }
            String decoded = semicolon < 0 ? null : reference(text.substring(amp + 1, semicolon));
            if (decoded == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(decoded);
                i = semicolon + 1;
            }
            amp = text.indexOf('&', i);
        }
        return out.append(text, i, text.length()).toString();
    }

    /** The text a reference's name ({@code nbsp}, {@code #233}, {@code #xE9}) stands for, or null. */
    private static String reference(String name) {
        if (!name.startsWith("#")) {
            return NAMED.get(name);
        }
        try {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            boolean valid = code > 0 && code <= Character.MAX_CODE_POINT && (code < 0xD800 || code > 0xDFFF);
            return valid ? Character.toString(code) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
