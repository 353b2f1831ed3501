package humeur.corpora.labelled;

import humeur.corpora.CorpusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static humeur.corpora.labelled.Sentiment.NEGATIVE;
import static humeur.corpora.labelled.Sentiment.NEUTRAL;
import static humeur.corpora.labelled.Sentiment.POSITIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** RFC 4180 CSV with a text,label header, and every kind of bad row named by file and line. */
class CsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("avis.csv"), text);
    }

    private String failure(String csv, LabelScheme scheme) throws Exception {
        Path file = write(csv);
        return assertThrows(CorpusException.class, () -> LabelledSets.csv(file, scheme).readAll()).getMessage()
                .replace(file.toString(), "avis.csv");
    }

    @Test
    void quotedFieldsDoubledQuotesAndLineBreaks() throws Exception {
        Path file = write("text,label\r\n"
                + "\"Rien à dire, c'est \"\"Rio Bravo\"\".\",1\r\n"
                + "Sans guillemets: 5\" d'écran,0\r\n"
                + "\n"
                + "\"Première ligne\r\nseconde ligne\n\ntroisième\",1\n"
                + "\"\"\"Culte\"\"\",0");
        List<LabelledText> read = LabelledSets.csv(file, LabelScheme.BINARY).readAll();
        assertEquals(List.of(
                new LabelledText("Rien à dire, c'est \"Rio Bravo\".", POSITIVE, file + ": line 2"),
                new LabelledText("Sans guillemets: 5\" d'écran", NEGATIVE, file + ": line 3"),
                new LabelledText("Première ligne seconde ligne troisième", POSITIVE, file + ": line 5"),
                new LabelledText("\"Culte\"", NEGATIVE, file + ": line 9")), read);
    }

    @Test
    void columnsAreFoundByNameAndThreeClassLabelsRead() throws Exception {
        Path file = write("id,Label,site,TEXT\n7,2,allocine,Génial\n8,1,allocine,Bof\n9,0,,Nul\n");
        List<LabelledText> read = LabelledSets.open(file, LabelScheme.THREE_CLASS).readAll();
        assertEquals(List.of(POSITIVE, NEUTRAL, NEGATIVE), read.stream().map(LabelledText::label).toList());
        assertEquals("Génial", read.get(0).text());
    }

    @Test
    void badRowsAreNamedByFileAndLine() throws Exception {
        assertEquals("avis.csv: line 3: unknown label \"2\"; binary labels are 0 (negative), 1 (positive)",
                failure("text,label\nbien,1\nbof,2\n", LabelScheme.BINARY));
        assertEquals("avis.csv: line 2: 3 fields where the header has 2 (an unquoted comma in the text?)",
                failure("text,label\nbien, vraiment bien,1\n", LabelScheme.BINARY));
        assertEquals("avis.csv: line 2: a quoted field is never closed",
                failure("text,label\n\"jamais fermé,1\nautre,0\n", LabelScheme.BINARY));
        assertEquals("avis.csv: line 2: unexpected text after a closing quote, at column 7",
                failure("text,label\n\"bien\" !,1\n", LabelScheme.BINARY));
        assertEquals("avis.csv: line 3: empty text", failure("text,label\nbien,1\n\"  \",0\n", LabelScheme.BINARY));
        assertEquals("avis.csv: line 1: the header must name the columns text and label, found review,stars",
                failure("review,stars\nbien,5\n", LabelScheme.BINARY));
        assertEquals("avis.csv: no labelled text in this file", failure("", LabelScheme.BINARY));
        assertEquals("avis.csv: no labelled text in this file", failure("text,label\n", LabelScheme.BINARY));
    }

    @Test
    void anUnclosedQuoteStopsAtTheRecordCap() throws Exception {
        String line = "x".repeat(1000) + "\n";
        String message = failure("text,label\n\"" + line.repeat(CsvParser.MAX_RECORD_CHARS / 1000 + 10), LabelScheme.BINARY);
        assertEquals("avis.csv: line 2: record longer than 1048576 characters (a quote never closed?)", message);
    }

    @Test
    void nonUtf8IsAnErrorAtItsLine() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "text,label\nbien,1\nun café froid,0\n".getBytes(StandardCharsets.ISO_8859_1));
        CorpusException e = assertThrows(CorpusException.class, () -> LabelledSets.csv(file, LabelScheme.BINARY).readAll());
        assertEquals(file + ": line 3: not valid UTF-8 text (is the file in another encoding?)", e.getMessage());
    }
}
