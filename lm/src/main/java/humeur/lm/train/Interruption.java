package humeur.lm.train;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.HashMap;
import java.util.Map;

/**
 * Ctrl-C (SIGINT) or {@code kill} (SIGTERM) asks the loop to stop after the current batch, so that the end-of-training
 * callbacks (a {@link PeriodicCheckpoints} among them) save a checkpoint; a second one exits at once. The JVM's own
 * handlers would instead run shutdown hooks while the loop still writes to the weights (a SIGTERM then aborted the
 * JVM inside libtorch). SIGTERM matters because a job started in the background ({@code nohup … &}) ignores SIGINT.
 */
public final class Interruption implements TrainingCallback {
    private static final String[] SIGNALS = {"INT", "TERM"};
    private final boolean handleSignals;
    private final Map<Signal, SignalHandler> previous = new HashMap<>();
    private volatile boolean requested;

    /** Listens for Ctrl-C and SIGTERM while training runs. */
    public Interruption() {
        this(true);
    }

    private Interruption(boolean handleSignals) {
        this.handleSignals = handleSignals;
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
        if (!handleSignals) {
            return;
        }
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            previous.put(signal, Signal.handle(signal, s -> {
                if (requested) {
                    System.exit(130);
                }
                System.err.println("\ninterrupted (SIG" + s.getName()
                        + "): saving a checkpoint after this batch (a second Ctrl-C or kill quits at once)");
                request();
            }));
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
        previous.forEach(Signal::handle);
        previous.clear();
    }
}
