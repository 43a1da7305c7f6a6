package org.latentbrush.bridge.generator;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.latentbrush.bridge.image.RasterImage;

/**
 * A loaded generator G, with its encoder E when the model has one, on one device.
 *
 * <p>The model owns an {@link NDManager} holding its weights; arrays it returns belong to the
 * manager of their input, so callers scope their own work. Weights are frozen: gradients flow to
 * the input z only. Batch norm runs in inference mode, so each candidate in a batch is independent
 * of the others.
 *
 * <p>Not thread-safe: one optimiser thread uses a model at a time. Whoever opens a model closes it.
 */
public final class GanModel implements AutoCloseable {

    /** Latents rendered per forward pass: bounds memory for long interpolations. */
    private static final int RENDER_BATCH = 64;

    /** How a tuned generator's weights are named in messages, as sessions store them. */
    private static final String TUNED_NAME = "tuned-generator.params";

    /** Standard deviation of DCGAN's weight initialisation. */
    private static final float INIT_SIGMA = 0.02f;

    private final ModelManifest manifest;
    private final NDManager manager;
    private final Block generator;
    private final Block encoder;
    private final ParameterStore store;
    private final String fingerprint;

    private GanModel(ModelManifest manifest, NDManager manager, Block generator, Block encoder) {
        this(manifest, manager, generator, encoder, ParameterFiles.fingerprint(generator));
    }

    private GanModel(ModelManifest manifest, NDManager manager, Block generator, Block encoder,
            String fingerprint) {
        this.manifest = manifest;
        this.manager = manager;
        this.generator = generator;
        this.encoder = encoder;
        this.store = new ParameterStore(manager, false);
        this.fingerprint = fingerprint;
        generator.freezeParameters(true);
        if (encoder != null) {
            encoder.freezeParameters(true);
        }
    }

    /**
     * Loads and checks a model folder.
     *
     * @param folder a folder with {@code manifest.json} and the weight files it names
     * @param device where the model runs
     * @return the model; the caller closes it
     * @throws ModelLoadException naming the file at fault and the problem
     */
    public static GanModel load(Path folder, Device device) throws ModelLoadException {
        ModelManifest manifest = ManifestReader.read(folder.resolve(ModelManifest.FILE_NAME));
        NDManager manager = NDManager.newBaseManager(device);
        try {
            Block generator = initialisedGenerator(manifest, manager);
            ParameterFiles.load(generator, manager, folder.resolve(manifest.generatorFile()));
            Block encoder = null;
            if (manifest.encoder().isPresent()) {
                ModelManifest.EncoderSpec spec = manifest.encoder().get();
                encoder = initialisedEncoder(manifest, spec, manager);
                ParameterFiles.load(encoder, manager, folder.resolve(spec.file()));
            }
            // A loaded model's weights never change: its layers may keep what they derive from them.
            cacheFrozenKernels(generator);
            return new GanModel(manifest, manager, generator, encoder);
        } catch (ModelLoadException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * Loads a model by reference: a built-in name, a folder or a zip.
     *
     * @param reference what the user named
     * @param device where the model runs
     * @return the model
     * @throws ModelLoadException when it cannot be found or loaded
     */
    public static GanModel open(String reference, Device device) throws ModelLoadException {
        Path folder = ModelLocator.resolve(reference);
        try {
            return load(folder, device);
        } catch (ModelLoadException e) {
            throw ModelLocator.failureIn(reference, folder, e);
        }
    }

    /**
     * Creates a model with freshly initialised weights, for training.
     *
     * @param manifest the model's description
     * @param seed seed of the engine's random generator
     * @param device where the model runs
     * @return the model
     */
    public static GanModel random(ModelManifest manifest, long seed, Device device) {
        return random(manifest, seed, device, INIT_SIGMA);
    }

    /**
     * Creates a model with random weights of a chosen spread, for tests and benchmarks.
     *
     * <p>DCGAN's σ = 0.02 suits training but makes an untrained network's images nearly flat grey;
     * a larger σ gives an untrained model varied images that an optimiser can be tested on.
     *
     * @param manifest the model's description
     * @param seed seed of the engine's random generator
     * @param device where the model runs
     * @param sigma standard deviation of the weights
     * @return the model
     */
    public static GanModel random(ModelManifest manifest, long seed, Device device, float sigma) {
        NDManager manager = NDManager.newBaseManager(device);
        return SeededWeights.seeded(seed, () -> {
            Block generator = build(GeneratorNetworks.build(manifest.architecture()), sigma, manager,
                    new Shape(1, manifest.latentSize()));
            Block encoder = manifest.encoder()
                    .map(spec -> initialisedEncoder(manifest, spec, manager)).orElse(null);
            return new GanModel(manifest, manager, generator, encoder);
        });
    }

    /**
     * Builds and initialises the generator block for a manifest.
     *
     * @param manifest the model's description
     * @param manager the manager that will own the weights
     * @return the initialised block
     */
    public static Block initialisedGenerator(ModelManifest manifest, NDManager manager) {
        return build(GeneratorNetworks.build(manifest.architecture()), INIT_SIGMA, manager,
                new Shape(1, manifest.latentSize()));
    }

    private static Block build(Block block, float sigma, NDManager manager, Shape input) {
        block.setInitializer(new NormalInitializer(sigma), Parameter.Type.WEIGHT);
        SeededWeights.initialise(block, manager, DataType.FLOAT32, input);
        return block;
    }

    /**
     * Builds and initialises the encoder block for a manifest.
     *
     * @param manifest the model's description
     * @param spec the encoder's width and file
     * @param manager the manager that will own the weights
     * @return the initialised block
     */
    public static Block initialisedEncoder(ModelManifest manifest, ModelManifest.EncoderSpec spec,
            NDManager manager) {
        int size = manifest.imageSize();
        return build(EncoderNetwork.build(manifest.architecture(), spec.baseWidth()), INIT_SIGMA,
                manager, new Shape(1, manifest.channels(), size, size));
    }

    /**
     * A private copy of the generator, with weights that may be tuned (e.g. to one photo) without
     * touching this model's. It has no encoder, and it keeps this model's fingerprint: latents keep
     * their meaning through a tuning that only refines the pictures near them. Its weights are
     * frozen like any model's; whoever tunes them unfreezes them for the time it takes.
     *
     * @return the copy, on this model's device; the caller closes it
     */
    public GanModel generatorCopy() {
        return generatorCopy(weightBytes(generator));
    }

    /**
     * A copy of the generator with other weights of the same architecture, such as a tuned copy's
     * saved by {@link #generatorWeights()}.
     *
     * @param weights the generator's parameters in the engine's format
     * @return the copy; the caller closes it
     * @throws IllegalArgumentException if the weights do not fit the architecture
     */
    public GanModel generatorCopy(byte[] weights) {
        NDManager copyManager = NDManager.newBaseManager(device());
        try {
            Block copy = initialisedGenerator(manifest, copyManager);
            var expected = ParameterFiles.shapes(copy);
            Optional<String> declared = DeclaredArrays.problem(new ByteArrayInputStream(weights), weights.length);
            if (declared.isPresent()) {
                throw new ModelLoadException(java.nio.file.Path.of(TUNED_NAME), declared.get());
            }
            copy.loadParameters(copyManager, new DataInputStream(new ByteArrayInputStream(weights)));
            // Weights from a session file are checked as a model's are: shapes, NaN, absurd sizes.
            ParameterFiles.check(copy, java.nio.file.Path.of(TUNED_NAME), expected);
            // Layers cache only while their weights record no gradients: not during a tuning, and
            // again once it has frozen them, so edits on a tuned copy run as fast as on the model.
            cacheFrozenKernels(copy);
            return new GanModel(manifest, copyManager, copy, null, fingerprint);
        } catch (IOException | ai.djl.MalformedModelException | ModelLoadException | RuntimeException e) {
            copyManager.close();
            throw new IllegalArgumentException("the weights do not fit model " + manifest.name() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The generator's weights in the engine's format, as {@link #generatorCopy(byte[])} reads them. */
    public byte[] generatorWeights() {
        return weightBytes(generator);
    }

    /**
     * Freezes the generator's weights again after they were tuned in place, and drops whatever its
     * layers derived from the weights before, so nothing stale is reused.
     */
    public void refreezeAfterTuning() {
        generator.freezeParameters(true);
        for (Block child : generator.getChildren().values()) {
            if (child instanceof FrozenKernelCache layer) {
                layer.cacheFrozenKernels(false);
            }
        }
        cacheFrozenKernels(generator);
    }

    private static void cacheFrozenKernels(Block generator) {
        for (Block child : generator.getChildren().values()) {
            if (child instanceof FrozenKernelCache layer) {
                layer.cacheFrozenKernels(true);
            }
        }
    }

    private static byte[] weightBytes(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            block.saveParameters(data);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Saves the model's weights and manifest into a folder, each file atomically.
     *
     * @param folder the target folder, created if needed
     * @throws IOException if a file cannot be written
     */
    public void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        ParameterFiles.save(generator, folder.resolve(manifest.generatorFile()));
        if (encoder != null) {
            ParameterFiles.save(encoder, folder.resolve(manifest.encoder().orElseThrow().file()));
        }
        ManifestWriter.write(manifest, folder.resolve(ModelManifest.FILE_NAME));
    }

    /**
     * Runs G. Differentiable with respect to {@code z}.
     *
     * @param z latents of shape (batch, latentSize), inside the prior's support [−1, 1]
     * @return images of shape (batch, channels, size, size) in the manifest's value range
     */
    public NDArray generate(NDArray z) {
        return generator.forward(store, new NDList(z), false).singletonOrThrow();
    }

    /**
     * Runs E, when the model has one.
     *
     * @param images images of shape (batch, channels, size, size) in the manifest's value range
     * @return first guesses of z, shape (batch, latentSize), or empty without an encoder
     */
    public Optional<NDArray> encode(NDArray images) {
        if (encoder == null) {
            return Optional.empty();
        }
        return Optional.of(encoder.forward(store, new NDList(images), false).singletonOrThrow());
    }

    /**
     * Renders latents to host images in [0, 1], in batches, without recording gradients.
     *
     * @param latents latent vectors of length latentSize
     * @return G(z) for each, in order
     */
    public List<RasterImage> render(List<float[]> latents) {
        int latent = manifest.latentSize();
        int size = manifest.imageSize();
        int channels = manifest.channels();
        int perImage = channels * size * size;
        List<RasterImage> images = new ArrayList<>(latents.size());
        for (int from = 0; from < latents.size(); from += RENDER_BATCH) {
            int to = Math.min(latents.size(), from + RENDER_BATCH);
            float[] flat = new float[(to - from) * latent];
            for (int i = from; i < to; i++) {
                if (latents.get(i).length != latent) {
                    throw new IllegalArgumentException("latent " + i + " has " + latents.get(i).length
                            + " values, the model needs " + latent);
                }
                System.arraycopy(latents.get(i), 0, flat, (i - from) * latent, latent);
            }
            float[] pixels;
            try (NDManager scope = manager.newSubManager()) {
                NDArray z = scope.create(flat, new Shape(to - from, latent));
                // A batch of one goes to PyTorch's slow reference convolutions (which log an NNPACK
                // warning per layer on CPUs without it); two copies take oneDNN's path.
                pixels = to - from == 1
                        ? generate(z.repeat(0, 2)).get("0:1").toFloatArray()
                        : generate(z).toFloatArray();
            }
            for (int i = 0; i < to - from; i++) {
                images.add(RasterImage.fromModelRange(pixels, i * perImage, size, channels,
                        manifest.valueLow(), manifest.valueHigh()));
            }
        }
        return images;
    }

    /**
     * The generator's weights' fingerprint (see {@link ParameterFiles#fingerprint}), fixed when
     * the model was loaded or created: a latent means the same picture only under the same one.
     */
    public String fingerprint() {
        return fingerprint;
    }

    public boolean hasEncoder() {
        return encoder != null;
    }

    public ModelManifest manifest() {
        return manifest;
    }

    /** The manager that owns the weights; children of it live on the model's device. */
    public NDManager manager() {
        return manager;
    }

    public Device device() {
        return manager.getDevice();
    }

    /** The generator block, for training. */
    public Block generatorBlock() {
        return generator;
    }

    /** The encoder block, for training, or {@code null}. */
    public Block encoderBlock() {
        return encoder;
    }

    @Override
    public void close() {
        manager.close();
    }
}
