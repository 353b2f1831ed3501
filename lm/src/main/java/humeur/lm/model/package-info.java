/**
 * ULMFiT language models as DJL blocks: the AWD-LSTM and the MultiFiT QRNN, their dropouts, the encoder that carries
 * its state across truncated-BPTT batches, and the language model with a decoder tied to the embedding.
 * A backward language model is the same {@link humeur.lm.model.LanguageModel} fed reversed token streams
 * ({@code LanguageModelBatches} with {@code withBackward()}): nothing in the model knows the direction.
 * {@link humeur.lm.model.LanguageModelSampler} writes text with a trained model. This package knows nothing of
 * training: {@code humeur.lm.train} depends on it, not the reverse.
 */
package humeur.lm.model;
