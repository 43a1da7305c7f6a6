package org.latentbrush.bridge.generator;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.io.IoMessages;

/**
 * Saves and loads a block's parameters in DJL's parameter format, checking what it loads.
 *
 * <p>Loading checks that the file is complete, that every parameter has the shape the manifest's
 * architecture needs, and that no value is NaN or infinite: a bad file is named with its problem
 * instead of surfacing later as an engine error or a black image. Messages name the file by its
 * path as given, e.g. {@code models/foo/generator.params: file is truncated ...}.
 */
public final class ParameterFiles {

    /**
     * Largest magnitude a weight may have. Trained weights, batch-norm statistics included, stay
     * within a few hundred; values near the float range turn every image black.
     */
    static final float MAX_MAGNITUDE = 1e6f;

    /** Bytes of the SHA-256 kept in a fingerprint: 64 bits tell weights apart well enough. */
    private static final int FINGERPRINT_BYTES = 8;

    private ParameterFiles() {}

    /**
     * Writes a block's parameters atomically.
     *
     * @param block an initialised block
     * @param file the target file
     * @throws IOException if it cannot be written
     */
    public static void save(Block block, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
            block.saveParameters(data);
            data.flush();
        });
    }

    /**
     * A fingerprint of a block's weights: the first 16 hexadecimal digits of the SHA-256 of the
     * bytes {@link #save} writes for them, so a saved and a loaded copy of the same weights agree.
     *
     * @param block an initialised block
     * @return 16 lower-case hexadecimal digits
     */
    public static String fingerprint(Block block) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(
                    new DigestOutputStream(OutputStream.nullOutputStream(), sha)))) {
                block.saveParameters(data);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, FINGERPRINT_BYTES);
        } catch (NoSuchAlgorithmException | IOException e) {
            // SHA-256 is in every Java runtime and the stream writes nowhere: neither can happen.
            throw new IllegalStateException("cannot fingerprint the weights", e);
        }
    }

    /**
     * Loads parameters into an initialised block and checks them.
     *
     * @param block a block initialised with the expected shapes
     * @param manager the manager that will own the loaded arrays
     * @param file the parameter file
     * @throws ModelLoadException naming the file and what is wrong with it
     */
    public static void load(Block block, NDManager manager, Path file) throws ModelLoadException {
        Map<String, Shape> expected = shapes(block);
        if (Files.isDirectory(file)) {
            // Said as the photo reader says it; reading would fail with the system's own words.
            throw refused(file, "not a file");
        }
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            long size = Files.size(file);
            if (size == 0) {
                throw refused(file, IoMessages.EMPTY_FILE);
            }
            Optional<String> declared;
            try (InputStream headers = Files.newInputStream(file)) {
                declared = DeclaredArrays.problem(headers, size);
            }
            if (declared.isPresent()) {
                throw refused(file, declared.get());
            }
            block.loadParameters(manager, in);
            if (in.read() != -1) {
                throw refused(file, "has unexpected data after the last parameter; "
                        + "it was written for a different architecture");
            }
        } catch (NoSuchFileException e) {
            throw refused(file, "file not found");
        } catch (EOFException e) {
            throw refused(file, "file is truncated (it ends before all "
                    + expected.size() + " parameters were read)", e);
        } catch (MalformedModelException e) {
            throw refused(file, "not a parameter file for this architecture: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            // The reason alone: the file's path is the message's start already.
            throw refused(file, "cannot be read: " + IoMessages.reason(e), e);
        } catch (RuntimeException e) {
            // The engine decodes arrays itself; a corrupt header or length surfaces as one of its
            // runtime exceptions.
            throw refused(file, "file is corrupt: " + e.getMessage(), e);
        }
        check(block, file, expected);
    }

    /**
     * The refusal of a weight file, named by its path as the caller resolved it from the folder the
     * user gave ({@code models/foo/generator.params: ...}): every model folder has a file of that
     * name, so the name alone does not say which folder is at fault.
     */
    private static ModelLoadException refused(Path file, String problem, Throwable cause) {
        return ModelLoadException.inFolder(file, problem, cause);
    }

    private static ModelLoadException refused(Path file, String problem) {
        return refused(file, problem, null);
    }

    /** The shapes of an initialised block's parameters, by name, to check loaded ones against. */
    static Map<String, Shape> shapes(Block block) {
        Map<String, Shape> expected = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            expected.put(p.getKey(), p.getValue().getArray().getShape());
        }
        return expected;
    }

    static void check(Block block, Path file, Map<String, Shape> expected)
            throws ModelLoadException {
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray array = p.getValue().getArray();
            Shape want = expected.get(p.getKey());
            if (!array.getShape().equals(want)) {
                throw refused(file, "parameter '" + p.getKey() + "' has shape "
                        + array.getShape() + " but the manifest's architecture needs " + want);
            }
            if (array.isNaN().any().getBoolean()) {
                throw refused(file, "parameter '" + p.getKey() + "' contains NaN values");
            }
            if (array.isInfinite().any().getBoolean()) {
                throw refused(file, "parameter '" + p.getKey()
                        + "' contains infinite values");
            }
            float largest = array.abs().max().getFloat();
            if (largest > MAX_MAGNITUDE) {
                throw refused(file, "parameter '" + p.getKey() + "' holds a value of "
                        + "magnitude " + largest + "; trained weights stay far below "
                        + MAX_MAGNITUDE + ", so the file is damaged");
            }
        }
    }
}
