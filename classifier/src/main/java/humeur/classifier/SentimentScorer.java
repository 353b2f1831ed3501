package humeur.classifier;

import java.util.List;

/**
 * Scores French texts for sentiment. Implementations are safe to share across threads.
 */
public interface SentimentScorer {

    /** What changes when the model changes (its name plus a SHA-256 of its files): stored beside every score. */
    String identity();

    /** The model's name and version, for people. */
    String name();

    /** Scores texts, returning one score per text in the order given; empty or blank texts are scored too. */
    List<SentimentScore> score(List<String> texts);

    /** Scores a conversation as one document: its messages read in order through the encoder. */
    SentimentScore scoreConversation(List<String> messages);

    /** Scores conversations as {@link #scoreConversation} does, one score per conversation in the order given. */
    default List<SentimentScore> scoreConversations(List<List<String>> conversations) {
        return conversations.stream().map(this::scoreConversation).toList();
    }
}
