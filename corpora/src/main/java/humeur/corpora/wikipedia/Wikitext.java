package humeur.corpora.wikipedia;

import java.util.List;

/**
 * Turns the wikitext of an article into clean paragraphs, in three linear passes so that no input, however broken
 * or large, costs more than a few times its length: {@link TagStripper} drops comments and tags (and the content
 * of references, galleries, formulas…), {@link InlineRenderer} drops templates, files and categories and keeps the
 * text of links, and {@link Blocks} drops headings, tables and reference sections and joins lines into paragraphs.
 * What the passes drop is marked with {@link #DROPPED}, so that a line made only of dropped markup vanishes instead
 * of splitting a paragraph in two.
 */
final class Wikitext {
    /** Marks dropped markup between passes; XML text cannot contain it, so it never comes from a dump. */
    static final char DROPPED = '\0';

    private Wikitext() {
    }

    /** The paragraphs of {@code wikitext}, and whether it is a disambiguation page. */
    static Cleaned clean(String wikitext) {
        String tagless = TagStripper.strip(wikitext);
        InlineRenderer inline = new InlineRenderer(tagless);
        String rendered = inline.render();
        return new Cleaned(Blocks.paragraphs(rendered), inline.disambiguation());
    }

    /**
     * A cleaned article.
     *
     * @param paragraphs     the paragraphs in page order, each one line of text containing a letter
     * @param disambiguation whether the page carries a disambiguation template or category
     */
    record Cleaned(List<String> paragraphs, boolean disambiguation) {
    }
}
