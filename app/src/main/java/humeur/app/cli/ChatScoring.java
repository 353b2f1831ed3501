package humeur.app.cli;

import humeur.app.store.ScoreStore;
import humeur.app.store.StoredChat;
import humeur.app.store.StoredModel;
import humeur.classifier.SentimentScorer;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * Scores stored chats for {@code import --score}, {@code rescore} and {@code analyze}: each chat's messages lacking
 * a score from the model, then its sessions that those changed, with a progress bar.
 */
final class ChatScoring {
    /**
     * Messages scored per batch, and per transaction: the model sorts each batch by length, so a larger one pads less
     * (with the model's 128-document batches, 1.3x faster than 256 and 64; BENCHMARKS.md) and still shows progress
     * every second or so.
     */
    static final int BATCH_SIZE = 1_024;

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

    /**
     * Scores each chat, printing a line to {@code out} for each that had something to score; the totals. Throws
     * {@code ImportCancelledException} on Ctrl-C, keeping the batches before.
     */
    Result scoreAll(List<StoredChat> chats, PrintWriter out) {
        long messages = 0;
        long sessions = 0;
        for (StoredChat chat : chats) {
            Result r = score(chat);
            messages += r.messages();
            sessions += r.sessions();
            if (r.messages() > 0 || r.sessions() > 0) {
                out.println("  " + chat.name() + " (" + chat.platform() + "): " + describe(r));
                out.flush();
            }
        }
        return new Result(messages, sessions);
    }

    /** "Model M: 12 messages lack its score (3 of them with only an older model's) in 2 chats", before scoring. */
    static String lacking(ScoreStore scores, StoredModel model, List<StoredChat> chats) {
        long unscored = 0;
        long stale = 0;
        for (StoredChat chat : chats) {
            unscored += scores.unscored(chat, model);
            stale += scores.staleOnly(chat, model);
        }
        return "Model " + model.name() + ": " + ImportSummary.count(unscored)
                + (unscored == 1 ? " message lacks" : " messages lack") + " its score"
                + (stale > 0 ? " (" + ImportSummary.count(stale) + " of them with only an older model's)" : "")
                + " in " + ImportSummary.count(chats.size()) + (chats.size() == 1 ? " chat" : " chats");
    }

    /** "12 messages and 3 sessions scored", for the summaries. */
    static String describe(Result r) {
        return ImportSummary.count(r.messages()) + (r.messages() == 1 ? " message" : " messages") + " and "
                + ImportSummary.count(r.sessions()) + (r.sessions() == 1 ? " session" : " sessions") + " scored";
    }
}
