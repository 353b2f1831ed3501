package humeur.ingest.reviews;

import humeur.ingest.SkippedInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a review file (JSON Lines, as the scraper writes it) into a labelled set for the classifier: CSV with the
 * header {@code text,label}, the text quoted and on one line, the label a class number (see {@link LabelScheme}).
 * Reviews appearing twice (two crawls concatenated) are written once; lines that are not reviews are skipped and
 * reported with their line number.
 */
public final class ReviewLabels {
    /** Skipped lines kept for the report; beyond, only counted. */
    static final int SKIPPED_KEPT = 100;

    private ReviewLabels() {
    }

    /**
     * Labels the reviews of {@code reviews} and writes them to {@code csv}, which it leaves open.
     *
     * @throws ReviewsException naming the file when it cannot be read as text
     */
    public static LabelReport write(Path reviews, LabelScheme scheme, Writer csv) throws IOException {
        long[] perClass = new long[scheme.classes()];
        long dropped = 0;
        long duplicates = 0;
        List<SkippedInput> skipped = new ArrayList<>();
        long skippedCount = 0;
        Set<String> seen = new HashSet<>();
        int[] lengths = new int[1024];
        int written = 0;
        csv.write("text,label\n");
        try (BufferedReader lines = Files.newBufferedReader(reviews, StandardCharsets.UTF_8)) {
            long n = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Review r;
                try {
                    r = ReviewJson.parse(line);
                } catch (IllegalArgumentException e) {
                    if (skipped.size() < SKIPPED_KEPT) {
                        skipped.add(new SkippedInput("line " + n, shortened(line), e.getMessage()));
                    }
                    skippedCount++;
                    continue;
                }
                // Reviews without an id (written by other tools) cannot be told apart: each is its own.
                if (!r.reviewId().isEmpty() && !seen.add(r.key())) {
                    duplicates++;
                    continue;
                }
                int label = scheme.label(r.ratingOutOf5());
                if (label == LabelScheme.DROPPED) {
                    dropped++;
                    continue;
                }
                String text = oneLine(r.text());
                csv.write(quoted(text));
                csv.write(',');
                csv.write(Integer.toString(label));
                csv.write('\n');
                perClass[label]++;
                if (written == lengths.length) {
                    lengths = Arrays.copyOf(lengths, written * 2);
                }
                lengths[written++] = text.codePointCount(0, text.length());
            }
        } catch (NoSuchFileException e) {
            throw new ReviewsException(reviews + ": no such file");
        } catch (CharacterCodingException e) {
            throw new ReviewsException(reviews + ": not a review file (not UTF-8 text)");
        }
        csv.flush();
        return new LabelReport(scheme, Arrays.stream(perClass).boxed().toList(), dropped, duplicates,
                written == 0 ? null : LabelReport.LengthSpread.of(Arrays.copyOf(lengths, written)),
                List.copyOf(skipped), skippedCount);
    }

    /** The text on one line: the labelled sets have one review per line, paragraphs joined by a space. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** A CSV field, always quoted, quotes doubled (RFC 4180). */
    static String quoted(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String shortened(String line) {
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
