package humeur.corpora.labelled;

import humeur.corpora.CorpusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static humeur.corpora.labelled.Sentiment.NEGATIVE;
import static humeur.corpora.labelled.Sentiment.NEUTRAL;
import static humeur.corpora.labelled.Sentiment.POSITIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line-based layouts: label-TAB-text, and aligned text and label files; the label schemes. */
class LineLayoutsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void tabSeparatedLabelThenText() throws Exception {
        Path file = write("train.tsv", "1\tune série à ne pas manquer .\n\n0 \tbanale\tet lente\n");
        List<LabelledText> read = LabelledSets.open(file, LabelScheme.BINARY).readAll();
        assertEquals(List.of(new LabelledText("une série à ne pas manquer .", POSITIVE, file + ": line 1"),
                new LabelledText("banale et lente", NEGATIVE, file + ": line 3")), read);
        Path noTab = write("bad.tsv", "1\tbien\n0 nul\n");
        assertEquals(noTab + ": line 2: no tab between label and text",
                assertThrows(CorpusException.class, () -> LabelledSets.tsv(noTab, LabelScheme.BINARY).readAll()).getMessage());
    }

    @Test
    void alignedTextAndLabels() throws Exception {
        Path text = write("train_text.txt", "Fukushima: http\nBiodiversité @user\nDes aides #logements");
        write("train_labels.txt", "0\n1\n2\n");
        List<LabelledText> read = LabelledSets.open(text, LabelScheme.THREE_CLASS).readAll();
        assertEquals(List.of(NEGATIVE, NEUTRAL, POSITIVE), read.stream().map(LabelledText::label).toList());
        assertEquals(text + ": line 3", read.get(2).source());
    }

    @Test
    void misalignedFilesAreReportedWithBothCounts() throws Exception {
        Path text = write("a_text.txt", "un\ndeux\ntrois\n");
        Path labels = write("a_labels.txt", "0\n1\n");
        String message = assertThrows(CorpusException.class, () -> LabelledSets.aligned(text, labels, LabelScheme.THREE_CLASS).readAll()).getMessage();
        assertEquals(text + " has 3 lines but " + labels + " has 2: the files do not line up", message);
        Path moreLabels = write("b_labels.txt", "0\n1\n2\n1\n0\n");
        message = assertThrows(CorpusException.class, () -> LabelledSets.aligned(text, moreLabels, LabelScheme.THREE_CLASS).readAll()).getMessage();
        assertEquals(text + " has 3 lines but " + moreLabels + " has 5: the files do not line up", message);
    }

    @Test
    void aBadLabelIsNamedInTheLabelFile() throws Exception {
        Path text = write("c_text.txt", "un\ndeux\n");
        Path labels = write("c_labels.txt", "0\npositif\n");
        String message = assertThrows(CorpusException.class, () -> LabelledSets.aligned(text, labels, LabelScheme.THREE_CLASS).readAll()).getMessage();
        assertEquals(labels + ": line 2: unknown label \"positif\"; three_class labels are 0 (negative), 1 (neutral), 2 (positive)", message);
    }

    @Test
    void missingEmptyAndUnknownFiles() throws Exception {
        Path empty = write("d_text.txt", "");
        write("d_labels.txt", "");
        assertEquals(empty + ": no labelled text in this file",
                assertThrows(CorpusException.class, () -> LabelledSets.open(empty, LabelScheme.BINARY).readAll()).getMessage());
        Path lonely = write("e_text.txt", "seul\n");
        assertTrue(assertThrows(CorpusException.class, () -> LabelledSets.open(lonely, LabelScheme.BINARY)).getMessage()
                .endsWith("e_labels.txt: no such file"));
        Path json = write("f.json", "{}");
        assertTrue(assertThrows(CorpusException.class, () -> LabelledSets.open(json, LabelScheme.BINARY)).getMessage()
                .contains("not a known labelled layout"));
    }

    @Test
    void schemes() {
        assertEquals(POSITIVE, LabelScheme.BINARY.parse(" 1 "));
        assertNull(LabelScheme.BINARY.parse("2"));
        assertNull(LabelScheme.THREE_CLASS.parse("-1"));
        assertNull(LabelScheme.THREE_CLASS.parse("10"));
        assertEquals(NEUTRAL, LabelScheme.THREE_CLASS.parse("1"));
        assertEquals(-1, LabelScheme.BINARY.index(NEUTRAL));
        assertEquals(2, LabelScheme.THREE_CLASS.index(POSITIVE));
    }
}
