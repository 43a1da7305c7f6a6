package org.latentbrush.bridge.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.latentbrush.bridge.generator.DeclaredArrays;
import org.latentbrush.bridge.generator.NumericGuard;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.io.IoMessages;

/**
 * Adam over one set of parameters, with its moment estimates held here so they can be saved.
 *
 * <p>DJL's own {@code Adam} keeps its moments private, so a resumed run would restart them at
 * zero and take a few hundred oversized steps. This class owns the first and second moment of
 * every parameter and calls the engine's fused Adam kernel on them; that kernel also zeroes the
 * gradient, which the engine does not do by itself.
 *
 * <p>Not thread-safe; one training loop uses it.
 */
public final class AdamOptimizer {

    private static final String MAGIC = "latent-brush-adam";
    private static final int FORMAT_VERSION = 1;

    /** Weight decay, gradient rescaling and clipping are not used: the engine's neutral values. */
    private static final float NO_WEIGHT_DECAY = 0f;
    private static final float NO_RESCALE = 1f;
    private static final float NO_CLIP = -1f;
    private static final NDIndex ALL = new NDIndex("...");

    private final TrainableParameters parameters;
    private final AdamSettings settings;
    private final List<NDArray> means = new ArrayList<>();
    private final List<NDArray> variances = new ArrayList<>();
    private long updates;

    /**
     * Creates the optimiser with zero moments.
     *
     * @param parameters what it updates
     * @param settings learning rate and decays
     * @param owner the long-lived manager that owns the moments
     */
    public AdamOptimizer(TrainableParameters parameters, AdamSettings settings, NDManager owner) {
        this.parameters = parameters;
        this.settings = settings;
        for (Parameter parameter : parameters.list()) {
            NDArray weight = parameter.getArray();
            means.add(owner.zeros(weight.getShape(), weight.getDataType()));
            variances.add(owner.zeros(weight.getShape(), weight.getDataType()));
        }
    }

    /**
     * Applies one update from the gradients the last backward pass left on the parameters, which
     * the engine's update then clears (PyTorch would otherwise add the next pass's to them).
     *
     * <p>Gradients with a NaN or infinity are not applied (see {@link NumericGuard}): they are
     * cleared, the step is refused and the caller repeats the pass.
     *
     * @param scope the step's manager, which takes the intermediate arrays
     * @return {@code true} if the update was applied, {@code false} if the gradients were not
     *     finite and nothing changed but the cleared gradients
     */
    public boolean step(NDManager scope) {
        List<Parameter> list = parameters.list();
        List<NDArray> gradients = new ArrayList<>(list.size());
        for (Parameter parameter : list) {
            // A new handle onto the gradient, owned by the weight's manager unless handed over.
            NDArray gradient = parameter.getArray().getGradient();
            gradient.attach(scope);
            gradients.add(gradient);
        }
        boolean finite = NumericGuard.allFinite(gradients, scope);
        if (finite) {
            update(list, gradients);
        } else {
            for (NDArray gradient : gradients) {
                gradient.set(ALL, 0f);
            }
        }
        return finite;
    }

    private void update(List<Parameter> list, List<NDArray> gradients) {
        updates++;
        double firstCorrection = 1 - Math.pow(settings.beta1(), updates);
        double secondCorrection = 1 - Math.pow(settings.beta2(), updates);
        float correctedRate = (float) (settings.learningRate() * Math.sqrt(secondCorrection)
                / firstCorrection);
        for (int i = 0; i < list.size(); i++) {
            NDArray weight = list.get(i).getArray();
            weight.getNDArrayInternal().adamUpdate(
                    new NDList(weight, gradients.get(i), means.get(i), variances.get(i)),
                    new NDList(weight), settings.learningRate(), correctedRate, NO_WEIGHT_DECAY,
                    NO_RESCALE, NO_CLIP, settings.beta1(), settings.beta2(), AdamSettings.EPSILON,
                    false, false);
        }
    }

    /** Number of updates applied so far, including those before a resume. */
    long updates() {
        return updates;
    }

    /**
     * Writes the moments and the update count atomically.
     *
     * @param file the target
     * @throws IOException if it cannot be written
     */
    void save(Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
            data.writeUTF(MAGIC);
            data.writeInt(FORMAT_VERSION);
            data.writeLong(updates);
            NDList state = new NDList(means.size() * 2);
            state.addAll(means);
            state.addAll(variances);
            state.encode(data);
            data.flush();
        });
    }

    /**
     * Reads moments written by {@link #save} for the same parameters.
     *
     * @param file the state file
     * @param scope a manager for the decoded arrays, closed by the caller
     * @throws IOException if the file cannot be read or was written for other parameters
     */
    void load(Path file, NDManager scope) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            long size = Files.size(file);
            if (size == 0) {
                throw new IOException(file + ": " + IoMessages.EMPTY_FILE);
            }
            Optional<String> declared;
            try (InputStream headers = Files.newInputStream(file)) {
                declared = DeclaredArrays.problem(headers, size);
            }
            if (declared.isPresent()) {
                throw new IOException(file + ": the optimiser state is damaged (" + declared.get() + ")");
            }
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT_VERSION) {
                throw new IOException(file + " is not an optimiser state file of this version");
            }
            long savedUpdates = in.readLong();
            NDList state;
            try {
                state = NDList.decode(scope, in);
            } catch (RuntimeException e) {
                // The engine decodes the arrays itself and says "Malformed data" or the like.
                throw new IOException(file + ": the optimiser state is damaged (" + e.getMessage() + ")", e);
            }
            if (state.size() != means.size() * 2) {
                throw new IOException(file + " holds " + state.size() / 2 + " parameters' moments, "
                        + "the network has " + means.size());
            }
            for (int i = 0; i < means.size(); i++) {
                copyInto(means.get(i), state.get(i), file);
                copyInto(variances.get(i), state.get(means.size() + i), file);
            }
            updates = savedUpdates;
        } catch (EOFException e) {
            throw new IOException(file + ": the optimiser state is truncated", e);
        }
    }

    private static void copyInto(NDArray target, NDArray source, Path file) throws IOException {
        if (!target.getShape().equals(source.getShape())) {
            throw new IOException(file + " has a moment of shape " + source.getShape()
                    + " where the network needs " + target.getShape());
        }
        // In place, so the owner keeps the arrays and no copy lands in the step's manager.
        target.set(source.toByteBuffer());
    }
}
