package humeur.lm.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adam that knows ULMFiT's parameter groups: a learning rate per group (discriminative: group k of n gets
 * lr / 2.6^(n − 1 − k)), frozen groups, β1 settable at every step (1cycle moves it), and decoupled weight decay
 * (fastai's {@code true_wd}, AdamW: {@code w ← w·(1 − lr·wd)} beside the Adam step, not added to the gradient),
 * which, as fastai's default does, spares biases and normalisation parameters.
 *
 * <p>DJL's built-in optimisers hold one learning-rate tracker for every parameter, and the PyTorch engine never zeroes
 * gradients: this one zeroes each gradient after using it, and skips frozen groups itself, since a parameter that
 * backward never reached reports a zero gradient rather than none (shared/docs/djl-notes.md, traps 1-3).
 */
public final class GroupedAdam extends Optimizer {
    /** ULMFiT's factor between the learning rates of neighbouring groups. */
    public static final float DISCRIMINATIVE_FACTOR = 2.6f;

    private final List<List<Parameter>> groups;
    private final Map<String, Integer> groupOf = new HashMap<>();
    private final Set<String> undecayed = new HashSet<>();
    private final Map<String, AdamMoments> moments = new HashMap<>();
    private final float[] groupFactor;
    private final boolean[] frozen;
    private final float beta2;
    private final float epsilon;
    private final float weightDecay;
    private float learningRate;
    private float learningRateScale = 1;
    private float beta1;

    private GroupedAdam(Builder builder, List<List<Parameter>> groups) {
        super(builder);
        this.groups = List.copyOf(groups);
        this.beta1 = builder.beta1;
        this.beta2 = builder.beta2;
        this.epsilon = builder.epsilon;
        this.weightDecay = builder.decay;
        this.learningRate = builder.learningRate;
        int n = groups.size();
        groupFactor = new float[n];
        frozen = new boolean[n];
        for (int g = 0; g < n; g++) {
            groupFactor[g] = (float) Math.pow(builder.factor, -(n - 1 - g));
            for (Parameter p : groups.get(g)) {
                if (groupOf.put(p.getId(), g) != null) {
                    throw new IllegalArgumentException("parameter " + p.getName() + " is in two groups");
                }
                // fastai's wd_bn_bias=False: biases and normalisation scales and shifts are not decayed
                if (p.getType() == Parameter.Type.BIAS || p.getType() == Parameter.Type.GAMMA || p.getType() == Parameter.Type.BETA) {
                    undecayed.add(p.getId());
                }
            }
        }
    }

    /** A builder with fastai's ULMFiT defaults: lr 1e-3, β1 0.9, β2 0.99, ε 1e-5, weight decay 0.01. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base learning rate, that of the last group. */
    public float learningRate() {
        return learningRate;
    }

    /** Sets the base learning rate; schedules call this before every step. */
    public void setLearningRate(float lr) {
        learningRate = lr;
    }

    /** Multiplies every group's rate for the coming steps: the loop sets seqLength / bptt for variable windows. */
    public void setLearningRateScale(float scale) {
        learningRateScale = scale;
    }

    /** The learning rate group {@code g} gets at the next step. */
    public float groupLearningRate(int g) {
        return learningRate * learningRateScale * groupFactor[g];
    }

    /** Adam's β1, the momentum 1cycle moves opposite to the learning rate. */
    public float beta1() {
        return beta1;
    }

    /** Sets β1 for the coming steps. */
    public void setBeta1(float value) {
        beta1 = value;
    }

    /** The number of groups. */
    public int groupCount() {
        return groups.size();
    }

    /** Whether group {@code g} is frozen. */
    public boolean isFrozen(int g) {
        return frozen[g];
    }

    /**
     * Freezes or unfreezes group {@code g}: the optimiser skips it, and its parameters stop requiring gradients so
     * that backward does not spend time on them.
     */
    public void freeze(int g, boolean freeze) {
        frozen[g] = freeze;
        for (Parameter p : groups.get(g)) {
            p.freeze(freeze);
        }
    }

    /** Leaves the last {@code n} groups trainable and freezes the others (fastai's {@code freeze_to(-n)}). */
    public void trainLastGroups(int n) {
        for (int g = 0; g < groups.size(); g++) {
            freeze(g, g < groups.size() - n);
        }
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        Integer g = groupOf.get(parameterId);
        if (g == null) {
            throw new IllegalStateException("parameter " + parameterId + " belongs to no layer group: every trainable"
                    + " parameter must be in TrainableModel.layerGroups()");
        }
        if (!frozen[g]) {
            float decay = undecayed.contains(parameterId) ? 0 : weightDecay;
            adamStep(moments(parameterId, weight), weight, grad, groupLearningRate(g), decay);
        }
        zeroGradient(weight);
    }

    // The engine accumulates gradients across backward passes, and DJL's parameter server hands update() a duplicate
    // of the gradient: zero the one attached to the weight.
    private static void zeroGradient(NDArray weight) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            weight.getGradient().muli(0);
        }
    }

    private AdamMoments moments(String parameterId, NDArray weight) {
        return moments.computeIfAbsent(parameterId, id -> AdamMoments.zerosLike(weight));
    }

    private void adamStep(AdamMoments m, NDArray weight, NDArray grad, float lr, float decay) {
        m.steps++;
        // Four temporaries the size of the parameter rather than five: at a 60k vocabulary the embedding is 31 MB
        // (emb 128) to 96 MB (emb 400), and each fresh array is memory the kernel must fault in and zero. The
        // operations and their order are unchanged, so the results are bit for bit the same.
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            m.variance.muli(beta2).addi(grad.square().muli(1 - beta2));
            // grad is the parameter server's copy, made for this update and closed after it: scale it in place
            m.mean.muli(beta1).addi(grad.muli(1 - beta1));
            float meanCorrection = (float) (1 - Math.pow(beta1, m.steps));
            float varianceCorrection = (float) (1 - Math.pow(beta2, m.steps));
            NDArray step = m.mean.div(meanCorrection)
                    .divi(m.variance.div(varianceCorrection).sqrt().addi(epsilon))
                    .muli(lr);
            // a detached view shares the weight's storage: in-place updates reach it without autograd objecting
            NDArray w = weight.stopGradient();
            if (decay != 0) {
                w.muli(1 - lr * decay);
            }
            w.subi(step);
        }
    }

    /**
     * Writes the moments and step counts of every parameter, named by {@code names} (parameter id → stable name,
     * since ids change from one process to the next), with the learning rate, β1 and frozen groups.
     */
    public void save(DataOutputStream out, Map<String, String> names) throws IOException {
        out.writeFloat(learningRate);
        out.writeFloat(beta1);
        out.writeInt(frozen.length);
        for (boolean f : frozen) {
            out.writeBoolean(f);
        }
        Map<String, AdamMoments> byName = new TreeMap<>(); // sorted, so that equal states write equal files
        moments.forEach((id, m) -> {
            String name = names.get(id);
            if (name == null) {
                throw new IllegalStateException("parameter " + id + " has no name to save its moments under");
            }
            byName.put(name, m);
        });
        out.writeInt(byName.size());
        for (Map.Entry<String, AdamMoments> e : byName.entrySet()) {
            out.writeUTF(e.getKey());
            e.getValue().write(out);
        }
    }

    /** Reads what {@link #save} wrote; {@code ids} maps the saved names to the parameter ids of this process. */
    public void load(DataInputStream in, NDManager manager, Map<String, String> ids) throws IOException {
        learningRate = in.readFloat();
        beta1 = in.readFloat();
        int groupCount = in.readInt();
        if (groupCount != frozen.length) {
            throw new IOException("optimiser state for " + groupCount + " groups, but the model has " + frozen.length);
        }
        for (int g = 0; g < groupCount; g++) {
            freeze(g, in.readBoolean());
        }
        moments.values().forEach(AdamMoments::close);
        moments.clear();
        for (int i = in.readInt(); i > 0; i--) {
            String name = in.readUTF();
            String id = ids.get(name);
            if (id == null) {
                throw new IOException("optimiser state names parameter " + name + ", which the model lacks");
            }
            moments.put(id, AdamMoments.read(in, manager));
        }
    }

    /** Settings for {@link GroupedAdam}; the groups come last, with {@link #build(List)}. */
    public static final class Builder extends OptimizerBuilder<Builder> {
        private float learningRate = 1e-3f;
        private float beta1 = 0.9f;
        private float beta2 = 0.99f;
        private float epsilon = 1e-5f;
        private float decay = 0.01f;
        private float factor = DISCRIMINATIVE_FACTOR;

        /** The base learning rate, that of the last group. */
        public Builder learningRate(float lr) {
            learningRate = lr;
            return this;
        }

        /** Adam's β1 and β2. */
        public Builder betas(float b1, float b2) {
            beta1 = b1;
            beta2 = b2;
            return this;
        }

        /** Adam's ε. */
        public Builder epsilon(float eps) {
            epsilon = eps;
            return this;
        }

        /** Decoupled weight decay, applied as {@code w ← w·(1 − lr·wd)}. */
        public Builder weightDecay(float wd) {
            decay = wd;
            return this;
        }

        /** The ratio between the learning rates of neighbouring groups (2.6; 1 turns discriminative rates off). */
        public Builder discriminativeFactor(float f) {
            factor = f;
            return this;
        }

        /** The optimiser over {@code groups}, ordered as {@link TrainableModel#layerGroups()} orders them. */
        public GroupedAdam build(List<List<Parameter>> groups) {
            return new GroupedAdam(this, groups);
        }

        @Override
        protected Builder self() {
            return this;
        }
    }
}
