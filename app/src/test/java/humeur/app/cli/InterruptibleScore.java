package humeur.app.cli;

import humeur.app.score.WordListScorer;
import humeur.classifier.SentimentScore;
import humeur.classifier.SentimentScorer;
import picocli.CommandLine;

import java.util.List;

/**
 * Run in a separate JVM by {@link ScoreInterruptTest} and {@link AnalyzeInterruptTest}: {@code humeur} with a slow
 * fixture model (a pause per batch), printing "scoring" on stdout once the first batch is scored, so the test knows
 * when to interrupt.
 */
public final class InterruptibleScore {
    private InterruptibleScore() {
    }

    /** Arguments: those of {@code humeur}, e.g. {@code score FILE}. */
    public static void main(String[] args) {
        WordListScorer words = new WordListScorer("slow");
        SentimentScorer slow = new SentimentScorer() {
            private boolean told;

            @Override
            public String identity() {
                return words.identity();
            }

            @Override
            public String name() {
                return words.name();
            }

            @Override
            public synchronized List<SentimentScore> score(List<String> texts) {
                if (!told) {
                    told = true;
                    System.out.println("scoring");
                    System.out.flush();
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return words.score(texts);
            }

            @Override
            public SentimentScore scoreConversation(List<String> messages) {
                return words.scoreConversation(messages);
            }
        };
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ModelOption.class ? type.cast(new ModelOption(dir -> slow))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        System.exit(Humeur.withErrorHandling(new CommandLine(new Humeur(), factory)).execute(args));
    }
}
