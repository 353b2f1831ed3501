package humeur.lm.train;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) asks the loop to stop after the current batch, so that the end-of-training callbacks (a
 * {@link PeriodicCheckpoints} among them) save a checkpoint; a second Ctrl-C exits at once. The JVM's own handler
 * would instead run shutdown hooks while the loop still writes to the weights.
 */
public final class Interruption implements TrainingCallback {
    private static final Signal INT = new Signal("INT");
    private final boolean handleSignal;
    private volatile boolean requested;
    private SignalHandler previous;

    /** Listens for Ctrl-C while training runs. */
    public Interruption() {
        this(true);
    }

    private Interruption(boolean handleSignal) {
        this.handleSignal = handleSignal;
    }

    /** An interruption triggered only by {@link #request()}, for tests and embedding code. */
    public static Interruption withoutSignal() {
        return new Interruption(false);
    }

    /** Asks training to stop after the current batch, as Ctrl-C does. */
    public void request() {
        requested = true;
    }

    @Override
    public void onTrainingBegin(LoopState state) {
        if (handleSignal) {
            previous = Signal.handle(INT, signal -> {
                if (requested) {
                    System.exit(130);
                }
                System.err.println("\ninterrupted: saving a checkpoint after this batch (Ctrl-C again to quit at once)");
                request();
            });
        }
    }

    @Override
    public void afterStep(LoopState state) {
        if (requested) {
            state.requestStop("interrupted");
        }
    }

    @Override
    public void onTrainingEnd(LoopState state) {
        if (previous != null) {
            Signal.handle(INT, previous);
            previous = null;
        }
    }
}
