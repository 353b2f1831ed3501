/**
 * Labelled sentiment sets: CSV {@code text,label} (AlloCiné, and the review scraper's labelled output), TSV
 * {@code label<TAB>text} (TV-series reviews) and line-aligned text and label files (DEFT 2017), all read into
 * {@link humeur.corpora.labelled.LabelledText} records under a {@link humeur.corpora.labelled.LabelScheme}.
 * These sets are small and curated, so a bad row is an error naming the file and line, never a silent skip.
 */
package humeur.corpora.labelled;
