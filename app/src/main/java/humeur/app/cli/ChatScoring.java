package humeur.app.cli;

import humeur.app.store.ScoreStore;
import humeur.app.store.StoredChat;
import humeur.app.store.StoredModel;
import humeur.classifier.SentimentScorer;

import java.io.PrintStream;

/**
 * Scores one stored chat for {@code import --score} and {@code rescore}: its messages lacking a score from the
 * model, then its sessions that those changed, with a progress bar.
 */
final class ChatScoring {
    /** Messages scored per batch, and per transaction. */
    static final int BATCH_SIZE = 256;

    /** What scoring a chat did. */
    record Result(long messages, long sessions) {
    }

    private final ScoreStore scores;
    private final StoredModel model;
    private final SentimentScorer scorer;
    private final int gapMinutes;
    private final PrintStream terminal;

    ChatScoring(ScoreStore scores, StoredModel model, SentimentScorer scorer, int gapMinutes, PrintStream terminal) {
        this.scores = scores;
        this.model = model;
        this.scorer = scorer;
        this.gapMinutes = gapMinutes;
        this.terminal = terminal;
    }

    /** Scores what the chat lacks; throws {@code ImportCancelledException} on Ctrl-C, keeping the batches before. */
    Result score(StoredChat chat) {
        long unscored = scores.unscored(chat, model);
        try (ScoringBar bar = ScoringBar.start(terminal, chat.name(), unscored)) {
            long messages = scores.scoreMessages(chat, model, scorer, BATCH_SIZE, bar);
            long sessions = scores.scoreSessions(chat, model, scorer, gapMinutes, bar);
            return new Result(messages, sessions);
        }
    }

    /** "12 messages and 3 sessions scored", for the summaries. */
    static String describe(Result r) {
        return ImportSummary.count(r.messages()) + (r.messages() == 1 ? " message" : " messages") + " and "
                + ImportSummary.count(r.sessions()) + (r.sessions() == 1 ? " session" : " sessions") + " scored";
    }
}
