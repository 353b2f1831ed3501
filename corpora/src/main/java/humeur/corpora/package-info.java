/**
 * Training corpora: the streaming French Wikipedia reader ({@code wikipedia}), prose ({@code prose}) and labelled
 * sentiment sets ({@code labelled}), and deterministic train/validation splits ({@code split}).
 * The parts shared by every reader live here: {@link humeur.corpora.Lines} reads bounded UTF-8 lines,
 * {@link humeur.corpora.CleanText} tidies a text, {@link humeur.corpora.Skips} counts what was left out, and
 * {@link humeur.corpora.ParagraphReader} streams {@link humeur.corpora.Paragraph}s.
 */
package humeur.corpora;
