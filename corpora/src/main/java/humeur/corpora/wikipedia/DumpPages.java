package humeur.corpora.wikipedia;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.net.URI;

/**
 * Walks the MediaWiki export XML with StAX: first the {@code <siteinfo>}, then one {@code <page>} at a time. Only
 * the wikitext of main-namespace pages that are not redirects is kept, up to a cap, so memory stays bounded by the
 * largest kept page. DTDs and external entities are refused.
 */
final class DumpPages implements AutoCloseable {
    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private final int maxTextChars;
    private final StringBuilder text = new StringBuilder();
    private String wiki;
    private boolean atPage;

    DumpPages(InputStream in, int maxTextChars) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamReader(in);
        this.maxTextChars = maxTextChars;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        // Without a DTD no entity can be declared, only the five predefined ones exist; the JDK's cap on their
        // accumulated size (50 M characters, which the escaped markup of a real dump passes) guards nothing here.
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        return factory;
    }

    /** Reads the root element and the site information; returns the wiki's name ({@code frwiki}), or null if unknown. */
    String readSiteInfo() throws XMLStreamException {
        while (xml.next() != XMLStreamConstants.START_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.DTD) {
                throw new XMLStreamException("it declares a DTD, which dumps never do; refused, as it could pull in other files");
            }
        }
        if (!xml.getLocalName().equals("mediawiki")) {
            throw new XMLStreamException("the root element is <" + xml.getLocalName() + ">, not <mediawiki>");
        }
        if (xml.nextTag() != XMLStreamConstants.START_ELEMENT) {
            return null;
        }
        if (xml.getLocalName().equals("page")) {
            atPage = true;
            return null;
        }
        String base = null;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "dbname" -> wiki = xml.getElementText().strip();
                case "base" -> base = xml.getElementText().strip();
                default -> skipElement();
            }
        }
        if (wiki == null && base != null) {
            wiki = fromBase(base);
        }
        return wiki;
    }

    /** {@code frwiki} from {@code https://fr.wikipedia.org/wiki/…}, as MediaWiki names its databases. */
    private static String fromBase(String base) {
        String host = URI.create(base.replace(" ", "_")).getHost();
        String[] labels = host == null ? new String[0] : host.split("\\.");
        if (labels.length < 2) {
            return null;
        }
        return labels[0] + (labels[1].equals("wikipedia") ? "wiki" : labels[1]);
    }

    /** The next page, or null at the end of the dump. */
    RawPage next() throws XMLStreamException {
        if (!atPage && !toNextPage()) {
            return null;
        }
        atPage = false;
        String title = null;
        int namespace = -1;
        long id = -1;
        boolean redirect = false;
        boolean inRevision = false;
        String kept = null;
        boolean tooLong = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("page")) {
                    return new RawPage(title, namespace, id, redirect, kept, tooLong);
                }
                inRevision &= !xml.getLocalName().equals("revision");
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "title" -> title = xml.getElementText();
                    case "ns" -> namespace = (int) parseNumber(xml.getElementText());
                    case "id" -> {
                        String value = xml.getElementText();
                        id = inRevision ? id : parseNumber(value);
                    }
                    case "redirect" -> redirect = true;
                    case "revision" -> inRevision = true;
                    case "text" -> {
                        if (namespace == 0 && !redirect) {
                            tooLong = !readText();
                            kept = tooLong ? null : text.toString();
                        } else {
                            skipElement();
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the dump ends inside a page");
            }
        }
    }

    private boolean toNextPage() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("page")) {
                    return true;
                }
                skipElement();
            }
        }
        return false;
    }

    /** Reads the text element's content into {@link #text}; false when it is longer than the cap (and not kept). */
    private boolean readText() throws XMLStreamException {
        text.setLength(0);
        boolean fits = true;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return fits;
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                fits &= text.length() + xml.getTextLength() <= maxTextChars;
                if (fits) {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                } else {
                    text.setLength(0);
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("unexpected <" + xml.getLocalName() + "> inside <text>");
            }
        }
    }

    /** Skips the element whose start tag was just read, with everything inside it. */
    private void skipElement() throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private static long parseNumber(String value) throws XMLStreamException {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new XMLStreamException("not a number: " + value);
        }
    }

    /** Where the parser is in the XML, for messages. */
    String location() {
        return "XML line " + xml.getLocation().getLineNumber();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
