package humeur.ingest.reviews;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells French text from text in another language, well enough to keep an English or Spanish review out of a French
 * corpus. French prose is dense in short function words (le, les, des, est, pas, je, très…) that other languages
 * do not use, so the share of words that are one is a strong signal from a dozen words on; words that are English
 * function words count against it, and letters only French writes (è, ê, à, ç, œ…) tip the balance. Words shared
 * with Spanish or Italian (de, la, que, un, en) are left out on purpose. Texts too short to judge are taken as
 * French: dropping "Génial !" would only bias the corpus towards long reviews.
 */
final class FrenchText {
    /** Fewer words than this cannot be judged. */
    static final int MIN_WORDS = 4;
    /** The share of French function words from which a text is French. */
    static final double MIN_SHARE = 0.12;

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    private static final Pattern FRENCH_LETTER = Pattern.compile("[èêëàâçùûîïôœÈÊÀÇÉ]");
    private static final Set<String> FRENCH = Set.of(
            "le", "les", "des", "du", "une", "et", "est", "sont", "été", "être", "je", "j'ai", "il", "elle", "ils",
            "elles", "nous", "vous", "ce", "cette", "ces", "c'est", "n'est", "qu'il", "pour", "dans", "sur", "avec",
            "au", "aux", "mais", "ou", "où", "très", "pas", "ne", "qui", "plus", "tout", "tous", "bien", "mon",
            "ma", "mes", "sa", "ses", "leur", "leurs", "aussi", "même", "comme", "fait", "peu", "trop", "rien",
            "l'histoire", "d'un", "d'une", "l'on", "à", "ça");
    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "of", "is", "was", "this", "that", "with", "it", "it's", "for", "movie", "i", "you",
            "but", "not", "are", "were", "have", "has", "be", "very", "so", "to", "in", "my", "just");

    private FrenchText() {
    }

    /** Whether {@code text} reads as French, or is too short to tell. */
    static boolean isFrench(String text) {
        int words = 0;
        int french = 0;
        int english = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            words++;
            if (FRENCH.contains(w)) {
                french++;
            } else if (ENGLISH.contains(w)) {
                english++;
            }
        }
        if (words < MIN_WORDS) {
            return true;
        }
        double share = (double) french / words + (FRENCH_LETTER.matcher(text).find() ? 0.05 : 0);
        return share >= MIN_SHARE && french > english;
    }
}
