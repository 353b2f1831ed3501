package humeur.corpora.split;

/** The side of a split a document falls on. */
public enum Split {
    TRAIN, VALIDATION
}
