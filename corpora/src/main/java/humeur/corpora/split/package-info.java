/**
 * Deterministic train/validation splits: a {@link humeur.corpora.split.Splitter} sends each document to a side by a
 * seeded hash of its name, so the split depends on neither reading order nor the rest of the corpus, and
 * {@link humeur.corpora.split.Splits} drops from training the exact repeats of validation texts.
 */
package humeur.corpora.split;
