package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.image.RasterImage;

/** `drag --session FILE` starts from a saved session's result, and refuses one that is not this model's. */
class DragSessionTest {

    @TempDir
    static Path dir;

    private static Path model;
    private static String fingerprint;
    private static float[] z;

    @BeforeAll
    static void tinyModel() throws Exception {
        model = TinyCliModel.writeTo(dir);
        try (GanModel open = GanModel.open(model.toString(), Device.cpu())) {
            fingerprint = open.fingerprint();
            z = new float[open.manifest().latentSize()];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) Math.sin(i * 1.7) * 0.8f;
            }
        }
    }

    private static String manifest(String name, String printed, boolean photo) {
        return "{\"format\":\"latent-brush-session\",\"version\":" + (photo ? 2 : 1) + ",\"model\":{\"name\":\""
                + name + "\",\"reference\":\"" + name + "\",\"latentSize\":" + z.length
                + (printed == null ? "" : ",\"fingerprint\":\"" + printed + "\"") + "},\"strokes\":\"strokes.json\","
                + "\"z\":\"z.f32\",\"start\":\"start.f32\"" + (photo ? ",\"photo\":{\"name\":\"p.png\"}" : "") + "}";
    }

    private static Path session(String file, String manifest, float[] latent) throws IOException {
        Path path = dir.resolve(file);
        ByteBuffer bytes = ByteBuffer.allocate(4 * latent.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(latent);
        try (OutputStream out = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("session.json"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("z.f32"));
            zip.write(bytes.array());
            zip.closeEntry();
        }
        return path;
    }

    private static List<String> drag(Path out, String... start) {
        List<String> args = new ArrayList<>(List.of("drag", "--model", model.toString(), "--handle",
                "4,8", "--target", "10,8", "--steps", "2", "--out", out.toString()));
        args.addAll(List.of(start));
        return args;
    }

    @Test
    void drag_fromASession_startsFromItsPicture_andTheReportNamesIt() throws Exception {
        Path file = session("mine.lbrush", manifest("tiny-16", fingerprint, false), z);
        Path out = dir.resolve("from-session");

        String[] run = CapturedRun.runCapturing(drag(out, "--session", file.toString()).toArray(String[]::new));

        assertEquals("0", run[0], run[1]);
        try (GanModel open = GanModel.open(model.toString(), Device.cpu())) {
            RasterImage expected = open.render(List.of(z)).get(0);
            Path drawn = dir.resolve("expected.png");
            ImageFiles.writePng(expected, drawn, 1);
            assertArrayEquals(Files.readAllBytes(drawn), Files.readAllBytes(out.resolve("before.png")),
                    "the session's result is the picture dragged");
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("mine.lbrush", report.get("session").asText());
        assertEquals(false, report.has("seed"));
    }

    @Test
    void drag_sessionOfAnotherModel_refusedNamingIt() throws Exception {
        Path file = session("other.lbrush", manifest("landscape-64", fingerprint, false), z);
        refused("another model", drag(dir.resolve("o1"), "--session", file.toString()), "--model landscape-64");
    }

    @Test
    void drag_sessionOfOtherWeights_orOfUnnamedOnes_refused() throws Exception {
        Path other = session("retrained.lbrush", manifest("tiny-16", "0123456789abcdef", false), z);
        refused("other weights", drag(dir.resolve("o2"), "--session", other.toString()), "other weights");
        Path old = session("old.lbrush", manifest("tiny-16", null, false), z);
        refused("an older session", drag(dir.resolve("o3"), "--session", old.toString()), "older session");
    }

    @Test
    void drag_photoSession_refusedPointingToTheEditor() throws Exception {
        Path file = session("photo.lbrush", manifest("tiny-16", fingerprint, true), z);
        refused("a photo session", drag(dir.resolve("o4"), "--session", file.toString()), "edits a photo");
    }

    @Test
    void drag_damagedSessions_refusedNamingTheFile() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.lbrush"), "not a zip");
        refused("not a zip", drag(dir.resolve("o5"), "--session", text.toString()), "notes.lbrush");
        Path shortLatent = session("short.lbrush", manifest("tiny-16", fingerprint, false), new float[3]);
        refused("a short latent", drag(dir.resolve("o6"), "--session", shortLatent.toString()), "z.f32");
        Path foreign = session("foreign.lbrush", "{\"format\":\"something-else\"}", z);
        refused("another format", drag(dir.resolve("o7"), "--session", foreign.toString()), "not a Latent Brush");
    }

    @Test
    void drag_seedAndSession_refusedAsExclusive() throws Exception {
        Path file = session("both.lbrush", manifest("tiny-16", fingerprint, false), z);
        refused("seed and session", drag(dir.resolve("o8"), "--seed", "3", "--session", file.toString()),
                "--session", 2);
    }

    private static void refused(String name, List<String> args, String mentions) throws Exception {
        refused(name, args, mentions, 1);
    }

    private static void refused(String name, List<String> args, String mentions, int code) throws Exception {
        Path watched = Files.createDirectories(dir.resolve("refused-" + name.replace(' ', '-')));
        List<String> inWatched = new ArrayList<>(args);
        int out = inWatched.indexOf("--out");
        inWatched.set(out + 1, watched.resolve("out").toString());
        RefusalCheck.assertRefused(name, code, inWatched, mentions, watched);
    }
}
