/**
 * Unlabelled prose for language-model training: gzipped or plain text files with one paragraph or sentence per line
 * and {@code #} header lines naming the documents, Tatoeba's {@code english<TAB>french} pairs, and folders of such
 * files. Open them with {@link humeur.corpora.prose.ProseCorpus}.
 */
package humeur.corpora.prose;
