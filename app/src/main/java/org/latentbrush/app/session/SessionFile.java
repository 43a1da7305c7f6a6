package org.latentbrush.app.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.latentbrush.bridge.constraint.StrokesFile;
import org.latentbrush.bridge.constraint.StrokesFormatException;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.io.FreeMemory;

/**
 * Reads and writes session files ({@code .lbrush}): a zip of the strokes, the latents, the model's
 * name, a thumbnail and, when a photo is edited, the photo. The format is described in
 * {@code docs/FORMATS.md}, "Session files".
 *
 * <p>Version 2 added the photo, version 3 the undo history. A session is written with the lowest
 * version that holds what it has (1 for a painting without history), so older releases still open
 * it when they can; every version from 1 is read.
 */
public final class SessionFile {

    /** The usual file name extension, with the dot. */
    public static final String EXTENSION = ".lbrush";
    /** The value of the {@code format} field of {@code session.json}. */
    public static final String FORMAT = "latent-brush-session";
    /** The newest version this code writes and reads. */
    public static final int VERSION = 3;
    /** The version that added the photo. */
    static final int PHOTO_VERSION = 2;
    /** The oldest version this code reads, and the one it writes for a session without a photo. */
    public static final int FIRST_VERSION = 1;

    static final String MANIFEST = "session.json";
    static final String STROKES = "strokes.json";
    static final String Z = "z.f32";
    static final String START = "start.f32";
    static final String ANCHOR = "anchor.f32";
    static final String THUMBNAIL = "thumbnail.png";
    static final String PHOTO = "photo";
    static final String Z0 = "z0.f32";
    /** The generator tuned to the photo: its weights in the engine's parameter format. */
    static final String TUNED = "tuned-generator.params";
    /** The largest photo file a session keeps (other entries are limited to 64 MB). */
    public static final long MAX_PHOTO_BYTES = SessionArchive.MAX_PHOTO_BYTES;
    private static final int THUMBNAIL_SIDE = 256;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** A session.json has about fifty values; reading stops long before a large one fills memory. */
    private static final long MANIFEST_TOKENS = 10_000;
    private static final ObjectMapper MANIFEST_JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxTokenCount(MANIFEST_TOKENS).build())
            .build()).build();

    private SessionFile() {}

    /**
     * Writes a session atomically: a crash mid-save leaves the old file.
     *
     * @param session the session
     * @param file the target
     * @throws IOException if it cannot be written
     */
    public static void write(Session session, Path file) throws IOException {
        ObjectNode manifest = JSON.createObjectNode();
        SessionPhoto photo = session.photo();
        manifest.put("format", FORMAT);
        Map<String, byte[]> history = HistoryWriter.entries(session.history());
        manifest.put("version", !history.isEmpty() ? VERSION : photo != null ? PHOTO_VERSION : FIRST_VERSION);
        ObjectNode model = manifest.putObject("model");
        model.put("name", session.modelName());
        model.put("reference", session.modelReference());
        model.put("latentSize", session.z().length);
        if (session.modelFingerprint() != null) {
            model.put("fingerprint", session.modelFingerprint());
        }
        manifest.put("strokes", STROKES);
        manifest.put("z", Z);
        manifest.put("start", START);
        if (session.anchor() != null) {
            manifest.put("anchor", ANCHOR);
        }
        if (session.thumbnail() != null) {
            manifest.put("thumbnail", THUMBNAIL);
        }
        String photoEntry = photo == null ? null : PHOTO + photo.extension();
        if (photo != null) {
            ObjectNode p = manifest.putObject("photo");
            p.put("name", photo.name());
            p.put("file", photoEntry);
            if (photo.z0() != null) {
                p.put("z0", Z0);
            }
            if (Double.isFinite(photo.psnr())) {
                p.put("psnr", photo.psnr());
            }
            if (photo.tunedWeights() != null) {
                p.put("tunedGenerator", TUNED);
            }
            if (photo.square() != null) {
                ArrayNode square = p.putArray("square");
                for (int v : photo.square()) {
                    square.add(v);
                }
            }
            if (photo.method() != null) {
                p.put("method", photo.method());
            }
        }
        if (!history.isEmpty()) {
            ObjectNode h = manifest.putObject("history");
            h.put("file", HistoryWriter.FILE);
            h.put("latents", HistoryWriter.LATENTS);
        }
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            put(zip, MANIFEST, JSON.writeValueAsBytes(manifest));
            put(zip, STROKES, JSON.writeValueAsBytes(StrokesFile.toJson(session.strokes())));
            put(zip, Z, Latents.toBytes(session.z()));
            put(zip, START, Latents.toBytes(session.start()));
            if (session.anchor() != null) {
                put(zip, ANCHOR, Latents.toBytes(session.anchor()));
            }
            if (!history.isEmpty()) {
                put(zip, HistoryWriter.FILE, history.get(HistoryWriter.FILE));
                put(zip, HistoryWriter.LATENTS, history.get(HistoryWriter.LATENTS));
            }
            if (session.thumbnail() != null) {
                int scale = Math.max(1, THUMBNAIL_SIDE / session.thumbnail().width());
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(ImageFiles.scaled(session.thumbnail().toBufferedImage(), scale), "png", png);
                put(zip, THUMBNAIL, png.toByteArray());
            }
            if (photo != null) {
                if (photo.tunedWeights() != null) {
                    put(zip, TUNED, photo.tunedWeights());
                }
                if (photo.z0() != null) {
                    put(zip, Z0, Latents.toBytes(photo.z0()));
                }
                // Photo files are compressed already; deflating them again costs time for nothing.
                zip.setLevel(Deflater.NO_COMPRESSION);
                put(zip, photoEntry, photo.content());
            }
            zip.finish();
        });
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * Reads a session.
     *
     * @param file the file
     * @return the session (its thumbnail is not read: the result is rendered from z); a photo whose
     *     file is missing from the archive comes back with empty content, so that the painting
     *     still opens and the photo's decoder names the problem
     * @throws SessionFormatException naming the file and the problem
     */
    public static Session read(Path file) throws SessionFormatException {
        return read(file, FreeMemory.heap());
    }

    /**
     * Reads a session, refusing it before reading any entry when its entries would not fit in the
     * memory left.
     *
     * @param file the file
     * @param memory the memory left, normally {@link FreeMemory#heap()}
     * @return the session, as {@link #read(Path)} returns it
     * @throws SessionFormatException naming the file and the problem
     */
    public static Session read(Path file, FreeMemory memory) throws SessionFormatException {
        String name = String.valueOf(file.getFileName());
        return parse(SessionArchive.read(file, memory), name);
    }

    private static Session parse(Map<String, byte[]> entries, String name) throws SessionFormatException {
        JsonNode manifest = json(entries, MANIFEST, name);
        if (!FORMAT.equals(manifest.path("format").asText(null))) {
            throw new SessionFormatException(name + ": " + MANIFEST + ": field 'format' must be \"" + FORMAT + "\"");
        }
        JsonNode version = manifest.get("version");
        if (version == null || !version.isInt() || version.asInt() < FIRST_VERSION || version.asInt() > VERSION) {
            throw new SessionFormatException(name + ": session version " + version
                    + " is not supported (this program reads versions " + FIRST_VERSION + " to " + VERSION + ")");
        }
        JsonNode model = manifest.path("model");
        String modelName = model.path("name").asText("");
        if (modelName.isBlank()) {
            throw new SessionFormatException(name + ": " + MANIFEST + ": field 'model.name' is missing");
        }
        String reference = model.path("reference").asText(modelName);
        int latentSize = model.path("latentSize").asInt(-1);
        if (latentSize < 1) {
            throw new SessionFormatException(name + ": " + MANIFEST
                    + ": field 'model.latentSize' must be a positive integer");
        }
        var strokes = strokes(entries, manifest.path("strokes").asText(STROKES), name);
        float[] z = floats(entries, manifest.path("z").asText(Z), latentSize, name);
        float[] start = floats(entries, manifest.path("start").asText(START), latentSize, name);
        float[] anchor = manifest.hasNonNull("anchor")
                ? floats(entries, manifest.get("anchor").asText(), latentSize, name) : null;
        SessionPhoto photo = manifest.hasNonNull("photo") ? photo(entries, manifest.get("photo"), latentSize, name)
                : null;
        String fingerprint = model.hasNonNull("fingerprint") ? model.get("fingerprint").asText() : null;
        // Read last: a history that cannot be read leaves it out, and the rest still opens.
        SessionHistory history = manifest.hasNonNull("history")
                ? HistoryReader.read(entries, manifest.get("history"), latentSize, name) : SessionHistory.NONE;
        return new Session(modelName, reference, strokes, z, start, anchor, null, photo, fingerprint, history);
    }

    /** The edited square as {x, y, side}, or null for the centred one; checked against the photo later. */
    private static int[] square(JsonNode node, String name) throws SessionFormatException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.size() != 3 || !node.get(0).canConvertToInt() || !node.get(1).canConvertToInt()
                || !node.get(2).canConvertToInt() || node.get(0).asInt() < 0 || node.get(1).asInt() < 0
                || node.get(2).asInt() < 1) {
            throw new SessionFormatException(name + ": " + MANIFEST + ": field 'photo.square' must be [x, y, side] "
                    + "in whole photo pixels");
        }
        return new int[] {node.get(0).asInt(), node.get(1).asInt(), node.get(2).asInt()};
    }

    private static SessionPhoto photo(Map<String, byte[]> entries, JsonNode photo, int latentSize, String name)
            throws SessionFormatException {
        String file = photo.path("file").asText("");
        String photoName = photo.path("name").asText(file);
        if (file.isBlank() || photoName.isBlank()) {
            throw new SessionFormatException(name + ": " + MANIFEST + ": field 'photo.file' is missing");
        }
        float[] z0 = photo.hasNonNull("z0") ? floats(entries, photo.get("z0").asText(), latentSize, name) : null;
        byte[] content = entries.getOrDefault(file, new byte[0]);
        double psnr = photo.path("psnr").isNumber() ? photo.get("psnr").asDouble() : Double.NaN;
        String method = photo.hasNonNull("method") ? photo.get("method").asText() : null;
        byte[] tuned = null;
        if (photo.hasNonNull("tunedGenerator")) {
            tuned = entries.get(photo.get("tunedGenerator").asText());
            if (tuned == null) {
                throw new SessionFormatException(name + ": the tuned generator '" + photo.get("tunedGenerator").asText()
                        + "' named in " + MANIFEST + " is missing");
            }
        }
        return new SessionPhoto(photoName, content, z0, psnr, method, tuned, square(photo.get("square"), name));
    }

    private static org.latentbrush.bridge.constraint.ConstraintSet strokes(Map<String, byte[]> entries,
            String entry, String name) throws SessionFormatException {
        try {
            return StrokesFile.parse(required(entries, entry, name), name + ": " + entry);
        } catch (StrokesFormatException e) {
            throw new SessionFormatException(e.getMessage(), e);
        }
    }

    /** A required entry's bytes, refused when it is missing or empty. */
    private static byte[] required(Map<String, byte[]> entries, String entry, String name)
            throws SessionFormatException {
        byte[] bytes = entries.get(entry);
        if (bytes == null) {
            throw new SessionFormatException(name + ": not a session file (no " + entry + " inside)");
        }
        if (bytes.length == 0) {
            throw new SessionFormatException(name + ": " + entry + " is empty");
        }
        return bytes;
    }

    private static JsonNode json(Map<String, byte[]> entries, String entry, String name)
            throws SessionFormatException {
        byte[] bytes = required(entries, entry, name);
        try {
            JsonNode node = MANIFEST_JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new SessionFormatException(name + ": " + entry + " must be a JSON object");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new SessionFormatException(name + ": " + entry + " holds more than " + MANIFEST_TOKENS
                    + " JSON values; this is not a session file", e);
        } catch (JsonProcessingException e) {
            throw new SessionFormatException(name + ": " + entry + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SessionFormatException(name + ": " + entry + " cannot be read", e);
        }
    }

    private static float[] floats(Map<String, byte[]> entries, String entry, int length, String name)
            throws SessionFormatException {
        return Latents.read(entries.get(entry), entry, length, name);
    }
}
