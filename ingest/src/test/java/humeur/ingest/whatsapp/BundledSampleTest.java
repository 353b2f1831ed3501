package humeur.ingest.whatsapp;

import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import humeur.ingest.ReadOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample export shipped in examples/ reads completely, with the counts its README states. */
class BundledSampleTest {
    private static final Path SAMPLE = Path.of("..", "examples", "Discussion WhatsApp avec Les Colocs.txt");

    @Test
    void everyLineOfTheSampleIsUnderstood() throws Exception {
        ChatFiles.Read read = ChatFiles.read(SAMPLE, ReadOptions.defaults());
        List<Message> messages = read.messages();
        assertEquals("Les Colocs", read.chatName());
        assertEquals(0, read.reader().skippedCount(), () -> read.reader().skipped().toString());
        assertEquals(378, messages.size());
        Map<MessageKind, Long> kinds = messages.stream().collect(Collectors.groupingBy(Message::kind, Collectors.counting()));
        assertEquals(Map.of(MessageKind.TEXT, 354L, MessageKind.MEDIA, 11L, MessageKind.DELETED, 2L,
                MessageKind.LOCATION, 1L, MessageKind.EVENT, 10L), kinds);
        Map<String, Long> authors = messages.stream().filter(m -> m.author() != null)
                .collect(Collectors.groupingBy(Message::author, Collectors.counting()));
        assertEquals(Map.of("Jean-Baptiste", 114L, "Inès", 97L, "Camille", 94L, "Théo", 63L), authors);
        assertTrue(messages.stream().filter(m -> "Théo".equals(m.author())).allMatch(Message::outsideContacts));
        assertEquals(1, messages.stream().filter(Message::edited).count());
        assertEquals(LocalDateTime.of(2024, 9, 14, 19, 2), messages.get(0).timestamp());
        assertEquals(LocalDateTime.of(2025, 6, 30, 19, 6), messages.get(messages.size() - 1).timestamp());
        assertEquals(6, messages.stream().filter(m -> m.text().contains("\n") && m.kind() == MessageKind.TEXT).count());
        for (int i = 1; i < messages.size(); i++) {
            assertTrue(!messages.get(i).timestamp().isBefore(messages.get(i - 1).timestamp()), "in time order at " + i);
        }
    }
}
