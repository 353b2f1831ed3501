/**
 * French text to tokens, the fastai way: {@link humeur.lm.text.FrenchChatAnalyzer} is a Lucene analyzer chain (a chat-aware
 * tokenizer, then one small filter per fastai rule), {@link humeur.lm.text.FrenchTokenizer} its one-call face,
 * {@link humeur.lm.text.Vocabulary} the word ids built from {@link humeur.lm.text.TokenCounts}, and
 * {@link humeur.lm.text.SubwordModelTrainer} / {@link humeur.lm.text.SubwordTokenizer} the SentencePiece alternative
 * on top of the same rules.
 */
package humeur.lm.text;
