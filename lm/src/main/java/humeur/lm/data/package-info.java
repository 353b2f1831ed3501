/**
 * Token streams: corpora as compact memory-mapped files of token ids ({@link humeur.lm.data.TokenFile}), read as
 * language-model batches in bptt windows ({@link humeur.lm.data.LanguageModelBatches}) or as length-sorted,
 * chunk-padded classifier batches ({@link humeur.lm.data.SortishBatches}). Everything here works on plain int ids;
 * the tokeniser and the vocabulary live in {@code humeur.lm.text}, the DJL datasets come with the language model.
 */
package humeur.lm.data;
