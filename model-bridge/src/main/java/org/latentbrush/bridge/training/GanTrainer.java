package org.latentbrush.bridge.training;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ManifestWriter;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.generator.NumericGuard;
import org.latentbrush.bridge.generator.ParameterFiles;
import org.latentbrush.bridge.generator.SeededWeights;
import org.latentbrush.bridge.training.data.ImageSource;
import org.latentbrush.bridge.training.data.Seeds;

/**
 * Trains a generator against a discriminator on an image source, with resumable checkpoints.
 *
 * <p>Each step: D is updated once on a batch of real images and one of G(z) with the hinge loss,
 * then G once to raise D's scores of the same G(z), plus a {@link ModeSeekingLoss} that keeps
 * different z apart, then the average of G's weights moves toward G. Every step's arrays live in
 * a sub-manager closed at the step's end, so native memory stays flat. Images and latents come
 * from {@link BatchSchedule}, a function of seed and step, so a resumed run reproduces the
 * uninterrupted one.
 *
 * <p>The run's folder is a model folder: {@code manifest.json} and {@code generator.params} (the
 * averaged G) are rewritten at every checkpoint, so the newest model can be opened mid-run. Beside
 * them: {@code samples/step-NNNNNN.png} and {@code checkpoints/}.
 *
 * <pre>{@code
 * try (GanTrainer trainer = GanTrainer.open(config, manifest, source, out, true, Device.cpu())) {
 *     trainer.train(listener);
 * }
 * }</pre>
 *
 * <p>Not thread-safe; whoever opens a trainer closes it.
 */
public final class GanTrainer implements AutoCloseable {

    static final String GENERATOR_FILE = "generator.params";
    static final String AVERAGE_FILE = "generator-average.params";
    static final String DISCRIMINATOR_FILE = "discriminator.params";
    static final String GENERATOR_ADAM_FILE = "adam-generator.state";
    static final String DISCRIMINATOR_ADAM_FILE = "adam-discriminator.state";
    /** Sample grids' folder inside the run's folder. */
    public static final String SAMPLES = "samples";

    private static final double NANOS_PER_SECOND = 1e9;
    /** Keeps the augmentation's random numbers apart from the batch schedule's. */
    private static final long AUGMENT_SALT = 0x5DEECE66DL;

    private final GanTrainingConfig config;
    private final ModelManifest manifest;
    private final ImageSource data;
    private final Path folder;
    private final GanModel generator;
    private final GanModel average;
    private final NDManager manager;
    private final Block discriminator;
    private final AdversarialPasses passes;
    private final TrainableParameters generatorParameters;
    private final TrainableParameters discriminatorParameters;
    private final AdamOptimizer generatorAdam;
    private final AdamOptimizer discriminatorAdam;
    private final WeightAverage weightAverage;
    private final BufferSnapshot generatorBuffers;
    private final BufferSnapshot discriminatorBuffers;
    private final BatchSchedule schedule;
    private final ImagePrefetcher prefetcher;
    private final SampleGrid sampleGrid;
    private final Checkpoints checkpoints;
    private final LossAverage losses = new LossAverage();
    private final RunFolderLock folderLock;
    private long step;
    private double wallSecondsBefore;
    private String resumeNote;
    private final Optional<WarmStart> warmStart;
    /** The warm start's part of the checkpoints' fingerprint and its training record, read once. */
    private String startFingerprint = "";
    private Map<String, Object> startRecord;

    private GanTrainer(GanTrainingConfig config, ModelManifest manifest, ImageSource data,
            Path folder, Optional<WarmStart> warmStart, Device device, RunFolderLock folderLock) {
        this.folderLock = folderLock;
        this.warmStart = warmStart;
        this.config = config;
        this.manifest = manifest;
        this.data = data;
        this.folder = folder;
        long seed = config.seed();
        generator = GanModel.random(manifest, seed, device);
        average = GanModel.random(manifest, seed, device);
        manager = NDManager.newBaseManager(device);
        // A seed of its own, so D's weights do not repeat G's random stream.
        discriminator = SeededWeights.seeded(Seeds.combine(seed, 1), () -> Discriminator.initialised(
                manifest.architecture(), config.discriminatorWidth(), config.discriminatorDepth(), manager));
        generatorParameters = new TrainableParameters(generator.generatorBlock());
        discriminatorParameters = new TrainableParameters(discriminator);
        generatorAdam = new AdamOptimizer(generatorParameters, config.generatorAdam(), manager);
        discriminatorAdam = new AdamOptimizer(discriminatorParameters, config.discriminatorAdam(),
                manager);
        passes = new AdversarialPasses(config, generator.generatorBlock(), discriminator,
                new ParameterStore(manager, false), generatorAdam, discriminatorAdam);
        weightAverage = new WeightAverage(generator.generatorBlock(), average.generatorBlock(),
                config.averageDecay());
        weightAverage.reset();
        generatorBuffers = new BufferSnapshot(generator.generatorBlock());
        discriminatorBuffers = new BufferSnapshot(discriminator);
        schedule = new BatchSchedule(data, config.batchSize(), seed);
        prefetcher = new ImagePrefetcher(schedule::images);
        sampleGrid = new SampleGrid(seed, manifest.latentSize());
        checkpoints = new Checkpoints(folder);
    }

    /**
     * Sets up a run, fresh or from the folder's newest checkpoint.
     *
     * @param config the run's settings
     * @param manifest the model's manifest (without an encoder); its training record is replaced
     * @param data the training images, matching the manifest's size and channels
     * @param folder the run's folder, created if needed
     * @param resume whether to continue from the newest checkpoint; without one the run starts
     *     fresh
     * @param device where to train
     * @return the trainer; the caller closes it
     * @throws IOException if a checkpoint cannot be read or the folder holds another run
     * @throws IllegalArgumentException if the settings, manifest and data do not fit together
     */
    public static GanTrainer open(GanTrainingConfig config, ModelManifest manifest,
            ImageSource data, Path folder, boolean resume, Device device) throws IOException {
        return open(config, manifest, data, folder, resume, Optional.empty(), device);
    }

    /**
     * Sets up a run as {@link #open(GanTrainingConfig, ModelManifest, ImageSource, Path, boolean,
     * Device)} does, a fresh one starting from a trained model's generator when {@code warmStart}
     * names one. Resuming such a run needs the same warm start.
     *
     * @throws IOException also if the model to start from cannot be read or has another shape
     */
    public static GanTrainer open(GanTrainingConfig config, ModelManifest manifest, ImageSource data,
            Path folder, boolean resume, Optional<WarmStart> warmStart, Device device) throws IOException {
        config.checkFits(manifest, data);
        if (warmStart.isPresent()) {
            warmStart.get().checkFits(manifest);
        }
        RunFolderClaim claim = RunFolderClaim.take(folder, "a model", resume);
        GanTrainer trainer;
        try {
            trainer = new GanTrainer(config, manifest, data, folder, warmStart, device, claim.lock());
        } catch (RuntimeException e) {
            claim.lock().close();
            throw e;
        }
        try {
            if (warmStart.isPresent()) {
                WarmStart.Description start = warmStart.get().describe();
                trainer.startFingerprint = start.fingerprint();
                trainer.startRecord = start.record();
            }
            trainer.resumeNote = Checkpoints.restoreNewestReadable(claim.checkpoints(), trainer::restore)
                    .orElse(null);
            if (claim.checkpoints().isEmpty() && warmStart.isPresent()) {
                warmStart.get().load(trainer.generator, trainer.average);
                // Loading replaced the arrays; the new ones must record gradients again.
                trainer.generatorParameters.freeze(false);
            }
            return trainer;
        } catch (IOException | RuntimeException e) {
            trainer.close();
            throw e;
        }
    }

    /** Why the run resumed from an older checkpoint than the newest, if it did. */
    public Optional<String> resumeNote() {
        return Optional.ofNullable(resumeNote);
    }

    /**
     * Trains until the configured step, writing samples and checkpoints on schedule.
     *
     * @param listener hears about progress
     * @return the losses averaged over the last hundred or so steps
     * @throws IOException if a sample, checkpoint or the model cannot be written
     * @throws IllegalStateException if a loss stops being finite (training diverged)
     */
    public StepLosses train(TrainingListener listener) throws IOException {
        listener.started(step, config.steps());
        long start = System.nanoTime();
        while (step < config.steps()) {
            StepLosses stepLosses = trainStep(step);
            if (!stepLosses.finite()) {
                throw new IllegalStateException(String.format(Locale.ROOT, "training diverged at "
                        + "step %d (D loss %s, G loss %s); the last checkpoint is in %s", step + 1,
                        stepLosses.discriminator(), stepLosses.generator(),
                        folder.resolve(Checkpoints.FOLDER)));
            }
            step++;
            losses.add(stepLosses);
            listener.stepped(step, stepLosses);
            boolean last = step == config.steps();
            if (step % config.sampleEvery() == 0 || last) {
                Path file = folder.resolve(SAMPLES).resolve(
                        String.format(Locale.ROOT, "step-%06d.png", step));
                sampleGrid.write(average, file);
                listener.sampled(step, file);
            }
            if (step % config.checkpointEvery() == 0 || last) {
                double wall = wallSecondsBefore + (System.nanoTime() - start) / NANOS_PER_SECOND;
                save(wall);
                listener.checkpointed(step, losses.current());
            }
        }
        return losses.current();
    }

    /**
     * One step of D then G, each pass repeated while its gradients come out non-finite
     * ({@link NumericGuard}).
     *
     * @param index the step, counted from 0
     * @return its losses
     */
    private StepLosses trainStep(long index) {
        int batch = config.batchSize();
        int size = manifest.imageSize();
        try (NDManager scope = manager.newSubManager()) {
            NDArray real = scope.create(prefetcher.images(index),
                    new Shape(batch, manifest.channels(), size, size));
            NDArray z = scope.create(schedule.latents(index, manifest.latentSize()),
                    new Shape(batch, manifest.latentSize()));
            NDArray[] fake = new NDArray[1];
            // A repeated pass starts from the batch-norm statistics and power iteration of the
            // first, so that the step ends as an uninterrupted one would.
            generatorBuffers.take();
            discriminatorBuffers.take();
            long stepSeed = Seeds.combine(config.seed() ^ AUGMENT_SALT, index);
            float discriminatorLoss = NumericGuard.untilFinite("the discriminator's step " + (index
                    + 1), attempt -> {
                        if (attempt > 0) {
                            generatorBuffers.restore();
                            discriminatorBuffers.restore();
                        }
                        return passes.discriminator(scope, real, z, fake, stepSeed);
                    });
            if (warmStart.isPresent() && warmStart.get().discriminatorAlone(index)) {
                // G stays as it was loaded (its loss shows as 0), and so does its average.
                return new StepLosses(discriminatorLoss, 0);
            }
            float generatorLoss;
            discriminatorParameters.freeze(true);
            try {
                generatorLoss = NumericGuard.untilFinite("the generator's step " + (index + 1),
                        attempt -> {
                            if (attempt > 0) {
                                generatorBuffers.restore();
                            }
                            return passes.generator(scope, z, attempt == 0 ? fake[0] : null, real, stepSeed);
                        });
            } finally {
                discriminatorParameters.freeze(false);
            }
            // A warm start's average begins as trained weights, not random ones: no ramp to skip them.
            weightAverage.update(warmStart.isPresent() ? warmStart.get().averageUpdate(index) : index + 1, scope);
            return new StepLosses(discriminatorLoss, generatorLoss);
        }
    }

    /** Writes a checkpoint, then the model folder with the averaged generator. */
    private void save(double wallSeconds) throws IOException {
        Path checkpoint = checkpoints.prepare(step);
        ParameterFiles.save(generator.generatorBlock(), checkpoint.resolve(GENERATOR_FILE));
        ParameterFiles.save(average.generatorBlock(), checkpoint.resolve(AVERAGE_FILE));
        ParameterFiles.save(discriminator, checkpoint.resolve(DISCRIMINATOR_FILE));
        generatorAdam.save(checkpoint.resolve(GENERATOR_ADAM_FILE));
        discriminatorAdam.save(checkpoint.resolve(DISCRIMINATOR_ADAM_FILE));
        checkpoints.commit(checkpoint, new CheckpointState(step, wallSeconds, losses.state(),
                fingerprint(), Instant.now().toString()));
        Map<String, Object> record = TrainingRecord.of(config, data.describe(), step, wallSeconds, losses.current());
        if (startRecord != null) {
            record.put("startedFrom", startRecord);
        }
        ModelManifest trained = manifest.withTraining(record);
        Files.createDirectories(folder);
        ParameterFiles.save(average.generatorBlock(), folder.resolve(manifest.generatorFile()));
        ManifestWriter.write(trained, folder.resolve(ModelManifest.FILE_NAME));
    }

    /** Loads a checkpoint written by {@link #save}. */
    private void restore(Path checkpoint) throws IOException {
        CheckpointState state = Checkpoints.readState(checkpoint);
        String expected = fingerprint();
        if (!expected.equals(state.fingerprint())) {
            throw new IOException("the checkpoint in " + checkpoint + " belongs to another setup (checkpoint: "
                    + state.fingerprint() + "; this run: " + expected + "); resume with the run's own options");
        }
        try {
            ParameterFiles.load(generator.generatorBlock(), generator.manager(),
                    checkpoint.resolve(GENERATOR_FILE));
            ParameterFiles.load(average.generatorBlock(), average.manager(),
                    checkpoint.resolve(AVERAGE_FILE));
            ParameterFiles.load(discriminator, manager, checkpoint.resolve(DISCRIMINATOR_FILE));
        } catch (ModelLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
        // Loading replaced the arrays; the new ones must record gradients again.
        generatorParameters.freeze(false);
        discriminatorParameters.freeze(false);
        try (NDManager scope = manager.newSubManager()) {
            generatorAdam.load(checkpoint.resolve(GENERATOR_ADAM_FILE), scope);
            discriminatorAdam.load(checkpoint.resolve(DISCRIMINATOR_ADAM_FILE), scope);
        }
        step = state.step();
        wallSecondsBefore = state.wallSeconds();
        losses.restore(state.lossAverage());
    }

    /** What a checkpoint must agree on with the run that resumes it. */
    private String fingerprint() {
        return config.fingerprint(data.describe()) + startFingerprint;
    }

    /** Steps completed so far, including those before a resume. */
    public long completedSteps() {
        return step;
    }

    /** The averaged generator: what is saved as the model. */
    public GanModel averageGenerator() {
        return average;
    }

    /** The generator being trained, for tests that compare runs. */
    GanModel trainedGenerator() {
        return generator;
    }

    /** The discriminator, for tests that compare runs. */
    Block discriminatorBlock() {
        return discriminator;
    }

    @Override
    public void close() {
        try {
            prefetcher.close();
            manager.close();
            average.close();
            generator.close();
        } finally {
            try {
                folderLock.close();
            } catch (IOException e) {
                // The process's exit releases the lock anyway; nothing is lost.
                System.getLogger(GanTrainer.class.getName()).log(System.Logger.Level.WARNING,
                        "could not release the lock on " + folder, e);
            }
        }
    }
}
