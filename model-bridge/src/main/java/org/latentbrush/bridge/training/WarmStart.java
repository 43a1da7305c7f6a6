package org.latentbrush.bridge.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ManifestReader;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.generator.ParameterFiles;

/**
 * A fresh run that starts from a trained model's generator instead of random weights: to train a
 * shipped model further when its run's checkpoints are gone, or to fine-tune it on other pictures.
 *
 * <p>A model folder holds G alone; its discriminator and both optimisers' moments are not saved.
 * A random D gives G nonsense gradients, which would undo the trained weights in a few hundred
 * steps, so D first learns alone against the fixed G for {@code discriminatorSteps} steps, then
 * both train as usual. G's Adam starts from zero moments, as in any fresh run; the average of G's
 * weights, which is what gets saved, moves at its full decay from the start, since it starts from
 * trained weights.
 *
 * @param modelFolder the model whose {@code generator.params} G and its average start from
 * @param discriminatorSteps the steps D trains alone first
 */
public record WarmStart(Path modelFolder, long discriminatorSteps) {

    private static final int HASH_CHARS = 16;

    /**
     * Where a warm start's average counts from: far past {@link WeightAverage}'s ramp, so the
     * average moves at its full decay from G's first update rather than taking each new G nearly
     * whole, as a random start's must.
     */
    private static final long AVERAGE_AFTER = 1_000_000;

    /**
     * Checks the numbers.
     *
     * @throws IllegalArgumentException if the steps are negative
     */
    public WarmStart {
        if (discriminatorSteps < 0) {
            throw new IllegalArgumentException("D's steps alone must not be negative, was " + discriminatorSteps);
        }
    }

    /** Whether step {@code index} (from 0) still trains D alone. */
    boolean discriminatorAlone(long index) {
        return index < discriminatorSteps;
    }

    /** The update number the average of G's weights takes after step {@code index} (from 0). */
    long averageUpdate(long index) {
        return AVERAGE_AFTER + index + 1;
    }

    /**
     * Checks that the model has the run's shape, before the run's folder is touched.
     *
     * @param run the manifest of the model being trained
     * @throws IOException naming the folder, if it holds no readable model or one of another shape
     */
    void checkFits(ModelManifest run) throws IOException {
        ModelManifest start = manifest();
        if (!start.architecture().equals(run.architecture())) {
            throw new IOException(modelFolder + " holds a model of another shape (" + shape(start.architecture())
                    + "); this run trains " + shape(run.architecture()) + ": give it the model's options");
        }
    }

    /**
     * Loads the model's weights into G and its average; {@link #checkFits} has checked its shape.
     *
     * @param generator the generator being trained
     * @param average the average of its weights
     * @throws IOException naming the file, if the weights cannot be read
     */
    void load(GanModel generator, GanModel average) throws IOException {
        Path weights = modelFolder.resolve(manifest().generatorFile());
        try {
            ParameterFiles.load(generator.generatorBlock(), generator.manager(), weights);
            ParameterFiles.load(average.generatorBlock(), average.manager(), weights);
        } catch (ModelLoadException e) {
            throw new IOException(weights + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a run records of its start, read once when it opens.
     *
     * @param fingerprint what a checkpoint of the run must agree on besides the recipe: the same
     *     start weights and the same steps of D alone
     * @param record the training record's {@code startedFrom} entry
     */
    record Description(String fingerprint, Map<String, Object> record) {}

    /**
     * Reads the model's manifest and hashes its weights, once.
     *
     * @throws IOException if the model cannot be read
     */
    Description describe() throws IOException {
        ModelManifest start = manifest();
        String hash = weightsHash(start);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("model", start.name());
        record.put("generatorSha256", hash);
        Object steps = start.training().get("steps");
        if (steps != null) {
            record.put("itsTrainingSteps", steps);
        }
        record.put("discriminatorAloneSteps", discriminatorSteps);
        return new Description(String.format(Locale.ROOT, ", started from generator %s, D alone for %d steps",
                hash, discriminatorSteps), record);
    }

    private static String shape(ArchitectureSpec a) {
        return String.format(Locale.ROOT, "%s, width %d, %d px, %d channel(s), latent %d", a.type().manifestName(),
                a.baseWidth(), a.imageSize(), a.channels(), a.latentSize());
    }

    private ModelManifest manifest() throws IOException {
        try {
            return ManifestReader.read(modelFolder.resolve(ModelManifest.FILE_NAME));
        } catch (ModelLoadException e) {
            throw new IOException(modelFolder + " holds no model to start from: " + e.getMessage(), e);
        }
    }

    /** The start of the weights file's SHA-256: enough to tell two models apart in a record. */
    private String weightsHash(ModelManifest start) throws IOException {
        byte[] weights = Files.readAllBytes(modelFolder.resolve(start.generatorFile()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(weights);
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
