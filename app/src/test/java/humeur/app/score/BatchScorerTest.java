package humeur.app.score;

import humeur.classifier.SentimentScore;
import humeur.classifier.SentimentScorer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchScorerTest {

    /** An input of {@code count} texts "t1", "t2"…, failing instead of giving text number {@code failAt}. */
    private static TextInput texts(int count, int failAt) {
        return new TextInput() {
            private int next = 1;

            @Override
            public TextRecord next() throws IOException {
                if (next == failAt) {
                    throw new IOException("in.txt: line " + next + ": unreadable");
                }
                return next <= count ? new TextRecord("in.txt", next, "t" + next++) : null;
            }

            @Override
            public long bytesRead() {
                return next;
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<String> linesOf(StringWriter out) {
        return out.toString().isEmpty() ? List.of() : List.of(out.toString().split("\n"));
    }

    @Test
    void everyTextIsWrittenInOrderBatchByBatch() throws IOException {
        WordListScorer model = new WordListScorer("v1");
        StringWriter out = new StringWriter();
        List<Long> progress = new ArrayList<>();
        try (BatchScorer scorer = new BatchScorer(model, 4); ScoreOutput csv = OutputFormat.csv.writingTo(out)) {
            assertEquals(10, scorer.run(texts(10, -1), csv, (n, bytes) -> progress.add((long) n)));
        }
        List<String> lines = linesOf(out);
        assertEquals(11, lines.size());
        for (int i = 1; i <= 10; i++) {
            assertTrue(lines.get(i).startsWith("in.txt," + i + ",t" + i + ","), lines.get(i));
        }
        assertEquals(List.of(4, 4, 2), model.batches());
        assertEquals(List.of(4L, 4L, 2L), progress);
    }

    @Test
    void stopEndsTheRunAfterTheBatchBeingScoredWithWholeRecords() throws IOException {
        StringWriter out = new StringWriter();
        List<BatchScorer> self = new ArrayList<>();
        SentimentScorer stopping = new SentimentScorer() {
            private final WordListScorer words = new WordListScorer("v1");
            private int batches;

            @Override
            public String identity() {
                return words.identity();
            }

            @Override
            public String name() {
                return words.name();
            }

            @Override
            public List<SentimentScore> score(List<String> texts) {
                if (++batches == 2) {
                    self.get(0).stop(); // Ctrl-C while the model scores the second batch
                }
                return words.score(texts);
            }

            @Override
            public SentimentScore scoreConversation(List<String> messages) {
                return words.scoreConversation(messages);
            }
        };
        try (BatchScorer scorer = new BatchScorer(stopping, 3); ScoreOutput jsonl = OutputFormat.jsonl.writingTo(out)) {
            self.add(scorer);
            long written = scorer.run(texts(100, -1), jsonl, (n, bytes) -> { });
            assertTrue(scorer.isStopped());
            assertTrue(written >= 6 && written <= 9, "written: " + written);
            assertEquals(written, linesOf(out).size());
        }
        assertTrue(out.toString().endsWith("}\n"), out.toString());
    }

    @Test
    void anUnreadableLineStopsTheInputAfterEveryTextBeforeItIsWritten() throws IOException {
        StringWriter out = new StringWriter();
        try (BatchScorer scorer = new BatchScorer(new WordListScorer("v1"), 4);
             ScoreOutput jsonl = OutputFormat.jsonl.writingTo(out)) {
            IOException e = assertThrows(IOException.class, () -> scorer.run(texts(100, 11), jsonl, (n, b) -> { }));
            assertEquals("in.txt: line 11: unreadable", e.getMessage());
        }
        assertEquals(10, linesOf(out).size());
    }

    @Test
    void aModelGivingTheWrongNumberOfScoresIsABug() {
        SentimentScorer broken = new SentimentScorer() {
            @Override
            public String identity() {
                return "broken";
            }

            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<SentimentScore> score(List<String> texts) {
                return List.of();
            }

            @Override
            public SentimentScore scoreConversation(List<String> messages) {
                return null;
            }
        };
        try (BatchScorer scorer = new BatchScorer(broken, 4)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> scorer.run(texts(3, -1), OutputFormat.jsonl.writingTo(new StringWriter()), (n, b) -> { }));
            assertEquals("the model broken gave 0 scores for 3 texts", e.getMessage());
        }
    }
}
