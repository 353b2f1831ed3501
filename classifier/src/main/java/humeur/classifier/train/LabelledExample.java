package humeur.classifier.train;

/**
 * A text and the index of its class in the classifier's classes.
 *
 * @param text  the text
 * @param label its class index
 */
public record LabelledExample(String text, int label) {
}
