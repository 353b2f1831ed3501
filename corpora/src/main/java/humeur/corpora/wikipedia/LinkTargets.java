package humeur.corpora.wikipedia;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a link target is: a file or an interlanguage link (dropped), a category (dropped, but read for
 * disambiguation), or anything else, whose text is kept. A leading colon ({@code [[:Catégorie:X|…]]}) makes any
 * target an ordinary link, as in MediaWiki. French and English namespace names are both accepted, since French
 * articles use both.
 */
final class LinkTargets {
    private static final Set<String> FILES = Set.of("fichier", "file", "image", "média", "media");
    private static final Set<String> CATEGORIES = Set.of("catégorie", "category");
    /** Language codes as interwiki prefixes: {@code en}, {@code nds}, {@code zh-min-nan}, {@code simple}. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z]{2,8})*|simple");

    enum Kind { TEXT, FILE, CATEGORY, INTERLANGUAGE }

    private LinkTargets() {
    }

    /** The kind of {@code target}, as written in the link, trimmed. */
    static Kind kind(String target) {
        int colon = target.indexOf(':');
        if (colon <= 0) {
            return Kind.TEXT;
        }
        String prefix = prefix(target);
        if (FILES.contains(prefix)) {
            return Kind.FILE;
        }
        if (CATEGORIES.contains(prefix)) {
            return Kind.CATEGORY;
        }
        return LANGUAGE.matcher(prefix).matches() ? Kind.INTERLANGUAGE : Kind.TEXT;
    }

    /** The namespace part of {@code target}, normalised: lower case, underscores as spaces, trimmed. */
    static String prefix(String target) {
        return target.substring(0, target.indexOf(':')).replace('_', ' ').strip().toLowerCase(Locale.ROOT);
    }

    /** The text a link without label shows: its target without a leading colon, underscores as spaces. */
    static String display(String target) {
        String shown = target.startsWith(":") ? target.substring(1) : target;
        return shown.replace('_', ' ');
    }
}
