/**
 * French tokenisation and recurrent language models (AWD-LSTM, QRNN) trained the ULMFiT way.
 * Filled by the text-pipeline and language-model issues.
 */
package humeur.lm;
