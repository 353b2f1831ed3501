/**
 * The ULMFiT sentiment classifier: scoring ({@link humeur.classifier.SentimentModel}, which implements
 * {@link humeur.classifier.SentimentScorer}; {@link humeur.classifier.SentimentEnsemble} for forward + backward),
 * the saved model folder ({@link humeur.classifier.ClassifierFiles}), the model as DJL blocks
 * ({@code model}: BPT3C reading, masked concat pooling, fastai's head), training on the lm callbacks ({@code train})
 * and evaluation ({@code eval}).
 */
package humeur.classifier;
