package humeur.corpora.split;

import java.util.List;

/**
 * The two sides of an in-memory split.
 *
 * @param train          the training items, in their original order, without repeats of validation texts
 * @param validation     the validation items, in their original order
 * @param repeatsDropped how many training items were dropped for repeating a validation text
 */
public record TrainValidation<T>(List<T> train, List<T> validation, int repeatsDropped) {
    public TrainValidation {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
    }
}
