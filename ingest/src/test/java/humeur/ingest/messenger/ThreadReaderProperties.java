package humeur.ingest.messenger;

import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import humeur.ingest.ReadOptions;
import humeur.ingest.Reaction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static humeur.ingest.messenger.FacebookJson.fb;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whatever the messages, a thread written as Facebook writes it reads back as the same messages in time order. */
class ThreadReaderProperties {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    // 2023-10-29T00:30:00Z: the last night of summer time in Paris, so that some local times repeat
    private static final long BASE = 1_698_539_400_000L;
    private static final List<String> AUTHORS = List.of("Amélie Durand", "Noé Martin", "Zoé", "Facebook user",
            "Élodie 🌸", "François-Xavier O’Neil", "李雷");

    record Sent(String author, long millis, String text, List<Reaction> reactions) {
    }

    @Property(tries = 200)
    void readsBackWhatWasWritten(@ForAll("threads") @Size(min = 1, max = 40) List<Sent> sent,
                                 @ForAll @IntRange(min = 1, max = 7) int partSize) throws IOException {
        List<Sent> expected = new ArrayList<>(sent);
        expected.sort(Comparator.comparingLong(Sent::millis)); // stable: the order of equal times is the thread's
        Path folder = Files.createTempDirectory("messenger-property");
        try {
            writeNewestFirst(folder, expected, partSize);
            List<Message> read = Chats.readAll(MessengerExport.inFolder(folder, ReadOptions.defaults().withZone(PARIS)).get(0));
            assertEquals(expected.stream().map(ThreadReaderProperties::asRead).toList(),
                    read.stream().map(ThreadReaderProperties::withoutLine).toList());
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Message asRead(Sent s) {
        return new Message(LocalDateTime.ofInstant(Instant.ofEpochMilli(s.millis()), PARIS), s.author(), s.text(),
                MessageKind.TEXT, null, null, false, false, s.reactions(), 0);
    }

    // the position in its part, which the test does not predict
    private static Message withoutLine(Message m) {
        return new Message(m.timestamp(), m.author(), m.text(), m.kind(), m.media(), m.caption(), m.edited(),
                m.outsideContacts(), m.reactions(), 0);
    }

    private static void writeNewestFirst(Path folder, List<Sent> oldestFirst, int partSize) throws IOException {
        List<Sent> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        for (int start = 0, part = 1; start < newestFirst.size(); start += partSize, part++) {
            List<String> json = newestFirst.subList(start, Math.min(start + partSize, newestFirst.size())).stream()
                    .map(ThreadReaderProperties::json).toList();
            FacebookJson.write(folder, "message_" + part + ".json", FacebookJson.thread("Fil", AUTHORS, json));
        }
    }

    private static String json(Sent s) {
        String reactions = s.reactions().stream()
                .map(r -> "{\"reaction\": " + fb(r.reaction()) + ", \"actor\": " + fb(r.actor()) + "}")
                .collect(Collectors.joining(", "));
        return FacebookJson.message(s.author(), s.millis(), "\"content\": " + fb(s.text())
                + (s.reactions().isEmpty() ? "" : ", \"reactions\": [" + reactions + "]"));
    }

    @Provide
    Arbitrary<List<Sent>> threads() {
        Arbitrary<String> author = Arbitraries.of(AUTHORS);
        // many messages of one instant, and times spread over hours across the change of time
        Arbitrary<Long> millis = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(BASE, BASE + 3)),
                Tuple.of(3, Arbitraries.longs().between(BASE, BASE + 4 * 3_600_000L)));
        Arbitrary<Reaction> reaction = Combinators.combine(author, Arbitraries.of("❤", "😂", "👍🏽", "😮", "ça"))
                .as(Reaction::new);
        return Combinators.combine(author, millis, words(), reaction.list().ofMaxSize(2)).as(Sent::new).list();
    }

    private static Arbitrary<String> words() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 ").ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("é", "è", "ê", "à", "ç", "ù", "ô", "œ", "É", "À", "Ç", "«", "»", "’", "…", " ", "\n", "\"",
                        "\\", "/", "\t", "😂", "😍", "👍🏽", "❤️", "🇫🇷", "🎉", "ß", "ñ", "€", "中文", "\u00a0"),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3)
                        .filter(s -> s.codePoints().allMatch(Character::isDefined) && !hasLoneSurrogate(s)));
        return pieces.list().ofMinSize(1).ofMaxSize(12).map(p -> String.join("", p))
                .filter(t -> PseudoMessages.kindOf(t) == null);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i)))) {
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
