package humeur.lm.model;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;
import humeur.lm.text.Vocabulary;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/*
 * Contract with the training loop (humeur.lm.train); keep these names:
 * - LanguageModel is a DJL Block; new LanguageModel(LmConfig), then initialize(manager, FLOAT32, new Shape(batch, seq)).
 * - forward(store, NDList(ids (batch, seq), int32 or int64), training) returns
 *   NDList(logits (batch, seq, vocab), rawLastOutput (batch, seq, emb), droppedLastOutput (batch, seq, emb));
 *   AR/TAR use the last two: loss += 2·mean(dropped²) + 1·mean((raw[t] − raw[t−1])²), training only.
 * - resetState() at the start of each epoch or stream; the state is carried and detached between calls;
 *   carriedState() / carryState(NDList) save and restore it in checkpoints (humeur.lm.train.TrainableLanguageModel).
 * - layerGroups(): List<List<Parameter>> in ULMFiT order [layer0, layer1, …, embedding + decoder].
 * - LmConfig describes the model; save(dir) / load(dir, manager) keep weights and configuration together.
 */

/**
 * A ULMFiT language model: a {@link RecurrentEncoder} and a linear decoder whose weight is the embedding matrix
 * (tied) and whose bias starts at zero, with output dropout between them. A backward language model is this same
 * model trained on reversed streams ({@code LanguageModelBatches.Options.withBackward()}).
 */
public final class LanguageModel extends AbstractBlock {
    static {
        HugePages.request(); // before this model's first array: see HugePages
    }

    private static final byte VERSION = 1;
    static final String CONFIG_FILE = "lm-config.json";
    static final String PARAMETERS_FILE = "lm.params";

    private final LmConfig config;
    private final RecurrentEncoder encoder;
    private final LockedDropout outputDropout;
    private final Parameter decoderWeight;
    private final Parameter decoderBias;

    /** The model {@code config} describes, not yet initialised. */
    public LanguageModel(LmConfig config) {
        super(VERSION);
        this.config = config;
        encoder = addChildBlock("encoder", new RecurrentEncoder(config));
        outputDropout = addChildBlock("outputDropout", new LockedDropout(config.effectiveDropouts().output()));
        decoderWeight = config.tiedDecoder() ? null : addParameter(Parameter.builder().setName("decoderWeight")
                .setType(Parameter.Type.WEIGHT).optShape(new Shape(config.vocabularySize(), config.embeddingSize()))
                .optInitializer(new UniformInitializer(EmbeddingDropout.INIT_RANGE)).build());
        decoderBias = addParameter(Parameter.builder().setName("decoderBias").setType(Parameter.Type.BIAS)
                .optShape(new Shape(config.vocabularySize())).optInitializer(new ConstantInitializer(0)).build());
    }

    /** The configuration this model was built from. */
    public LmConfig config() {
        return config;
    }

    /** The encoder, which a classifier reuses after fine-tuning. */
    public RecurrentEncoder encoder() {
        return encoder;
    }

    /** Forgets the carried recurrent state; call it where token streams start over. */
    public void resetState() {
        encoder.resetState();
    }

    /**
     * The recurrent state carried into the next batch, for every batch size in use, flattened into arrays a training
     * checkpoint can save: a mid-epoch checkpoint must restore it for the resumed run to continue the same streams.
     * The arrays stay owned by this model, valid until its next batch or call; do not close them.
     */
    public NDList carriedState() {
        return encoder.exportState();
    }

    /** Replaces the carried state with one {@link #carriedState()} returned (read back from a checkpoint). */
    public void carryState(NDList state) {
        encoder.importState(state);
    }

    /**
     * The parameters in ULMFiT's layer groups, bottom first: one group per recurrent layer, then the embedding with
     * the decoder. Discriminative learning rates divide by 2.6 per group below the top; freezing works by group.
     */
    public List<List<Parameter>> layerGroups() {
        List<List<Parameter>> groups = new ArrayList<>();
        for (RecurrentLayer layer : encoder.layers()) {
            groups.add(List.copyOf(layer.getParameters().values()));
        }
        List<Parameter> top = new ArrayList<>();
        top.add(encoder.embedding().weight());
        if (decoderWeight != null) {
            top.add(decoderWeight);
        }
        top.add(decoderBias);
        groups.add(List.copyOf(top));
        return List.copyOf(groups);
    }

    /** The parameters whose rows follow the vocabulary: the embedding, the decoder's own weight if untied, the bias. */
    List<Parameter> vocabularyParameters() {
        return layerGroups().get(config.layers());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray raw = encoder.forward(store, inputs, training).head();
        NDArray dropped = outputDropout.forward(store, new NDList(raw), training).head();
        Parameter weight = decoderWeight == null ? encoder.embedding().weight() : decoderWeight;
        NDArray matrix = store.getValue(weight, raw.getDevice(), training);
        // one fused product-plus-bias (torch's linear → addmm): at 64 × 70 × 60k the logits are 1.07 GB, and a separate
        // bias add would allocate and write them a second time
        NDArray logits = Linear.linear(dropped, matrix, store.getValue(decoderBias, raw.getDevice(), training)).head();
        return new NDList(logits, raw, dropped);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes[0]);
        outputDropout.initialize(manager, dataType, encoder.getOutputShapes(new Shape[] {inputShapes[0]})[0]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape ids = inputShapes[0];
        Shape features = ids.add(config.embeddingSize());
        return new Shape[] {ids.add(config.vocabularySize()), features, features};
    }

    /** Writes the configuration ({@value #CONFIG_FILE}) and the weights ({@value #PARAMETERS_FILE}) into {@code dir}. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(CONFIG_FILE), config.toJson(), StandardCharsets.UTF_8);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(dir.resolve(PARAMETERS_FILE))))) {
            saveParameters(out);
        }
    }

    /** Reads a model {@link #save(Path)} wrote, its arrays in {@code manager}; the state starts from zeros. */
    public static LanguageModel load(Path dir, NDManager manager) throws IOException {
        LmConfig config;
        try {
            config = LmConfig.fromJson(Files.readString(dir.resolve(CONFIG_FILE), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(dir.resolve(CONFIG_FILE) + ": " + e.getMessage(), e);
        }
        LanguageModel model = new LanguageModel(config);
        model.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
        Path weights = dir.resolve(PARAMETERS_FILE);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(weights)))) {
            model.loadTrainable(manager, in);
        } catch (MalformedModelException | IllegalArgumentException | IllegalStateException e) {
            throw new IOException(weights + " does not match " + CONFIG_FILE + ": " + e.getMessage(), e);
        }
        return model;
    }

    /**
     * This model's weights in a model built with another {@code drop_mult} (fine-tuning uses 0.3 where pretraining
     * used 0): a model's dropouts are fixed when it is built, and dropout has no weights, so they carry over as they are.
     */
    public LanguageModel withDropMult(float dropMult, NDManager manager) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            saveParameters(out);
        }
        LanguageModel copy = new LanguageModel(config.withDropMult(dropMult));
        copy.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy.loadTrainable(manager, in);
        } catch (MalformedModelException e) {
            throw new IllegalStateException("a model's own parameters did not load into its copy", e);
        }
        return copy;
    }

    /**
     * Loads parameters so that they can be trained further: DJL's loading replaces the arrays without the gradient
     * flag that initialize() set, and the trainer does not set it again, so a loaded model would not learn.
     */
    private void loadTrainable(NDManager manager, DataInputStream in) throws IOException, MalformedModelException {
        loadParameters(manager, in);
        getParameters().values().stream().filter(Parameter::requiresGradient)
                .forEach(p -> p.getArray().setRequiresGradient(true));
    }

    /**
     * A copy of {@code source} (trained on {@code oldVocabulary}) for {@code newVocabulary}, initialised in
     * {@code manager}: tokens in both keep their embedding row and decoder bias; tokens new to the target start from
     * the mean embedding and the mean decoder bias (ULMFiT fine-tuning on a corpus with its own vocabulary).
     */
    public static LanguageModel transferVocabulary(LanguageModel source, Vocabulary oldVocabulary,
                                                   Vocabulary newVocabulary, NDManager manager) {
        return VocabularyTransfer.transfer(source, oldVocabulary, newVocabulary, manager);
    }
}
