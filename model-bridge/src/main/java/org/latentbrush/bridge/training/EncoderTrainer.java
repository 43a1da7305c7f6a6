package org.latentbrush.bridge.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ManifestWriter;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.generator.NumericGuard;
import org.latentbrush.bridge.generator.ParameterFiles;
import org.latentbrush.bridge.generator.SeededWeights;
import org.latentbrush.bridge.training.data.ImageSource;
import org.latentbrush.bridge.training.data.Seeds;

/**
 * Trains a model's encoder E, which gives the editor a first guess of z for a photo, against the
 * model's frozen generator G.
 *
 * <p>Each step draws z uniformly, renders x = G(z) and updates E to reduce
 * {@code ‖E(x) − z‖² + pixelWeight · ‖G(E(x)) − x‖²}; with a data source it also reduces
 * {@code dataWeight · ‖G(E(x_real)) − x_real‖²}, which fits E to photos rather than to G's own
 * images. Gradients reach E through the frozen G. Runs are short (minutes), so they are not
 * checkpointed: an interrupted run is simply repeated.
 *
 * <p>Not thread-safe; whoever opens a trainer closes it.
 */
public final class EncoderTrainer implements AutoCloseable {

    /** The encoder's file in the model folder. */
    public static final String ENCODER_FILE = "encoder.params";
    /** Held-out latents for measuring E; enough for a stable mean. */
    private static final int EVALUATION_SIZE = 256;
    /** Separates the held-out latents from the training latents of the same seed. */
    private static final long EVALUATION_SALT = 0x3C6EF372FE94F82BL;

    private final GanModel model;
    private final EncoderTrainingConfig config;
    private final ImageSource data;
    private final NDManager manager;
    private final Block encoder;
    private final ParameterStore store;
    private final AdamOptimizer adam;
    private final BatchSchedule schedule;
    private final float[] evaluationLatents;

    /**
     * Sets up a run on a loaded model.
     *
     * @param model the model, whose generator stays frozen; the caller keeps ownership
     * @param config the run's settings
     * @param data real images for the data loss, or {@code null} to train on G's images only
     */
    public EncoderTrainer(GanModel model, EncoderTrainingConfig config, ImageSource data) {
        ModelManifest manifest = model.manifest();
        if (data != null && (data.width() != manifest.imageSize()
                || data.height() != manifest.imageSize() || data.channels() != manifest.channels())) {
            throw new IllegalArgumentException("the data do not match the model's "
                    + manifest.imageSize() + "x" + manifest.imageSize() + "x" + manifest.channels()
                    + ": " + data.describe());
        }
        if (data == null && config.dataWeight() > 0) {
            throw new IllegalArgumentException("a data weight needs a data source");
        }
        this.model = model;
        this.config = config;
        this.data = data;
        manager = model.manager().newSubManager();
        encoder = SeededWeights.seeded(config.seed(), () -> GanModel.initialisedEncoder(manifest, spec(), manager));
        store = new ParameterStore(manager, false);
        adam = new AdamOptimizer(new TrainableParameters(encoder), config.adam(), manager);
        // Without data the schedule only draws latents; it needs some source to be built on.
        schedule = data == null ? null : new BatchSchedule(data, config.batchSize(), config.seed());
        evaluationLatents = BatchSchedule.uniform(
                new SplittableRandom(Seeds.combine(config.seed(), EVALUATION_SALT)),
                EVALUATION_SIZE * manifest.latentSize());
    }

    /**
     * Trains E for the configured steps.
     *
     * @param listener hears about progress; losses are reported as (latent MSE, pixel MSE)
     */
    public void train(TrainingListener listener) {
        listener.started(0, config.steps());
        for (int step = 0; step < config.steps(); step++) {
            StepLosses losses = trainStep(step);
            if (!losses.finite()) {
                throw new IllegalStateException("encoder training diverged at step " + (step + 1));
            }
            listener.stepped(step + 1, losses);
        }
    }

    private StepLosses trainStep(int step) {
        int batch = config.batchSize();
        int latent = model.manifest().latentSize();
        try (NDManager scope = manager.newSubManager()) {
            float[] zValues = BatchSchedule.uniform(
                    new SplittableRandom(Seeds.combine(config.seed(), step)), batch * latent);
            NDArray z = scope.create(zValues, new Shape(batch, latent));
            // Outside the gradient collector: G's images are targets, not part of the graph.
            NDArray images = model.generate(z);
            NDArray realImages = schedule == null ? null
                    : scope.create(schedule.images(step), images.getShape());
            return NumericGuard.untilFinite("the encoder's step " + (step + 1),
                    attempt -> pass(scope, z, images, realImages));
        }
    }

    /** One pass and update; empty if its gradients were not finite and E was left as it was. */
    private Optional<StepLosses> pass(NDManager scope, NDArray z, NDArray images,
            NDArray realImages) {
        float latentError;
        float pixelError;
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray guess = encoder.forward(store, new NDList(images), true).singletonOrThrow();
            NDArray latentLoss = guess.sub(z).square().mean();
            NDArray pixelLoss = model.generate(guess).sub(images).square().mean();
            NDArray loss = latentLoss.add(pixelLoss.mul(config.pixelWeight()));
            if (realImages != null && config.dataWeight() > 0) {
                NDArray realGuess = encoder.forward(store, new NDList(realImages), true)
                        .singletonOrThrow();
                NDArray dataLoss = model.generate(realGuess).sub(realImages).square().mean();
                loss = loss.add(dataLoss.mul(config.dataWeight()));
            }
            collector.backward(loss);
            latentError = latentLoss.getFloat();
            pixelError = pixelLoss.getFloat();
        }
        return adam.step(scope) ? Optional.of(new StepLosses(latentError, pixelError))
                : Optional.empty();
    }

    /**
     * Measures E on held-out latents: mean squared error of E(G(z)) against z.
     *
     * @return the latent MSE; about 1/3 for a guess of 0 under the uniform prior
     */
    public double latentError() {
        int latent = model.manifest().latentSize();
        try (NDManager scope = manager.newSubManager()) {
            NDArray z = scope.create(evaluationLatents, new Shape(EVALUATION_SIZE, latent));
            NDArray guess = encoder.forward(store, new NDList(model.generate(z)), false)
                    .singletonOrThrow();
            return guess.sub(z).square().mean().getFloat();
        }
    }

    /**
     * Writes the encoder into the model folder and names it in the manifest, each atomically.
     *
     * @param folder the model's folder
     * @param wallSeconds how long training took, for the record
     * @throws IOException if a file cannot be written
     */
    public void save(Path folder, double wallSeconds) throws IOException {
        ParameterFiles.save(encoder, folder.resolve(ENCODER_FILE));
        ModelManifest manifest = model.manifest();
        Map<String, Object> record = new LinkedHashMap<>(manifest.training());
        Map<String, Object> encoderRecord = new LinkedHashMap<>();
        encoderRecord.put("steps", config.steps());
        encoderRecord.put("batchSize", config.batchSize());
        encoderRecord.put("seed", config.seed());
        encoderRecord.put("loss", "latent MSE + " + config.pixelWeight() + " x pixel MSE of G(E(G(z)))"
                + (data == null ? "" : " + " + config.dataWeight() + " x pixel MSE of G(E(x)) on "
                + data.describe()));
        encoderRecord.put("heldOutLatentMse", Math.round(latentError() * 1e4) / 1e4);
        encoderRecord.put("wallSeconds", Math.round(wallSeconds));
        encoderRecord.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        record.put("encoder", encoderRecord);
        ManifestWriter.write(manifest.withEncoder(spec()).withTraining(record),
                folder.resolve(ModelManifest.FILE_NAME));
    }

    private ModelManifest.EncoderSpec spec() {
        return new ModelManifest.EncoderSpec(ENCODER_FILE, config.width());
    }

    @Override
    public void close() {
        manager.close();
    }
}
