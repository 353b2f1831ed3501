package humeur.lm.train;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import humeur.lm.data.StreamPosition;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Training checkpoints in a directory: each is a folder {@code step-000000001234} holding the weights (DJL's
 * {@code .params} format), the optimiser's moments and step counts, the model's carried state, and {@code state.json}
 * (the step count, which is also the schedules' position, and the data position). A checkpoint is written to a
 * hidden temporary folder and renamed into place, so a crash mid-write leaves the previous one intact.
 */
public final class Checkpoints {
    private static final String PREFIX = "step-";
    private static final JsonFactory JSON = new JsonFactory();
    private final Path root;
    private final int keep;

    /** Checkpoints under {@code root}, keeping the newest {@code keep} of them. */
    public Checkpoints(Path root, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one checkpoint, not " + keep);
        }
        this.root = root;
        this.keep = keep;
    }

    /** Where a checkpoint resumes: the optimiser steps done and where the next batch starts. */
    public record Position(long step, StreamPosition data) {
    }

    /** Writes a checkpoint of the training in {@code state} and returns its folder. */
    public Path save(LoopState state) throws IOException {
        Files.createDirectories(root);
        Path target = root.resolve(String.format("%s%012d", PREFIX, state.step()));
        Path temp = Files.createTempDirectory(root, ".writing-");
        Block block = state.model().block();
        try (DataOutputStream out = data(temp.resolve("weights.params"))) {
            block.saveParameters(out);
        }
        try (DataOutputStream out = data(temp.resolve("optimizer.bin"))) {
            state.optimizer().save(out, idsToNames(block));
        }
        try (DataOutputStream out = data(temp.resolve("carried-state.bin"))) {
            writeList(out, state.model().carriedState());
        }
        writeState(temp.resolve("state.json"), state);
        if (Files.exists(target)) {
            deleteTree(target); // the same step saved twice (at an interruption right after a periodic save)
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        prune();
        return target;
    }

    /** The newest complete checkpoint, if any. */
    public Optional<Path> latest() throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().startsWith(PREFIX)).max(Comparator.naturalOrder());
        }
    }

    /** Loads the weights of checkpoint {@code dir} into {@code block}: before DJL's trainer first reads them. */
    public static void loadWeights(Path dir, Block block, NDManager manager) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve("weights.params"))))) {
            block.loadParameters(manager, in);
        } catch (MalformedModelException e) {
            throw new IOException(dir.resolve("weights.params") + ": " + e.getMessage(), e);
        }
        for (Parameter p : block.getParameters().values()) {
            NDScope.unregister(p.getArray());
            p.getArray().setRequiresGradient(p.requiresGradient());
        }
    }

    /** Loads the optimiser state and the carried state of checkpoint {@code dir}, and returns where to resume. */
    public static Position loadTrainingState(Path dir, TrainableModel model, GroupedAdam optimizer, NDManager manager) throws IOException {
        Map<String, String> namesToIds = new HashMap<>();
        idsToNames(model.block()).forEach((id, name) -> namesToIds.put(name, id));
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve("optimizer.bin"))))) {
            optimizer.load(in, manager, namesToIds);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve("carried-state.bin"))))) {
            NDList carried = readList(in, manager);
            NDScope.unregister(carried);
            model.carryState(carried);
        }
        return readState(dir.resolve("state.json"));
    }

    private static Map<String, String> idsToNames(Block block) {
        Map<String, String> names = new HashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            names.put(p.getValue().getId(), p.getKey());
        }
        return names;
    }

    private static void writeState(Path file, LoopState state) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(Files.newOutputStream(file))) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("step", state.step());
            json.writeNumberField("epoch", state.position().epoch());
            json.writeNumberField("batchInEpoch", state.position().step());
            json.writeNumberField("offset", state.position().offset());
            json.writeEndObject();
        }
    }

    private static Position readState(Path file) throws IOException {
        Map<String, Long> values = new HashMap<>();
        try (InputStream raw = Files.newInputStream(file); JsonParser json = JSON.createParser(raw)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + ": expected a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                values.put(name, json.getLongValue());
            }
        }
        for (String field : List.of("step", "epoch", "batchInEpoch", "offset")) {
            if (!values.containsKey(field)) {
                throw new IOException(file + ": field \"" + field + "\" is missing");
            }
        }
        return new Position(values.get("step"), new StreamPosition(Math.toIntExact(values.get("epoch")),
                Math.toIntExact(values.get("batchInEpoch")), values.get("offset")));
    }

    // NDList.encode cannot round-trip an empty list, which is what stateless models carry
    private static void writeList(DataOutputStream out, NDList list) throws IOException {
        out.writeInt(list.size());
        for (NDArray array : list) {
            byte[] bytes = array.encode();
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static NDList readList(DataInputStream in, NDManager manager) throws IOException {
        NDList list = new NDList();
        for (int i = in.readInt(); i > 0; i--) {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            list.add(manager.decode(bytes));
        }
        return list;
    }

    private void prune() throws IOException {
        List<Path> all;
        try (Stream<Path> list = Files.list(root)) {
            all = list.filter(p -> p.getFileName().toString().startsWith(PREFIX)).sorted().toList();
        }
        for (int i = 0; i < all.size() - keep; i++) {
            deleteTree(all.get(i));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static DataOutputStream data(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
    }
}
