package humeur.ingest.reviews;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a review as its author wrote it: spaces collapsed as a browser shows them, but line breaks
 * ({@code <br>}, paragraphs) kept, which jsoup's {@code text()} would flatten into spaces.
 */
final class ReviewText {
    private ReviewText() {
    }

    /** The text of {@code e}, paragraphs separated by a line break, blank lines and edge spaces removed. */
    static String of(Element e) {
        StringBuilder s = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    s.append(t.text());
                } else if (node instanceof Element el && (el.nameIs("br") || el.isBlock()) && depth > 0) {
                    s.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && el.isBlock() && depth > 0) {
                    s.append('\n');
                }
            }
        }, e);
        return s.toString()
                .replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ")
                .replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{2,}", "\n")
                .strip();
    }
}
