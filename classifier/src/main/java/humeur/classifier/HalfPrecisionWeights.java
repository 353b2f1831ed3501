package humeur.classifier;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A block's weights as half-precision tensors named by their DJL parameter names, in the safetensors format. Half the
 * bytes of DJL's own format, so the shipped model's 50 MB can hold encoders twice as large. Half precision keeps
 * about three significant digits, which the evaluation tables do not show (BENCHMARKS.md, the shipped model's size);
 * the arithmetic stays in single precision, since the weights are widened as they are read.
 */
final class HalfPrecisionWeights {
    private HalfPrecisionWeights() {
    }

    /** The weights of {@code block}, rounded to half precision, as safetensors bytes. */
    static byte[] encode(Block block) {
        try (NDManager scratch = NDManager.newBaseManager()) {
            NDList tensors = new NDList();
            for (Pair<String, Parameter> p : block.getParameters()) {
                NDArray half = p.getValue().getArray().toType(DataType.FLOAT16, true);
                half.attach(scratch);
                half.setName(p.getKey());
                tensors.add(half);
            }
            return tensors.encode(NDList.Encoding.SAFETENSORS);
        }
    }

    /**
     * Reads {@code bytes} (written by {@link #encode}) into the initialised {@code block}, widening each tensor to its
     * parameter's type; {@code file} and {@code configFile} name the files in errors. A missing, extra or misshapen
     * tensor, or a damaged file, is a {@link ModelFileException}.
     */
    static void load(Block block, byte[] bytes, String file, String configFile, NDManager manager) throws ModelFileException {
        String damaged = "truncated or damaged (" + bytes.length + " bytes): save the model again";
        // safetensors opens with the length of its JSON header: checked first, since DJL allocates whatever it says
        long header = bytes.length < 8 ? -1 : ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (header < 2 || header > bytes.length - 8) {
            throw new ModelFileException(file, damaged);
        }
        try (NDManager scratch = manager.newSubManager()) {
            Map<String, NDArray> stored = new LinkedHashMap<>();
            try {
                for (NDArray tensor : NDList.decode(scratch, bytes)) {
                    stored.put(tensor.getName(), tensor);
                }
            } catch (RuntimeException e) {
                throw new ModelFileException(file, damaged, e);
            }
            for (Pair<String, Parameter> p : block.getParameters()) {
                NDArray tensor = stored.remove(p.getKey());
                NDArray target = p.getValue().getArray();
                if (tensor == null) {
                    throw new ModelFileException(file, "has no tensor " + p.getKey() + ": it does not match " + configFile);
                }
                if (!tensor.getShape().equals(target.getShape())) {
                    throw new ModelFileException(file, "parameter " + p.getKey() + " has shape " + tensor.getShape() + " but "
                            + configFile + " makes it " + target.getShape());
                }
                // these weights are read to score, never to train: no gradient, as DJL's own loading leaves them
                target.setRequiresGradient(false);
                tensor.toType(target.getDataType(), false).copyTo(target);
            }
            if (!stored.isEmpty()) {
                throw new ModelFileException(file, "holds tensors " + stored.keySet() + " that " + configFile + " does not describe");
            }
        }
    }
}
