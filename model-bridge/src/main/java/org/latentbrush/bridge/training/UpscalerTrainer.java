package org.latentbrush.bridge.training;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.NumericGuard;
import org.latentbrush.bridge.generator.ParameterFiles;
import org.latentbrush.bridge.generator.SeededWeights;
import org.latentbrush.bridge.training.data.SuperResolutionPatches;
import org.latentbrush.bridge.upscale.UpscalerManifest;
import org.latentbrush.bridge.upscale.UpscalerManifestReader;
import org.latentbrush.bridge.upscale.UpscalerManifestWriter;
import org.latentbrush.bridge.upscale.UpscalerNetwork;

/**
 * Trains an upscaler on patch pairs, with resumable checkpoints; the run's folder is at every
 * checkpoint a usable upscaler folder.
 *
 * <p>The loss is L1 between the upscaled input and the sharp patch (SRResNet's baseline); with an
 * adversarial weight, also a hinge loss against a {@link PatchDiscriminator} and an L1 feature loss
 * on that discriminator's feature maps (SRGAN's recipe, with the discriminator's features standing
 * in for VGG's, which this program has no offline copy of). SRGAN starts from the L1 network: pass
 * it as {@code start}. Not thread-safe; whoever opens a trainer closes it.
 */
public final class UpscalerTrainer implements AutoCloseable {

    private static final String NETWORK_FILE = "upscaler.params";
    private static final String ADAM_FILE = "upscaler.adam";
    private static final String DISCRIMINATOR_FILE = "discriminator.params";
    private static final String DISCRIMINATOR_ADAM_FILE = "discriminator.adam";
    /** Narrow: the discriminator judges fine detail in small patches, and its cost dominates a step. */
    private static final int DISCRIMINATOR_WIDTH = 16;
    private static final double NANOS_PER_SECOND = 1e9;

    private final UpscalerTrainingConfig config;
    private final UpscalerManifest manifest;
    private final SuperResolutionPatches patches;
    private final String dataDescription;
    private final Path folder;
    private final RunFolderLock lock;
    private final NDManager manager;
    private final ParameterStore store;
    private final Block network;
    private final TrainableParameters networkParameters;
    private final AdamOptimizer adam;
    private final PatchDiscriminator discriminator;
    private final TrainableParameters discriminatorParameters;
    private final AdamOptimizer discriminatorAdam;
    private final BufferSnapshot discriminatorBuffers;
    private final LossAverage losses = new LossAverage();
    private long step;
    private double wallSecondsBefore;

    private UpscalerTrainer(UpscalerTrainingConfig config, UpscalerManifest manifest,
            SuperResolutionPatches patches, String dataDescription, Path folder, RunFolderLock lock,
            Device device) {
        this.config = config;
        this.manifest = manifest;
        this.patches = patches;
        this.dataDescription = dataDescription;
        this.folder = folder;
        this.lock = lock;
        manager = NDManager.newBaseManager(device);
        store = new ParameterStore(manager, false);
        // One seeded stream for both networks, D's weights drawn after the upscaler's.
        Networks networks = SeededWeights.seeded(config.seed(), () -> new Networks(
                UpscalerNetwork.initialised(config.spec(), manager),
                config.adversarial()
                        ? new PatchDiscriminator(config.spec().channels(), DISCRIMINATOR_WIDTH, manager)
                        : null));
        network = networks.upscaler();
        networkParameters = new TrainableParameters(network);
        adam = new AdamOptimizer(networkParameters, config.adam(), manager);
        discriminator = networks.discriminator();
        if (config.adversarial()) {
            discriminatorParameters = new TrainableParameters(discriminator.block());
            discriminatorAdam = new AdamOptimizer(discriminatorParameters, config.adam(), manager);
            discriminatorBuffers = new BufferSnapshot(discriminator.block());
        } else {
            discriminatorParameters = null;
            discriminatorAdam = null;
            discriminatorBuffers = null;
        }
    }

    /**
     * Sets up a run, fresh or from the folder's newest checkpoint.
     *
     * @param config the run's settings
     * @param manifest the upscaler's identity and sources; its spec must be the config's
     * @param patches the training pairs
     * @param dataDescription what the patches come from, for the record and the resume check
     * @param folder the run's folder, created if needed
     * @param resume whether to continue from the newest checkpoint
     * @param start an upscaler folder whose weights a fresh run starts from (SRGAN starts from the
     *     L1 network), or empty
     * @param device where to train
     * @return the trainer; the caller closes it
     * @throws IOException if a checkpoint or the start cannot be read, or the folder holds another run
     */
    public static UpscalerTrainer open(UpscalerTrainingConfig config, UpscalerManifest manifest,
            SuperResolutionPatches patches, String dataDescription, Path folder, boolean resume,
            Optional<Path> start, Device device) throws IOException {
        if (!manifest.spec().equals(config.spec())) {
            throw new IllegalArgumentException("the manifest's shape " + manifest.spec()
                    + " is not the run's " + config.spec());
        }
        RunFolderClaim claim = RunFolderClaim.take(folder, "an upscaler", resume);
        UpscalerTrainer trainer;
        try {
            trainer = new UpscalerTrainer(config, manifest, patches, dataDescription, folder, claim.lock(), device);
        } catch (RuntimeException e) {
            claim.lock().close();
            throw e;
        }
        try {
            if (claim.checkpoints().isEmpty() && start.isPresent()) {
                trainer.startFrom(start.get());
            }
            Checkpoints.restoreNewestReadable(claim.checkpoints(), trainer::restore);
            return trainer;
        } catch (IOException | RuntimeException e) {
            trainer.close();
            throw e;
        }
    }

    /**
     * Trains until the configured step, checkpointing on schedule.
     *
     * @param listener hears about progress; losses are (discriminator hinge or 0, upscaler loss)
     * @return the losses averaged over recent steps
     * @throws IOException if a checkpoint or the upscaler folder cannot be written
     */
    public StepLosses train(TrainingListener listener) throws IOException {
        listener.started(step, config.steps());
        long start = System.nanoTime();
        while (step < config.steps()) {
            StepLosses stepLosses = trainStep(step);
            if (!stepLosses.finite()) {
                throw new IllegalStateException(String.format(Locale.ROOT, "upscaler training diverged "
                        + "at step %d; the last checkpoint is in %s", step + 1,
                        folder.resolve(Checkpoints.FOLDER)));
            }
            step++;
            losses.add(stepLosses);
            listener.stepped(step, stepLosses);
            if (step % config.checkpointEvery() == 0 || step == config.steps()) {
                save(wallSecondsBefore + (System.nanoTime() - start) / NANOS_PER_SECOND);
                listener.checkpointed(step, losses.current());
            }
        }
        return losses.current();
    }

    /** The network being trained, for tests that compare runs. */
    Block network() {
        return network;
    }

    /** Steps completed so far, including those before a resume. */
    public long completedSteps() {
        return step;
    }

    /**
     * The L1 loss of the current network on a batch that training never draws.
     *
     * @param count pairs to measure on
     * @return mean absolute error per value
     */
    public double heldOutL1(int count) {
        SuperResolutionPatches.Batch batch = patches.batch(Long.MIN_VALUE + 1, count);
        try (NDManager scope = manager.newSubManager()) {
            return upscaled(scope, batch, false).sub(targets(scope, batch)).abs().mean().getFloat();
        }
    }

    private StepLosses trainStep(long index) {
        SuperResolutionPatches.Batch batch = patches.batch(index, config.batchSize());
        try (NDManager scope = manager.newSubManager()) {
            NDArray sharp = targets(scope, batch);
            float discriminatorLoss = 0;
            if (config.adversarial()) {
                discriminatorBuffers.take();
                discriminatorLoss = NumericGuard.untilFinite("the discriminator's step " + (index + 1),
                        attempt -> {
                            if (attempt > 0) {
                                discriminatorBuffers.restore();
                            }
                            return discriminatorPass(scope, batch, sharp);
                        });
                discriminatorParameters.freeze(true);
            }
            try {
                float upscalerLoss = NumericGuard.untilFinite("the upscaler's step " + (index + 1),
                        attempt -> upscalerPass(scope, batch, sharp));
                return new StepLosses(discriminatorLoss, upscalerLoss);
            } finally {
                if (config.adversarial()) {
                    discriminatorParameters.freeze(false);
                }
            }
        }
    }

    private Optional<Float> discriminatorPass(NDManager scope, SuperResolutionPatches.Batch batch,
            NDArray sharp) {
        NDArray fake = upscaled(scope, batch, false);
        float loss;
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray real = discriminator.forward(store, sharp, true, null);
            NDArray generated = discriminator.forward(store, fake, true, null);
            NDArray total = HingeLoss.discriminator(real, generated);
            collector.backward(total);
            loss = total.getFloat();
        }
        return discriminatorAdam.step(scope) && Float.isFinite(loss) ? Optional.of(loss) : Optional.empty();
    }

    private Optional<Float> upscalerPass(NDManager scope, SuperResolutionPatches.Batch batch,
            NDArray sharp) {
        float pixel;
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray output = upscaled(scope, batch, true);
            NDArray total = output.sub(sharp).abs().mean();
            pixel = total.getFloat();
            if (config.adversarial()) {
                List<NDArray> fakeFeatures = new ArrayList<>();
                List<NDArray> realFeatures = new ArrayList<>();
                NDArray scores = discriminator.forward(store, output, false, fakeFeatures);
                discriminator.forward(store, sharp, false, realFeatures);
                total = total.add(HingeLoss.generator(scores).mul(config.adversarialWeight()));
                if (config.featureWeight() > 0) {
                    NDArray feature = null;
                    for (int i = 0; i < fakeFeatures.size(); i++) {
                        NDArray term = fakeFeatures.get(i).sub(realFeatures.get(i).stopGradient())
                                .abs().mean();
                        feature = feature == null ? term : feature.add(term);
                    }
                    total = total.add(feature.mul(config.featureWeight() / fakeFeatures.size()));
                }
            }
            collector.backward(total);
        }
        return adam.step(scope) && Float.isFinite(pixel) ? Optional.of(pixel) : Optional.empty();
    }

    private NDArray upscaled(NDManager scope, SuperResolutionPatches.Batch batch, boolean training) {
        int side = batch.inputSide();
        NDArray inputs = scope.create(batch.inputs(),
                new Shape(batch.count(), config.spec().channels(), side, side));
        return network.forward(store, new NDList(inputs), training).singletonOrThrow();
    }

    private NDArray targets(NDManager scope, SuperResolutionPatches.Batch batch) {
        int side = batch.targetSide();
        return scope.create(batch.targets(), new Shape(batch.count(), config.spec().channels(), side, side));
    }

    /** Writes a checkpoint, then the upscaler folder. */
    private void save(double wallSeconds) throws IOException {
        Path checkpoint = new Checkpoints(folder).prepare(step);
        ParameterFiles.save(network, checkpoint.resolve(NETWORK_FILE));
        adam.save(checkpoint.resolve(ADAM_FILE));
        if (config.adversarial()) {
            ParameterFiles.save(discriminator.block(), checkpoint.resolve(DISCRIMINATOR_FILE));
            discriminatorAdam.save(checkpoint.resolve(DISCRIMINATOR_ADAM_FILE));
        }
        new Checkpoints(folder).commit(checkpoint, new CheckpointState(step, wallSeconds,
                losses.state(), config.fingerprint(dataDescription), Instant.now().toString()));
        ParameterFiles.save(network, folder.resolve(manifest.weightsFile()));
        UpscalerManifestWriter.write(manifest.withTraining(UpscalerTrainingRecord.of(config,
                dataDescription, step, wallSeconds, losses.current(), heldOutL1(32))),
                folder.resolve(UpscalerManifest.FILE_NAME));
    }

    private void restore(Path checkpoint) throws IOException {
        CheckpointState state = Checkpoints.readState(checkpoint);
        String expected = config.fingerprint(dataDescription);
        if (!expected.equals(state.fingerprint())) {
            throw new IOException("the checkpoint in " + checkpoint + " belongs to another setup (checkpoint: "
                    + state.fingerprint() + "; this run: " + expected + "); resume with the run's own options");
        }
        try {
            ParameterFiles.load(network, manager, checkpoint.resolve(NETWORK_FILE));
            if (config.adversarial()) {
                ParameterFiles.load(discriminator.block(), manager, checkpoint.resolve(DISCRIMINATOR_FILE));
            }
        } catch (ModelLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
        networkParameters.freeze(false);
        try (NDManager scope = manager.newSubManager()) {
            adam.load(checkpoint.resolve(ADAM_FILE), scope);
            if (config.adversarial()) {
                discriminatorParameters.freeze(false);
                discriminatorAdam.load(checkpoint.resolve(DISCRIMINATOR_ADAM_FILE), scope);
            }
        }
        step = state.step();
        wallSecondsBefore = state.wallSeconds();
        losses.restore(state.lossAverage());
    }

    private void startFrom(Path upscalerFolder) throws IOException {
        try {
            UpscalerManifest start = UpscalerManifestReader.read(upscalerFolder.resolve(UpscalerManifest.FILE_NAME));
            if (!start.spec().equals(config.spec())) {
                throw new IOException(upscalerFolder + " holds an upscaler of shape " + start.spec()
                        + ", not this run's " + config.spec());
            }
            ParameterFiles.load(network, manager, upscalerFolder.resolve(start.weightsFile()));
        } catch (ModelLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
        networkParameters.freeze(false);
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            lock.close();
        }
    }

    /** The freshly initialised networks; the discriminator is null for an L1-only run. */
    private record Networks(Block upscaler, PatchDiscriminator discriminator) {
    }
}
