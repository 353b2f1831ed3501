package humeur.app.bench;

import humeur.ingest.ChatExport;
import humeur.ingest.ChatSource;
import humeur.ingest.Exports;
import humeur.ingest.Message;
import humeur.ingest.MessageReader;
import humeur.ingest.ReadOptions;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The input of the scoring benchmark: the first texts a sentiment model reads from a generated French WhatsApp export
 * ({@code humeur.ingest.bench.SyntheticExport}, seed 42, the file {@code bench/run} makes), read through the real
 * WhatsApp reader: text messages and media captions, the lines of a multi-line message joined by a space, one text a
 * line, as {@code humeur score} reads a .txt file. {@code ScoreMessages EXPORT FILE COUNT}. Not a test.
 */
public final class ScoreMessages {
    private ScoreMessages() {
    }

    public static void main(String[] args) throws Exception {
        Path export = Path.of(args[0]);
        Path file = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        long chars = 0;
        int written = 0;
        {
            try (ChatExport chats = Exports.open(export, ReadOptions.defaults());
                 BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (ChatSource chat : chats.chats()) {
                    try (MessageReader reader = chat.open()) {
                        for (Message m = reader.read(); m != null && written < count; m = reader.read()) {
                            String words = m.words();
                            if (words == null || words.isBlank()) {
                                continue;
                            }
                            String line = words.replaceAll("\\s*\\R\\s*", " ").strip();
                            out.write(line);
                            out.write('\n');
                            chars += line.length();
                            written++;
                        }
                    }
                }
            }
        }
        if (written < count) {
            throw new IllegalStateException("only " + written + " messages generated");
        }
        System.err.printf("%s: %,d messages, %.1f characters a message on average%n", file, written,
                chars / (double) written);
    }
}
