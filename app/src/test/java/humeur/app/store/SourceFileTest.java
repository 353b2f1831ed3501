package humeur.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceFileTest {
    @TempDir
    Path dir;

    @Test
    void describesAFileByAbsolutePathSizeAndSha256() throws Exception {
        Path file = Files.writeString(dir.resolve("chat.txt"), "abc");
        SourceFile source = SourceFile.describe(file);
        assertEquals(file.toAbsolutePath(), source.path());
        assertEquals("chat.txt", source.fileName());
        assertEquals(3L, source.size());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", source.sha256());
    }

    @Test
    void aFolderHasNeitherSizeNorHash() throws Exception {
        SourceFile source = SourceFile.describe(dir);
        assertEquals(new SourceFile(dir.toAbsolutePath(), null, null), source);
    }
}
