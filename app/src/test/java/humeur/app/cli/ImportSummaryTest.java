package humeur.app.cli;

import humeur.app.store.ChatReading;
import humeur.app.store.ChatTally;
import humeur.ingest.ExportFormat;
import humeur.ingest.SkippedInput;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportSummaryTest {

    private static String print(ChatReading reading, String file) {
        StringWriter out = new StringWriter();
        new ImportSummary(new PrintWriter(out)).print(reading, file, 0);
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void saysHowManySkippedPiecesTheReaderDidNotKeep() {
        List<SkippedInput> kept = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            kept.add(new SkippedInput("messages[" + i + "]", "{}", "no timestamp"));
        }
        ChatReading reading = new ChatReading("Léa", "messenger", "inbox/lea/message_1.json", ExportFormat.MESSENGER,
                new ChatTally(), kept, 1_060, List.of());

        String out = print(reading, "my export.zip");

        assertEquals(String.join("\n",
                "Léa (Messenger (JSON), inbox/lea/message_1.json)",
                "  no messages",
                "  0 new, 0 already there",
                "  skipped 1,060 pieces (not imported):",
                "    messages[1]: \"{}\" (no timestamp)"), out.lines().limit(5).reduce((a, b) -> a + "\n" + b).get());
        assertEquals(String.join("\n",
                "    messages[50]: \"{}\" (no timestamp)",
                "    … and 10 more: list them all with  humeur import --dry-run --json 'my export.zip'",
                "    … and 1,000 more that the reader did not keep",
                ""), out.substring(out.indexOf("    messages[50]")));
    }

    @Test
    void showsContentOnOneLine() {
        assertEquals("a\\nb\\t\\\"c\\\"\\u0007é😀", ImportSummary.printable("a\nb\t\"c\"\u0007é😀"));
        assertEquals("", ImportSummary.printable(null));
    }

    @Test
    void quotesFileNamesForTheShellOnlyWhenNeeded() {
        assertEquals("~/exports/chat-2024.txt", ImportSummary.shellQuoted("~/exports/chat-2024.txt"));
        assertEquals("'WhatsApp Chat with Natan.zip'", ImportSummary.shellQuoted("WhatsApp Chat with Natan.zip"));
        assertEquals("'l'\\''été.txt'", ImportSummary.shellQuoted("l'été.txt"));
    }
}
