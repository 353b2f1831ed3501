package humeur.corpora.prose;

import humeur.corpora.CorpusException;
import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;
import humeur.corpora.SkipReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static humeur.corpora.prose.ProseFiles.readAll;
import static humeur.corpora.prose.ProseFiles.texts;
import static humeur.corpora.prose.ProseFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prose files: headers, documents, gzip, Tatoeba pairs, folders, and bad input skipped or refused clearly. */
class ProseCorpusTest {
    @TempDir
    Path dir;

    @Test
    void headersNameTheDocumentsAndAreNotText() throws Exception {
        Path file = write(dir, "novels.txt.gz", "# FRA00101_Adam.xml\nMon village\n\n  Il était une fois.  \n"
                + "# apt-get update\n### aptitude-doc-fr\nChapitre 1.\n#514930 et le bogue\n");
        List<Paragraph> read = readAll(ProseCorpus.open(file));
        assertEquals(List.of("Mon village", "Il était une fois.", "# apt-get update", "Chapitre 1.", "#514930 et le bogue"), texts(read));
        assertEquals(List.of("novels.txt.gz/FRA00101_Adam.xml", "novels.txt.gz/FRA00101_Adam.xml", "novels.txt.gz/FRA00101_Adam.xml",
                "novels.txt.gz/aptitude-doc-fr", "novels.txt.gz/aptitude-doc-fr"), read.stream().map(Paragraph::document).toList());
        assertEquals(file + ": line 4", read.get(1).where());
    }

    @Test
    void headerlessFilesAreCutIntoBlocksOfLines() throws Exception {
        String text = IntStream.rangeClosed(1, 250).mapToObj(i -> "Phrase " + i + ".").collect(Collectors.joining("\n"));
        List<Paragraph> read = readAll(ProseCorpus.open(write(dir, "phrases.txt", text)));
        assertEquals(250, read.size());
        assertEquals("phrases.txt lines 1-100", read.get(99).document());
        assertEquals("phrases.txt lines 101-200", read.get(100).document());
        assertEquals("phrases.txt lines 201-300", read.get(249).document());
    }

    @Test
    void controlCharactersAreStrippedAndBadLinesSkippedWithTheirPlace() throws Exception {
        byte[] latin1 = "Un café.\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = ProseFiles.concat("Un\u0007 bip\tici.\n".getBytes(StandardCharsets.UTF_8), latin1,
                ("x".repeat(5 << 20) + "\nFin.\n").getBytes(StandardCharsets.UTF_8));
        Path file = write(dir, "sale.txt", bytes);
        ParagraphReader reader = ProseCorpus.open(file);
        assertEquals(List.of("Un bip ici.", "Fin."), texts(readAll(reader)));
        assertEquals(file + ": line 2", reader.skipped().firstAt(SkipReason.NOT_UTF8));
        assertEquals(file + ": line 3", reader.skipped().firstAt(SkipReason.LINE_TOO_LONG));
        assertEquals(2, reader.skipped().total());
    }

    @Test
    void tatoebaGivesTheFrenchColumnAndDropsTheCutLastLine() throws Exception {
        Path file = write(dir, "tatoeba-eng-fra.tsv", "Go.\tVa !\nRun!\tCours !\nsans tabulation\n\nMy wisdom teeth are coming in.\tMes dents ");
        ParagraphReader reader = ProseCorpus.open(file);
        assertEquals(List.of("Va !", "Cours !"), texts(readAll(reader)));
        assertEquals(1, reader.skipped().count(SkipReason.INCOMPLETE_LAST_LINE));
        assertEquals(file + ": line 3", reader.skipped().firstAt(SkipReason.MALFORMED));
    }

    @Test
    void aFolderIsReadFileByFileInNameOrder() throws Exception {
        write(dir, "b.txt.gz", "Deux.\n");
        write(dir, "a.txt", "Un.\n");
        write(dir, "c.tsv", "Three.\tTrois.\n");
        write(dir, "vide.txt", "");
        write(dir, "README.md", "# not prose\n");
        assertEquals(List.of("Un.", "Deux.", "Trois."), texts(readAll(ProseCorpus.open(dir))));
    }

    @Test
    void anEmptyCorpusIsAnError() throws Exception {
        Path empty = write(dir, "vide.txt.gz", "");
        assertEquals(empty + ": no text in this file (empty corpus)",
                assertThrows(CorpusException.class, () -> readAll(ProseCorpus.open(empty))).getMessage());
        Path headersOnly = write(dir, "entetes.txt", "# FRA1.xml\n\n   \n");
        assertTrue(assertThrows(CorpusException.class, () -> readAll(ProseCorpus.open(headersOnly))).getMessage().contains("empty corpus"));
        assertTrue(assertThrows(CorpusException.class, () -> readAll(ProseCorpus.open(dir))).getMessage()
                .endsWith("no text in any of its 2 files (empty corpus)"));
        Path nothing = Files.createDirectory(dir.resolve("rien"));
        assertTrue(assertThrows(CorpusException.class, () -> ProseCorpus.open(nothing)).getMessage().contains("no prose file"));
    }

    @Test
    void missingAndMisnamedFilesAreRefused() throws Exception {
        assertTrue(assertThrows(CorpusException.class, () -> ProseCorpus.open(dir.resolve("absent.txt")))
                .getMessage().endsWith("no such file or folder"));
        Path notGzip = dir.resolve("faux.txt.gz");
        Files.writeString(notGzip, "pas compressé\n");
        assertTrue(assertThrows(CorpusException.class, () -> ProseCorpus.open(notGzip)).getMessage().contains("not a gzip file"));
    }

    @Test
    void aTruncatedGzipIsReportedAtItsLine() throws Exception {
        String text = IntStream.range(0, 20_000).mapToObj(i -> "Ligne numéro " + i + " d'un texte assez long.").collect(Collectors.joining("\n"));
        Path whole = write(dir, "entier.txt.gz", text);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = write(dir, "coupe.txt", java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path cutGz = Files.move(cut, dir.resolve("coupe.txt.gz"));
        CorpusException e = assertThrows(CorpusException.class, () -> readAll(ProseCorpus.open(cutGz)));
        assertTrue(e.getMessage().startsWith(cutGz + ": line ") && e.getMessage().contains("truncated"), e.getMessage());
    }
}
