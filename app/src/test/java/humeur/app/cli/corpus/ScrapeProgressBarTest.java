package humeur.app.cli.corpus;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ScrapeProgressBarTest {
    @Test
    void showsPagesAndReviewsOnATerminal() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (ScrapeProgressBar bar = ScrapeProgressBar.on(new PrintStream(captured, true, "UTF-8"), 100)) {
            for (int page = 1; page <= 5; page++) {
                bar.pageDone("https://x/" + page, page, page * 15L);
                Thread.sleep(120);
            }
        }
        String shown = captured.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("/100 pages"), shown);
        assertTrue(shown.contains("reviews"), shown);
        assertTrue(shown.contains("pages/s"), shown);
    }

    @Test
    void showsNothingWithoutATerminal() {
        try (ScrapeProgressBar bar = ScrapeProgressBar.on(null, 100)) {
            bar.pageDone("https://x/1", 1, 15);
        }
    }
}
