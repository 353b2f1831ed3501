package humeur.lm.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Adam's running moments of one parameter and the number of updates it has had (its bias correction). */
final class AdamMoments implements AutoCloseable {
    final NDArray mean;
    final NDArray variance;
    int steps;

    private AdamMoments(NDArray mean, NDArray variance, int steps) {
        // they live as long as training: no scope that happens to be open may close them
        NDScope.unregister(mean, variance);
        this.mean = mean;
        this.variance = variance;
        this.steps = steps;
    }

    /** Zero moments shaped like {@code weight}, on its device. */
    static AdamMoments zerosLike(NDArray weight) {
        return new AdamMoments(weight.zerosLike(), weight.zerosLike(), 0);
    }

    /** Writes the step count and both moments. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(steps);
        writeArray(out, mean);
        writeArray(out, variance);
    }

    /** Reads what {@link #write} wrote. */
    static AdamMoments read(DataInputStream in, NDManager manager) throws IOException {
        int steps = in.readInt();
        return new AdamMoments(readArray(in, manager), readArray(in, manager), steps);
    }

    @Override
    public void close() {
        mean.close();
        variance.close();
    }

    private static void writeArray(DataOutputStream out, NDArray array) throws IOException {
        byte[] bytes = array.encode();
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static NDArray readArray(DataInputStream in, NDManager manager) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return manager.decode(bytes);
    }
}
