package humeur.corpora.labelled;

/** The feeling a text expresses, from negative to positive. */
public enum Sentiment {
    NEGATIVE, NEUTRAL, POSITIVE
}
