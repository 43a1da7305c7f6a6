package org.latentbrush.bridge.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The current result of an editor session (a {@code .lbrush} file, docs/FORMATS.md): which model
 * made it and its latent, read without the rest of the session, for the command line to start
 * from the picture the user saved. The editor reads whole sessions; this reads only what a
 * command needs.
 *
 * @param modelName the model's name from its manifest when the session was saved
 * @param fingerprint the generator's weights' fingerprint then, or {@code null} for an old session
 * @param z the current result's latent
 * @param photo whether the session edits a photo (its latent then belongs to the photo's tuned generator)
 */
public record SessionLatent(String modelName, String fingerprint, float[] z, boolean photo) {

    /** Latents longer than this are not a model's: a damaged or foreign file, refused before reading. */
    private static final int MAX_LATENT = 1 << 16;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads a session's model and current latent.
     *
     * @param file the session file
     * @return what it holds
     * @throws IOException with a message naming the file and what is wrong with it
     */
    public static SessionLatent read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            JsonNode manifest = json(zip, "session.json", name);
            if (!"latent-brush-session".equals(manifest.path("format").asText())) {
                throw new IOException(name + " is not a Latent Brush session (its session.json has no "
                        + "\"format\": \"latent-brush-session\")");
            }
            int version = manifest.path("version").asInt(-1);
            if (version < 1 || version > 3) {
                throw new IOException(name + " is a session of version " + manifest.path("version").asText()
                        + "; this version reads versions 1 to 3");
            }
            JsonNode model = manifest.path("model");
            int latentSize = model.path("latentSize").asInt(-1);
            if (!model.path("name").isTextual() || latentSize < 1 || latentSize > MAX_LATENT) {
                throw new IOException(name + ": session.json names no model or no latent size between 1 and "
                        + MAX_LATENT);
            }
            String fingerprint = model.path("fingerprint").isTextual() ? model.path("fingerprint").asText() : null;
            float[] z = latent(zip, manifest.path("z").asText("z.f32"), latentSize, name);
            return new SessionLatent(model.path("name").asText(), fingerprint, z, manifest.has("photo"));
        } catch (ZipException e) {
            throw new IOException(name + " is not a Latent Brush session (not a zip archive)", e);
        }
    }

    private static JsonNode json(ZipFile zip, String entryName, String file) throws IOException {
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            throw new IOException(file + " is not a Latent Brush session (no " + entryName + " in it)");
        }
        try (var in = zip.getInputStream(entry)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IOException(file + ": its " + entryName + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static float[] latent(ZipFile zip, String entryName, int latentSize, String file) throws IOException {
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            throw new IOException(file + " has no " + entryName + ", the current result's latent");
        }
        byte[] bytes;
        try (var in = zip.getInputStream(entry)) {
            // One byte more than a latent needs tells a longer entry from a right one without reading it all.
            bytes = in.readNBytes(4 * latentSize + 1);
        }
        if (bytes.length != 4 * latentSize) {
            throw new IOException(file + ": " + entryName + " must hold " + latentSize + " values ("
                    + 4 * latentSize + " bytes), " + (bytes.length > 4 * latentSize ? "holds more" : "holds "
                    + bytes.length + " bytes"));
        }
        float[] z = new float[latentSize];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(z);
        for (float v : z) {
            if (!Float.isFinite(v)) {
                throw new IOException(file + ": " + entryName + " holds a value that is not a number");
            }
        }
        return z;
    }
}
