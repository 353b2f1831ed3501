package humeur.lm.train;

/** Training stopped because the loss became NaN or infinite, or exploded: lower the learning rate or clip harder. */
public final class TrainingDivergedException extends RuntimeException {

    /** With a message saying at which step and what the loss was. */
    public TrainingDivergedException(String message) {
        super(message);
    }
}
