package humeur.ingest.reviews;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrawlStateTest {
    @TempDir
    Path dir;

    @Test
    void aPageIsQueuedOnceAndNeverAfterItIsDone() {
        CrawlState state = new CrawlState("allocine");
        assertTrue(state.add("a"));
        assertFalse(state.add("a"));
        assertTrue(state.add("b"));
        assertEquals("a", state.next());
        state.done("a");
        assertFalse(state.add("a"));
        state.tryLater("b");
        assertFalse(state.add("b"), "not again in the run that left it");
        assertNull(state.next());
        state.retryLater();
        assertEquals("b", state.next());
    }

    @Test
    void savedAndLoadedAsItWas() throws Exception {
        CrawlState state = new CrawlState("allocine");
        state.add("https://x/1");
        state.add("https://x/2");
        state.add("https://x/3");
        state.done("https://x/1");
        state.tryLater("https://x/3");
        state.position(1234);
        Path file = CrawlState.fileFor(dir.resolve("reviews.jsonl"));
        assertEquals(dir.resolve("reviews.jsonl.state"), file);
        state.save(file);
        state.save(file);
        assertFalse(Files.exists(dir.resolve("reviews.jsonl.state.tmp")), "the temporary file was renamed");

        CrawlState loaded = CrawlState.load(file);
        assertEquals("allocine", loaded.site());
        assertEquals(1234, loaded.position());
        assertEquals("https://x/2", loaded.next());
        assertEquals(1, loaded.queued());
        assertEquals(1, loaded.later());
        assertFalse(loaded.add("https://x/1"));
    }

    @Test
    void aFileThatIsNotAStateIsSaidSo() throws Exception {
        Path file = Files.writeString(dir.resolve("reviews.jsonl.state"), "{\"site\":\"allocine\",\"queue\":[");
        String message = assertThrows(ReviewsException.class, () -> CrawlState.load(file)).getMessage();
        assertTrue(message.startsWith(file + ": not a crawl state saved by humeur ("), message);
        Files.writeString(file, "{\"site\":\"allocine\"}");
        assertEquals(file + ": not a crawl state saved by humeur (no site or output position)",
                assertThrows(ReviewsException.class, () -> CrawlState.load(file)).getMessage());
        Files.writeString(file, "{\"version\":9,\"site\":\"allocine\",\"position\":0}");
        assertEquals(file + ": saved by another version of humeur (state version 9)",
                assertThrows(ReviewsException.class, () -> CrawlState.load(file)).getMessage());
    }
}
