package humeur.corpora.wikipedia;

/**
 * A page as the dump gives it.
 *
 * @param text    the wikitext of its last revision; null when it was not kept (another namespace, a redirect, too long)
 * @param tooLong whether the wikitext was over the reader's cap and not kept
 */
record RawPage(String title, int namespace, long id, boolean redirect, String text, boolean tooLong) {
}
