package humeur.corpora.wikipedia;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The XML walk on its own. Every {@code <} of wikitext is {@code &lt;} in a dump, and the JDK's parser stops after
 * 50,000,000 such references by default, which frwiki's dump passes in its first gigabytes: the reader lifts that cap
 * (safe without DTDs). Tested with the cap lowered to 1,000, since 50 M references take seconds to parse.
 */
class DumpPagesTest {
    private static final String LIMIT = "jdk.xml.totalEntitySizeLimit";

    private static ByteArrayInputStream dump(String text) {
        String xml = "<mediawiki><siteinfo><dbname>frwiki</dbname></siteinfo><page><title>P</title><ns>0</ns><id>7</id>"
                + "<revision><id>9</id><text xml:space=\"preserve\">" + text + "</text></revision></page></mediawiki>";
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    void escapedMarkupPassesTheJdkCapOnEntities() throws Exception {
        String text = "&lt;ref&gt;x&lt;/ref&gt;".repeat(1_000);
        String saved = System.getProperty(LIMIT);
        System.setProperty(LIMIT, "1000");
        try {
            XMLStreamReader plain = XMLInputFactory.newDefaultFactory().createXMLStreamReader(dump(text));
            assertThrows(XMLStreamException.class, () -> {
                while (plain.hasNext()) {
                    plain.next();
                }
            }, "the cap applies to a parser left as it is");
            DumpPages pages = new DumpPages(dump(text), 1_000_000);
            assertEquals("frwiki", pages.readSiteInfo());
            RawPage page = pages.next();
            assertEquals("<ref>x</ref>".repeat(1_000), page.text());
            assertEquals(7, page.id());
            assertNull(pages.next());
        } finally {
            if (saved == null) {
                System.clearProperty(LIMIT);
            } else {
                System.setProperty(LIMIT, saved);
            }
        }
    }
}
