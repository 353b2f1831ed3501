package humeur.ingest.whatsapp;

import humeur.ingest.DateOrder;
import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import humeur.ingest.ReadOptions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random conversations rendered in each supported WhatsApp layout parse back to the same messages. The words never
 * form a whole timestamp at the start of a line: such a continuation line is ambiguous in the format itself.
 */
class RoundTripProperties {

    /** A way WhatsApp writes headers: the timestamp pattern, the line shape, and the date order it needs. */
    enum Layout {
        ANDROID_FR("dd/MM/yyyy 'à' HH:mm", "%s - ", DateOrder.DAY_FIRST, false, "\n"),
        ANDROID_US("M/d/yy, h:mm\u202Fa", "%s - ", DateOrder.MONTH_FIRST, false, "\n"),
        ANDROID_ES("d/M/yyyy h:mm a", "%s - ", DateOrder.DAY_FIRST, false, "\n"),
        ANDROID_DE("dd.MM.yy, HH:mm", "%s - ", DateOrder.DAY_FIRST, false, "\r\n"),
        ANDROID_FI("d.M.yyyy 'klo' HH.mm.ss", "%s - ", DateOrder.DAY_FIRST, true, "\n"),
        ANDROID_TRAILING_DOT("yyyy/MM/dd, HH:mm.", "%s - ", DateOrder.AUTO, false, "\n"),
        ANDROID_EN_DASH("dd/MM/yyyy HH:mm", "%s \u2013 ", DateOrder.DAY_FIRST, false, "\r"),
        IOS_FR("dd/MM/yyyy HH:mm:ss", "[%s] ", DateOrder.DAY_FIRST, true, "\r\n"),
        IOS_US("M/d/yy HH:mm:ss", "[%s] ", DateOrder.MONTH_FIRST, true, "\r\n"),
        IOS_YEAR_FIRST("yyyy-MM-dd, h:mm:ss a", "[%s] ", DateOrder.AUTO, true, "\n");

        final DateTimeFormatter format;
        final String shape;
        final DateOrder order;
        final boolean seconds;
        final String newline;

        Layout(String pattern, String shape, DateOrder order, boolean seconds, String newline) {
            this.format = DateTimeFormatter.ofPattern(pattern, Locale.US);
            this.shape = shape;
            this.order = order;
            this.seconds = seconds;
            this.newline = newline;
        }

        String header(LocalDateTime time) {
            String stamp = time.format(format);
            if (this == ANDROID_ES) {
                stamp = stamp.replace("AM", "a.\u00A0m.").replace("PM", "p.\u00A0m.");
            }
            return String.format(shape, stamp);
        }

        boolean ios() {
            return name().startsWith("IOS");
        }
    }

    record Written(String author, String text) {
    }

    @Property(tries = 300)
    void conversationsReadBackUnchanged(@ForAll Layout layout, @ForAll("conversations") @Size(min = 1, max = 30) List<Written> written,
                                        @ForAll("starts") LocalDateTime start) throws Exception {
        List<Message> expected = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        LocalDateTime time = layout.seconds ? start : start.truncatedTo(ChronoUnit.MINUTES);
        for (Written w : written) {
            time = time.plusSeconds(layout.seconds ? 37 : 60 * 47);
            String author = layout.ios() && w.author() == null ? "Natan" : w.author();
            String text = w.author() == null && !layout.ios() ? "Natan a ajouté Léa" : w.text();
            file.append(layout.header(time)).append(author == null ? "" : author + ": ")
                    .append(text.replace("\n", layout.newline)).append(layout.newline);
            expected.add(author == null
                    ? new Message(time, null, text, MessageKind.EVENT, null, null, false, false, List.of(), 0)
                    : Message.text(time, author, text));
        }
        Path dir = Files.createTempDirectory("roundtrip");
        try {
            Path path = dir.resolve("WhatsApp Chat with Natan.txt");
            Files.writeString(path, file, StandardCharsets.UTF_8);
            List<Message> read = ChatFiles.read(path, ReadOptions.defaults().withDateOrder(layout.order)).messages();
            assertEquals(expected.size(), read.size(), file::toString);
            for (int i = 0; i < expected.size(); i++) {
                Message e = expected.get(i), r = read.get(i);
                assertEquals(e.timestamp(), r.timestamp(), file::toString);
                assertEquals(e.author(), r.author());
                assertEquals(e.text(), r.text());
                assertEquals(e.kind(), r.kind());
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return Arbitraries.longs().between(0, 20L * 365 * 24 * 3600)
                .map(s -> LocalDateTime.of(2009, 1, 1, 0, 0).plusSeconds(s));
    }

    @Provide
    Arbitrary<List<Written>> conversations() {
        Arbitrary<String> author = Arbitraries.of("Natan", "Léa Martin", "Jean-Baptiste", "+33 6 12 34 56 78", "Maman ❤️", "Dr. Who", "Zoë-Ève");
        Arbitrary<String> word = Arbitraries.of("salut", "ça", "va", "très", "bien", "mdr", "j'suis", "là", "😊", "👍🏽", "👨‍👩‍👧",
                "!!!", "?!", ":)", "<3", "c'est", "Génial", "NON", "éèêëàâîïôöùûüç", "Time:", "a-b", "«ok»", "v1.2", "10:30", "-", "12/05");
        Arbitrary<String> line = word.list().ofMinSize(1).ofMaxSize(12).map(ws -> String.join(" ", ws));
        Arbitrary<String> text = line.list().ofMinSize(1).ofMaxSize(4).map(ls -> String.join("\n", ls));
        Arbitrary<Written> message = Combinators.combine(author.injectNull(0.1), text).as(Written::new);
        return message.list();
    }
}
