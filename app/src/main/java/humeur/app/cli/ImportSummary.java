package humeur.app.cli;

import humeur.app.store.ChatReading;
import humeur.app.store.ChatTally;
import humeur.ingest.MessageKind;
import humeur.ingest.SkippedInput;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The few lines printed for each chat read by {@code humeur import}: what it is, what it holds, what was new, and
 * every piece of the file that was skipped, so nothing is dropped silently.
 */
final class ImportSummary {
    /** Skipped inputs listed in full; beyond that, a count and how to see them all (a broken file can have thousands). */
    static final int SKIPPED_SHOWN = 50;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final PrintWriter out;

    ImportSummary(PrintWriter out) {
        this.out = out;
    }

    /**
     * Prints the summary of one chat.
     *
     * @param reading what was read
     * @param file    the file given on the command line, for the hint on listing skipped input
     * @param added   messages new to the database, or -1 for a dry run
     */
    void print(ChatReading reading, String file, long added) {
        ChatTally tally = reading.tally();
        out.printf("%s (%s, %s)%n", reading.chat(), reading.format() == null ? reading.platform()
                : reading.format().label(), reading.origin());
        out.printf("  %s%n", messages(tally));
        if (!tally.authors().isEmpty()) {
            out.printf("  authors: %s%n", authors(tally));
        }
        if (tally.first() != null) {
            out.printf("  from %s to %s%n", MINUTE.format(tally.first()), MINUTE.format(tally.last()));
        }
        if (added < 0) {
            out.printf("  dry run: nothing was stored%n");
        } else {
            out.printf("  %s new, %s already there%n", count(added), count(tally.total() - added));
        }
        for (String note : reading.notes()) {
            out.printf("  note: %s%n", note);
        }
        printSkipped(reading, file);
        out.flush();
    }

    private static String messages(ChatTally tally) {
        if (tally.total() == 0) {
            return "no messages";
        }
        StringJoiner kinds = new StringJoiner(", ", " (", ")");
        for (Map.Entry<MessageKind, Long> e : tally.byKind().entrySet()) {
            kinds.add(e.getKey().id() + " " + count(e.getValue()));
        }
        return count(tally.total()) + (tally.total() == 1 ? " message" : " messages") + kinds;
    }

    private static String authors(ChatTally tally) {
        StringJoiner authors = new StringJoiner(", ");
        for (Map.Entry<String, Long> e : tally.authors()) {
            authors.add(e.getKey() + " " + count(e.getValue()));
        }
        return authors.toString();
    }

    private void printSkipped(ChatReading reading, String file) {
        if (reading.skippedCount() == 0) {
            return;
        }
        out.printf("  skipped %s %s (not imported):%n", count(reading.skippedCount()),
                reading.skippedCount() == 1 ? "piece" : "pieces");
        List<SkippedInput> skipped = reading.skipped();
        int shown = Math.min(SKIPPED_SHOWN, skipped.size());
        for (SkippedInput s : skipped.subList(0, shown)) {
            out.printf("    %s: \"%s\" (%s)%n", s.location(), printable(s.content()), s.reason());
        }
        if (skipped.size() > shown) {
            out.printf("    … and %s more: list them all with  humeur import --dry-run --json %s%n",
                    count(skipped.size() - shown), shellQuoted(file));
        }
        if (reading.skippedCount() > skipped.size()) {
            out.printf("    … and %s more that the reader did not keep%n",
                    count(reading.skippedCount() - skipped.size()));
        }
    }

    /** The content on one line: line breaks and other control characters shown as escapes. */
    static String printable(String content) {
        if (content == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(content.length());
        content.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '"' -> s.append("\\\"");
                default -> {
                    if (Character.isISOControl(c)) {
                        s.append(String.format("\\u%04x", c));
                    } else {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }

    /** {@code file} as it can be pasted into a shell. */
    static String shellQuoted(String file) {
        return file.matches("[\\w./~+-]+") ? file : "'" + file.replace("'", "'\\''") + "'";
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String minute(LocalDateTime time) {
        return MINUTE.format(time);
    }
}
