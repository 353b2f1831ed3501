package humeur.ingest.messenger;

import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import humeur.ingest.Reaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MessageClassifierTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    // 2023-07-14T10:00:00Z, noon in Paris (summer time)
    private static final long NOON = 1_689_328_800_000L;

    private static RawMessage raw(String sender, String content, String type, boolean unsent, List<String> media,
                                  String link) {
        return new RawMessage(NOON, sender, content, type, unsent, media, link, List.of(new Reaction("Bob", "❤")));
    }

    private static Message classify(RawMessage raw) {
        return MessageClassifier.classify(raw, PARIS, 7);
    }

    @Test
    void wordsAreTextInLocalTime() {
        Message m = classify(raw("Alice", "ça va ?", "Generic", false, List.of(), null));
        assertEquals(MessageKind.TEXT, m.kind());
        assertEquals("Alice", m.author());
        assertEquals("ça va ?", m.words());
        assertEquals(LocalDateTime.of(2023, 7, 14, 12, 0), m.timestamp());
        assertEquals(List.of(new Reaction("Bob", "❤")), m.reactions());
        assertEquals(7, m.line());
    }

    @Test
    void mediaIsNamedByItsFileAndKeepsItsCaption() {
        Message m = classify(raw("Alice", "regarde 😍", null, false,
                List.of("messages/inbox/alice_12/photos/123_456_n_789.jpg", "messages/inbox/alice_12/photos/2.jpg"), null));
        assertEquals(MessageKind.MEDIA, m.kind());
        assertEquals("123_456_n_789.jpg", m.media());
        assertEquals("regarde 😍", m.caption());
    }

    @Test
    void anAttachmentNoticeIsNoCaption() {
        Message m = classify(raw("Alice", "Alice a envoyé une pièce jointe.", null, false,
                List.of("messages/inbox/alice_12/files/devis.pdf"), null));
        assertEquals(MessageKind.MEDIA, m.kind());
        assertEquals("devis.pdf", m.media());
        assertNull(m.caption());
        assertNull(m.words());
    }

    @Test
    void aMediaWithoutContentIsTextedByItsFileName() {
        Message m = classify(raw("Alice", null, null, false, List.of("messages/stickers_used/369239263222822.png"), null));
        assertEquals(MessageKind.MEDIA, m.kind());
        assertEquals("369239263222822.png", m.text());
        assertNull(m.caption());
    }

    @Test
    void anAttachmentNoticeWithoutFileIsAnEvent() {
        Message m = classify(raw("Alice", "Alice sent an attachment.", null, false, List.of(), null));
        assertEquals(MessageKind.EVENT, m.kind());
        assertNull(m.author());
        assertEquals("Alice sent an attachment.", m.text());
    }

    @Test
    void sharesAreTextWithTheirLink() {
        assertEquals("à lire https://lemonde.fr/a", classify(raw("A", "à lire https://lemonde.fr/a", "Share", false,
                List.of(), "https://lemonde.fr/a")).text());
        assertEquals("à lire\nhttps://lemonde.fr/a",
                classify(raw("A", "à lire", "Share", false, List.of(), "https://lemonde.fr/a")).text());
        Message bare = classify(raw("A", null, "Share", false, List.of(), "https://lemonde.fr/a"));
        assertEquals(MessageKind.TEXT, bare.kind());
        assertEquals("https://lemonde.fr/a", bare.text());
        assertEquals("https://lemonde.fr/a",
                classify(raw("A", "A sent a link.", "Share", false, List.of(), "https://lemonde.fr/a")).text());
    }

    @Test
    void unsentIsDeleted() {
        Message m = classify(raw("Alice", null, "Generic", true, List.of(), null));
        assertEquals(MessageKind.DELETED, m.kind());
        assertEquals("Alice", m.author());
        assertEquals("", m.text());
    }

    @Test
    void callsAndMembershipTypesAreEventsWithoutAuthor() {
        for (String type : new String[]{"Call", "Subscribe", "Unsubscribe"}) {
            Message m = classify(raw("Alice", "Alice a appelé le groupe.", type, false, List.of(), null));
            assertEquals(MessageKind.EVENT, m.kind(), type);
            assertNull(m.author(), type);
            assertEquals("Alice a appelé le groupe.", m.text(), type);
        }
    }

    @Test
    void pseudoMessagesAreEventsWithoutAuthor() {
        Message m = classify(raw("Alice", "A réagi 😂 à votre message", null, false, List.of(), null));
        assertEquals(MessageKind.EVENT, m.kind());
        assertNull(m.author());
        assertEquals("A réagi 😂 à votre message", m.text());
    }

    @Test
    void locationsAreLocations() {
        Message m = classify(raw("Alice", "Alice a envoyé une position.", null, false, List.of(),
                "https://maps.google.com/?q=48.85,2.35"));
        assertEquals(MessageKind.LOCATION, m.kind());
        assertEquals("Alice", m.author());
        assertEquals("Alice a envoyé une position.\nhttps://maps.google.com/?q=48.85,2.35", m.text());
    }

    @Test
    void wordsWithoutSenderWereWrittenByMessenger() {
        Message m = classify(raw(null, "Les messages sont désormais chiffrés.", null, false, List.of(), null));
        assertEquals(MessageKind.EVENT, m.kind());
        assertNull(m.author());
    }

    @Test
    void nothingAtAllIsNoMessage() {
        assertNull(classify(raw("Alice", null, "Generic", false, List.of(), null)));
        assertNull(classify(raw("Alice", "", null, false, List.of(), null)));
        assertNull(classify(raw("Alice", null, "Call", false, List.of(), null)));
    }

    @Test
    void fileNamesAreTheLastPathSegment() {
        assertEquals("a.mp4", MessageClassifier.fileName("messages/inbox/x_1/videos/a.mp4"));
        assertEquals("a.jpg", MessageClassifier.fileName("https://scontent.xx.fbcdn.net/v/a.jpg?stp=dst&oh=1"));
        assertEquals("b.opus", MessageClassifier.fileName("media\\b.opus"));
        assertEquals("c.png", MessageClassifier.fileName("c.png"));
    }
}
