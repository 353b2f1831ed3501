package humeur.app.bench;

import humeur.app.score.BatchScorer;
import humeur.app.score.InputWarnings;
import humeur.app.score.OutputFormat;
import humeur.app.score.ScoreOutput;
import humeur.app.score.TextInput;
import humeur.app.score.TextInputs;
import humeur.app.store.ChatStore;
import humeur.app.store.ImportProgress;
import humeur.app.store.ListedChat;
import humeur.app.store.ScoreStore;
import humeur.app.store.ScoringProgress;
import humeur.app.store.SourceFile;
import humeur.app.store.StoredChat;
import humeur.app.store.StoredModel;
import humeur.classifier.SentimentScore;
import humeur.classifier.SentimentScorer;
import humeur.ingest.Message;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Throughput of the scoring plumbing alone, the model replaced by a scorer that answers at once: {@code humeur
 * score}'s read–batch–write pipeline over a generated text file (JSON Lines out), then {@code rescore}'s database
 * path (read unscored messages, write their scores, cut and store sessions). The real model's speed is measured
 * separately; this shows how little of it the plumbing takes. {@code ScoreBenchmark [TEXTS] [ROUNDS]}, e.g.
 * {@code java -Xmx256m -cp app/target/test-classes:ingest/target/test-classes:app/target/humeur.jar
 * humeur.app.bench.ScoreBenchmark 1000000 3} after {@code mvn -o -DskipTests package -pl app -am}.
 */
public final class ScoreBenchmark {
    private ScoreBenchmark() {
    }

    /** Answers at once with the same score: the model's cost left out. */
    private static final SentimentScorer INSTANT = new SentimentScorer() {
        private final SentimentScore score = new SentimentScore(0.2f, 0.3f, 0.5f);

        @Override
        public String identity() {
            return "instant-bench";
        }

        @Override
        public String name() {
            return "instant";
        }

        @Override
        public List<SentimentScore> score(List<String> texts) {
            return Collections.nCopies(texts.size(), score);
        }

        @Override
        public SentimentScore scoreConversation(List<String> messages) {
            return score;
        }
    };

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("humeur-score-bench");
        Path input = dir.resolve("texts.txt");
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                w.write("Salut, c'est le message numéro " + i + " : trop bien ce resto 😍 on y retourne quand ?\n");
            }
        }
        System.out.printf("%,d texts, %.1f MB, heap max %d MB%n", count, Files.size(input) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
        for (int round = 1; round <= rounds; round++) {
            scoreFile(input, dir.resolve("scored.jsonl"));
            scoreDatabase(dir, Math.min(count, 200_000));
        }
    }

    private static void scoreFile(Path input, Path output) throws Exception {
        long start = System.nanoTime();
        long scored;
        InputWarnings warnings = new InputWarnings(new PrintWriter(System.err, true));
        try (TextInput in = new TextInputs("text", warnings).open(input, null);
             Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
             ScoreOutput records = OutputFormat.jsonl.writingTo(out);
             BatchScorer scorer = new BatchScorer(INSTANT, BatchScorer.DEFAULT_BATCH_SIZE)) {
            scored = scorer.run(in, records, (n, bytes) -> { });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("score file  %,d texts in %.2f s: %,.0f texts/s, %.0f MB/s in%n", scored, seconds,
                scored / seconds, Files.size(input) / 1e6 / seconds);
    }

    private static void scoreDatabase(Path dir, int count) throws Exception {
        Path db = dir.resolve("bench.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        List<Message> messages = new ArrayList<>(count);
        LocalDateTime time = LocalDateTime.of(2024, 1, 1, 8, 0);
        for (int i = 0; i < count; i++) {
            // A session every 20 messages: two hours of silence after each run of 20.
            time = time.plusMinutes(i % 20 == 0 ? 120 : 1);
            messages.add(Message.text(time, i % 2 == 0 ? "Natan" : "Léa", "message " + i + " trop bien"));
        }
        Path export = Files.writeString(dir.resolve("export.txt"), "x");
        try (ChatStore store = ChatStore.open(db)) {
            store.importChat(ListedChat.whatsapp("Natan", messages), SourceFile.describe(export), "Natan",
                    ImportProgress.NONE);
            ScoreStore scores = new ScoreStore(store);
            StoredModel model = scores.useModel(INSTANT);
            StoredChat chat = scores.chats(null).get(0);
            long start = System.nanoTime();
            long scored = scores.scoreMessages(chat, model, INSTANT, 256, ScoringProgress.NONE);
            double messageSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            int sessions = scores.scoreSessions(chat, model, INSTANT, 60, ScoringProgress.NONE);
            double sessionSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            scores.scoreMessages(chat, model, INSTANT, 256, ScoringProgress.NONE);
            scores.scoreSessions(chat, model, INSTANT, 60, ScoringProgress.NONE);
            double nothingSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("rescore db  %,d messages in %.2f s: %,.0f messages/s; %,d sessions in %.2f s; "
                    + "rerun with nothing new %.2f s%n", scored, messageSeconds, scored / messageSeconds, sessions,
                    sessionSeconds, nothingSeconds);
        }
    }
}
