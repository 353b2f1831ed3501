package humeur.lm.model;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Asks libtorch to back its large CPU buffers with transparent huge pages ({@code THP_MEM_ALLOC_ENABLE=1}: c10 then
 * aligns buffers of 2 MB and more to the page size and {@code madvise}s them {@code MADV_HUGEPAGE}).
 *
 * <p>Why: a language model's step allocates and frees arrays of batch × bptt × vocabulary floats (1.07 GB at 64 × 70
 * × 60k): logits, log-softmax, their gradients. glibc returns such blocks to the system at once, so every step
 * page-faults gigabytes in again, 4 KB at a time, each page zeroed by the kernel: on 2 cores this system time was
 * as large as the matrix products (small AWD-LSTM, 60k vocabulary: 1,250 → 2,600 training tokens/s, measured in
 * bench/run lm; BENCHMARKS.md). With huge pages the faults are 512 times fewer. Results are unchanged: only where
 * the buffers lie changes.
 *
 * <p>c10 reads the variable once, at its first CPU allocation, so this must run before any array exists: the model
 * classes call it when they are loaded, before they create a weight. A process that made arrays earlier keeps 4 KB
 * pages (correct, only slower); a variable the user set, to 0 or 1, wins. Linux with glibc only; elsewhere nothing.
 */
final class HugePages {
    private static final String VARIABLE = "THP_MEM_ALLOC_ENABLE";
    private static volatile boolean requested;

    private HugePages() {
    }

    private interface C extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Sets the variable in this process's C environment unless it is set already; idempotent, never fails. */
    static void request() {
        if (requested) {
            return;
        }
        requested = true;
        if (System.getenv(VARIABLE) != null || !System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return;
        }
        try {
            Native.load("c", C.class).setenv(VARIABLE, "1", 0);
        } catch (Throwable e) { // LinkageError, UnsatisfiedLinkError: no glibc here; the default pages still work
            // nothing to do: this is a speed-up, not a requirement
        }
    }
}
