/**
 * Training corpora: the streaming French Wikipedia reader, prose and labelled sentiment sets, splits.
 * Filled by the text-pipeline issue.
 */
package humeur.corpora;
