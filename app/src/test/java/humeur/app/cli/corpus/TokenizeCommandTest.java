package humeur.app.cli.corpus;

import humeur.lm.data.TokenFile;
import humeur.lm.text.Vocabulary;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizeCommandTest {
    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            lines.add(i % 2 == 0 ? "Il fait beau à Paris aujourd'hui." : "J'adore ce film, c'est trop bien !!!");
        }
        lines.add("Il fait beau anticonstitutionnellement.");
        Path file = dir.resolve("prose.txt");
        Files.write(file, lines);
        return file;
    }

    @Test
    void buildsAVocabularyWritesTheIdsAndSkipsAnUnchangedCorpus() throws Exception {
        Path corpus = corpus();
        Path out = dir.resolve("prose.tok");
        Cli.Result first = Cli.run("corpus", "tokenize", "--min-freq", "2", "-o", out.toString(), corpus.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("vocabulary: built from"), first.out());
        assertTrue(first.out().contains("in 501 documents"), first.out());

        Vocabulary vocabulary = Vocabulary.load(Path.of(out + ".vocab"));
        assertFalse(vocabulary.contains("anticonstitutionnellement"), "seen once, under --min-freq 2");
        TokenFile file = TokenFile.open(out);
        assertEquals(501, file.documentCount());
        int[] last = file.document(500);
        assertEquals(List.of("xxbos", "xxmaj", "il", "fait", "beau", "xxunk", "."),
                Arrays.stream(last).mapToObj(vocabulary::token).toList());

        Cli.Result again = Cli.run("corpus", "tokenize", "-o", out.toString(), corpus.toString());
        assertTrue(again.out().contains("up to date"), again.out());
    }

    @Test
    void readsAWikipediaDumpThroughTheApplicationsOwnLibraries() throws Exception {
        // the application's class path, not the corpora module's, decides which commons-io bzip2 reading gets
        String page = "<page><title>Paris</title><ns>0</ns><id>%d</id><revision><id>1</id><model>wikitext</model>"
                + "<format>text/x-wiki</format><text xml:space=\"preserve\">'''Paris''' est la [[capitale]] de la "
                + "[[France]].{{Référence nécessaire}}</text></revision></page>";
        String xml = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" xml:lang=\"fr\"><siteinfo>"
                + "<sitename>Wikipédia</sitename><dbname>frwiki</dbname></siteinfo>"
                + String.format(page, 1) + String.format(page, 2) + "</mediawiki>";
        Path dump = dir.resolve("frwiki-test-pages-articles.xml.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(dump))) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("wiki.tok");
        Cli.Result r = Cli.run("corpus", "tokenize", "--min-freq", "1", "-o", out.toString(), dump.toString());
        assertEquals(0, r.exitCode(), r.err());
        Vocabulary vocabulary = Vocabulary.load(Path.of(out + ".vocab"));
        assertEquals(List.of("xxbos", "xxmaj", "paris", "est", "la", "capitale", "de", "la", "xxmaj", "france", "."),
                Arrays.stream(TokenFile.open(out).document(0)).mapToObj(vocabulary::token).toList());
    }

    @Test
    void aMissingInputIsOneLineAndExitCodeOne() {
        Cli.Result r = Cli.run("corpus", "tokenize", "-o", dir.resolve("x.tok").toString(), dir.resolve("nope").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("humeur: ") && r.err().contains("no such file"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
