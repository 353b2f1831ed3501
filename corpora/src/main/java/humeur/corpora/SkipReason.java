package humeur.corpora;

/** Why a reader left a line or a page out of a corpus; each reason is counted in {@link Skips}. */
public enum SkipReason {
    /** A line whose bytes are not valid UTF-8. */
    NOT_UTF8("not valid UTF-8"),
    /** A line longer than the reader's cap, dropped without being held in memory. */
    LINE_TOO_LONG("line too long"),
    /** The last line of a file known to be cut short (the Tatoeba export). */
    INCOMPLETE_LAST_LINE("incomplete last line"),
    /** A line that does not have the layout of its file, such as a Tatoeba line without a tab. */
    MALFORMED("malformed line"),
    /** A Wikipedia page outside the main (article) namespace. */
    OTHER_NAMESPACE("not an article"),
    /** A Wikipedia redirect. */
    REDIRECT("redirect"),
    /** A Wikipedia disambiguation page. */
    DISAMBIGUATION("disambiguation page"),
    /** A Wikipedia page whose wikitext exceeds the reader's cap. */
    PAGE_TOO_LONG("page too long"),
    /** A page left with no prose once its markup is removed. */
    NO_TEXT("no text");

    private final String words;

    SkipReason(String words) {
        this.words = words;
    }

    /** The reason in a few words, for reports. */
    public String words() {
        return words;
    }
}
