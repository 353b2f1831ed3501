package humeur.lm.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged, foreign and mismatched files are refused with a message naming the file and what is wrong. */
class TokenFileValidationTest {
    @TempDir
    Path dir;

    private Path sample() throws IOException {
        return TokenFiles.write(dir.resolve("corpus.tok"), 500, TokenFiles.numbered(40, 30, 30));
    }

    private static String refusal(Path file) {
        return assertThrows(IOException.class, () -> TokenFile.open(file)).getMessage();
    }

    @Test
    void truncatedFile() throws IOException {
        Path file = sample();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 8);
        }
        String message = refusal(file);
        assertTrue(message.startsWith(file.toString()), message);
        assertTrue(message.contains("truncated"), message);
    }

    @Test
    void fileCutInsideItsHeader() throws IOException {
        Path file = sample();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(30);
        }
        assertTrue(refusal(file).contains("truncated"));
    }

    @Test
    void wrongMagic() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "bonjour, ceci n'est pas un fichier de jetons");
        String message = refusal(file);
        assertTrue(message.startsWith(file + ": not a humeur token-id file"), message);
        Files.write(file, new byte[3]);
        assertTrue(refusal(file).contains("not a humeur token-id file"));
    }

    @Test
    void laterFormatVersion() throws IOException {
        Path file = sample();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(8);
            raf.write(new byte[] {2, 0, 0, 0});
        }
        assertTrue(refusal(file).contains("format version 2; this humeur reads version 1"));
    }

    @Test
    void damagedHeaderFailsItsChecksum() throws IOException {
        Path file = sample();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(20); // the vocabulary size
            raf.write(7);
        }
        assertTrue(refusal(file).contains("checksum"));
    }

    @Test
    void damagedDocumentIndex() throws IOException {
        Path file = sample();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() - 8); // the last document's start
            raf.write(new byte[] {5, 0, 0, 0, 0, 0, 0, 0});
        }
        assertTrue(refusal(file).contains("damaged document index: document 2"));
    }

    @Test
    void anotherVocabulary() throws IOException {
        Path file = sample();
        String message = assertThrows(IOException.class, () -> TokenFile.open(file, "another-hash")).getMessage();
        assertTrue(message.startsWith(file.toString()), message);
        assertTrue(message.contains("test.vocab") && message.contains(TokenFiles.HASH) && message.contains("another-hash"), message);
    }

    @Test
    void missingFile() {
        assertThrows(IOException.class, () -> TokenFile.open(dir.resolve("absent.tok")));
    }

    @Test
    void upToDateOnlyForTheSameVocabularyAndInput() throws IOException {
        Path file = sample();
        assertTrue(TokenFileHeader.isUpToDate(file, TokenFiles.HASH, "test input"));
        assertFalse(TokenFileHeader.isUpToDate(file, TokenFiles.HASH, "test input, one file newer"));
        assertFalse(TokenFileHeader.isUpToDate(file, "other", "test input"));
        assertFalse(TokenFileHeader.isUpToDate(dir.resolve("absent.tok"), TokenFiles.HASH, "test input"));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 1);
        }
        assertFalse(TokenFileHeader.isUpToDate(file, TokenFiles.HASH, "test input"));
    }

    @Test
    void idsOutsideTheVocabularyAreRefusedWhenWritten() throws IOException {
        Path file = dir.resolve("bad.tok");
        try (TokenFileWriter out = TokenFileWriter.create(file, "v", "h", 10, "f")) {
            out.append(new int[] {2, 3});
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> out.append(new int[] {2, 10}));
            assertTrue(e.getMessage().contains("id 10 at position 1 of document 1"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> out.append(new int[] {-1}));
        }
        assertFalse(Files.exists(file));
        assertNoPartFiles();
    }

    private void assertNoPartFiles() throws IOException {
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
