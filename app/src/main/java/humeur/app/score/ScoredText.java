package humeur.app.score;

import humeur.classifier.SentimentScore;

/** A text with the score the model gave it. */
public record ScoredText(TextRecord input, SentimentScore score) {
}
