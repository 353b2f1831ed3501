/**
 * The ULMFiT sentiment head on a fine-tuned encoder, and batch scoring.
 * Filled by the classifier issue.
 */
package humeur.classifier;
