package humeur.corpora.prose;

import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;
import humeur.corpora.SharedData;
import humeur.corpora.SkipReason;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real prose in ../shared/data (skipped when absent). */
class SharedProseTest {

    @Test
    void theFirstNovelsOfEltec() throws Exception {
        Path file = SharedData.path("lm/eltec-fra-novels.txt.gz");
        Set<String> documents = new HashSet<>();
        try (ParagraphReader reader = ProseCorpus.open(file)) {
            Paragraph first = reader.read();
            assertEquals("Juliette Lamber (Madame Adam)", first.text());
            assertEquals("eltec-fra-novels.txt.gz/FRA00101_Adam.xml", first.document());
            for (int i = 1; i < 20_000; i++) {
                Paragraph p = reader.read();
                assertFalse(p.text().startsWith("# FRA"), p.where());
                documents.add(p.document());
            }
            assertEquals(0, reader.skipped().total(), reader.skipped().toString());
        }
        assertTrue(documents.size() > 1 && documents.stream().allMatch(d -> d.matches("eltec-fra-novels\\.txt\\.gz/FRA\\d+_.+\\.xml")),
                documents.toString());
    }

    @Test
    void tatoebaHasOneCutLine() throws Exception {
        ParagraphReader reader = ProseCorpus.open(SharedData.path("informal/tatoeba-eng-fra.tsv"));
        List<Paragraph> read = ProseFiles.readAll(reader);
        assertEquals(76_037, read.size());
        assertEquals("Va !", read.get(0).text());
        assertEquals(1, reader.skipped().count(SkipReason.INCOMPLETE_LAST_LINE));
        assertEquals(1, reader.skipped().total());
    }

    @Test
    void universalDependenciesSentences() throws Exception {
        assertEquals(2_776, ProseFiles.readAll(ProseCorpus.open(SharedData.path("informal/ud-parisstories.txt"))).size());
        assertEquals(3_209, ProseFiles.readAll(ProseCorpus.open(SharedData.path("informal/ud-rhapsodie.txt"))).size());
    }
}
