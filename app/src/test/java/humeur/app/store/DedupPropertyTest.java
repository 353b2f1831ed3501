package humeur.app.store;

import humeur.ingest.Message;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whatever the chat, with as many identical messages as chance gives (few authors, few words, few minutes), the
 * messages stored are those of the longest export, however the exports overlap and in whatever order they come.
 */
class DedupPropertyTest {

    @Provide
    Arbitrary<List<Message>> chats() {
        Arbitrary<Message> message = Arbitraries.integers().between(0, 5).flatMap(minute ->
                Arbitraries.of("Natan", "Léa").flatMap(author ->
                        Arbitraries.of("ok", "mdr", "oui").map(text ->
                                Message.text(LocalDateTime.of(2024, 1, 1, 12, minute), author, text))));
        // Exports are in time order; identical messages then come together.
        return message.list().ofMaxSize(60).map(list -> {
            List<Message> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(Message::timestamp));
            return sorted;
        });
    }

    @Property(tries = 60)
    void anEarlierExportThenALaterOneStoreTheLaterOne(@ForAll("chats") List<Message> chat,
                                                     @ForAll @IntRange(max = 60) int cut) throws Exception {
        List<Message> earlier = chat.subList(0, Math.min(cut, chat.size()));
        assertEquals(chat.size(), stored(List.of(earlier, chat, earlier)));
    }

    @Property(tries = 60)
    void theSameExportTwiceStoresItOnce(@ForAll("chats") List<Message> chat) throws Exception {
        assertEquals(chat.size(), stored(List.of(chat, chat)));
    }

    private static long stored(List<List<Message>> exports) throws Exception {
        Path dir = Files.createTempDirectory("humeur-dedup");
        Path db = dir.resolve("humeur.db");
        try {
            try (ChatStore store = ChatStore.open(db)) {
                for (List<Message> export : exports) {
                    store.importChat(ListedChat.whatsapp("Natan", export), new SourceFile(dir, null, null), "Natan",
                            ImportProgress.NONE);
                }
            }
            return Sql.number(db, "SELECT count(*) FROM messages");
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
