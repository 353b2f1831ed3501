package humeur.app.report;

import java.util.List;

/** A row of block characters, one per period, for terminals: higher blocks for more positive periods. */
public final class Sparkline {
    private static final char[] BLOCKS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

    /**
     * One character per value of {@code means} on the fixed scale [-1, 1] (so that contacts compare): {@code ▁} for
     * -1, {@code █} for 1, a space for a null (a period without messages).
     */
    public static String of(List<Double> means) {
        StringBuilder line = new StringBuilder(means.size());
        for (Double mean : means) {
            if (mean == null || mean.isNaN()) {
                line.append(' ');
            } else {
                double clamped = Math.max(-1, Math.min(1, mean));
                int i = (int) Math.floor((clamped + 1) / 2 * BLOCKS.length);
                line.append(BLOCKS[Math.min(BLOCKS.length - 1, i)]);
            }
        }
        return line.toString();
    }
}
