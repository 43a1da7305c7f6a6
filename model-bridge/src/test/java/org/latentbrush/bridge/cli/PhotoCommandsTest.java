package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokesFile;

class PhotoCommandsTest {

    private static final int WIDTH = 40;
    private static final int HEIGHT = 30;

    @TempDir
    static Path dir;

    private static Path model;
    private static Path photo;
    private static BufferedImage original;

    @BeforeAll
    static void tinyModelAndPhoto() throws Exception {
        model = TinyCliModel.writeTo(dir);
        original = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                original.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 90);
            }
        }
        photo = dir.resolve("photo.png");
        ImageIO.write(original, "png", photo.toFile());
    }

    /** Runs the command line and captures standard output and error. */
    private static String[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = LatentBrushCli.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    /** The lines of standard error that are not progress bars. */
    private static String errorLine(String err) {
        return Arrays.stream(err.split("[\\r\\n]+")).filter(l -> l.startsWith("latent-brush:"))
                .reduce((a, b) -> a + "\n" + b).orElse("(none) " + err);
    }

    @Test
    void invert_photo_writesReconstructionAndReport() throws Exception {
        Path out = dir.resolve("inverted");
        String[] r = run("invert", "--model", model.toString(), "--image", photo.toString(), "--out",
                out.toString(), "--projection-iterations", "5");
        assertEquals("0", r[0], r[2]);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("optimize", report.get("method").asText(), "the tiny model has no encoder");
        assertTrue(report.get("psnr").asDouble() > report.get("psnrBeforeTuning").asDouble(),
                "tuning is on by default and raises the PSNR: " + report);
        assertTrue(report.get("tuned").asBoolean());
        assertTrue(report.get("millis").asLong() >= 0);
        assertEquals(5, report.get("iterations").asInt());
        assertEquals(5, report.get("crop").get("x").asInt());
        assertEquals(16, ImageIO.read(out.resolve("reconstruction.png").toFile()).getWidth());
        assertEquals(16, ImageIO.read(out.resolve("frame.png").toFile()).getWidth());
        assertTrue(r[1].contains("PSNR"), r[1]);
    }

    @Test
    void invert_encoderMethodWithoutEncoder_failsInOneLine() {
        String[] r = run("invert", "--model", model.toString(), "--image", photo.toString(), "--out",
                dir.resolve("x").toString(), "--method", "encoder");
        assertEquals("1", r[0]);
        assertEquals("latent-brush: model tiny-16 has no encoder; use the hybrid or optimize method",
                errorLine(r[2]));
    }

    @Test
    void invert_noTune_reportsTheProjectionAlone() throws Exception {
        Path out = dir.resolve("untuned");
        String[] r = run("invert", "--model", model.toString(), "--image", photo.toString(), "--out",
                out.toString(), "--projection-iterations", "5", "--no-tune");
        assertEquals("0", r[0], r[2]);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(report.get("psnrBeforeTuning").asDouble(), report.get("psnr").asDouble());
        assertFalse(report.get("tuned").asBoolean());
    }

    @Test
    void edit_strokeAtTheLeftOfAWidePhoto_editsThereAndNowhereElse() throws Exception {
        Path strokes = dir.resolve("strokes.json");
        StrokesFile.write(ConstraintSet.empty(WIDTH, HEIGHT)
                .with(Stroke.color(0xFF0000, 3, 3, 10, 6, 12)), strokes);
        Path out = dir.resolve("edited.png");
        String[] r = run("edit", "--model", model.toString(), "--image", photo.toString(), "--strokes",
                strokes.toString(), "--out", out.toString(), "--projection-iterations", "5",
                "--iterations", "5", "--candidates", "4", "--tuning-steps", "5");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("frame 0,0,30:"), "the frame moves over the stroke: " + r[1]);
        assertTrue(r[1].contains("stroke 1 (#ff0000): colour error"), r[1]);
        assertFalse(r[1].contains("NaN"), r[1]);
        BufferedImage edited = ImageIO.read(out.toFile());
        assertEquals(WIDTH, edited.getWidth());
        assertEquals(HEIGHT, edited.getHeight());
        long changed = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double d = distance(x + 0.5, y + 0.5, 3, 10, 6, 12);
                if (d >= 4.5) {
                    assertEquals(original.getRGB(x, y), edited.getRGB(x, y), "pixel " + x + "," + y);
                } else if (original.getRGB(x, y) != edited.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        assertTrue(changed > 0, "the stroke's area changed");
    }

    @Test
    void edit_strokesAtBothEndsOfAWidePhoto_getASquareEach_andKeepTheirNumbers() throws Exception {
        Path strokes = dir.resolve("two.json");
        StrokesFile.write(new ConstraintSet(WIDTH, HEIGHT, List.of(Stroke.color(0xFF0000, 2, 3, 15),
                Stroke.color(0x0000FF, 2, 37, 15))), strokes);
        String[] r = run("edit", "--model", model.toString(), "--image", photo.toString(), "--strokes",
                strokes.toString(), "--out", dir.resolve("two.png").toString(), "--projection-iterations", "3",
                "--iterations", "3", "--candidates", "2", "--tuning-steps", "3");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("frame 0,0,30:") && r[1].contains("frame 10,0,30:"), r[1]);
        assertTrue(r[1].contains("stroke 1 (#ff0000)") && r[1].contains("stroke 2 (#0000ff)"), r[1]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,2       | --frame must be X,Y,SIDE in whole photo pixels, was '1,2'",
        "a,0,10    | --frame must be X,Y,SIDE in whole photo pixels, was 'a,0,10'",
        "20,0,30   | --frame 20,0,30 does not fit inside the 40x30 photo"})
    void edit_badFrame_failsInOneLineNamingTheOption(String frame, String message) throws Exception {
        Path strokes = dir.resolve("one.json");
        StrokesFile.write(ConstraintSet.empty(WIDTH, HEIGHT).with(Stroke.color(0xFF0000, 3, 5, 5)), strokes);
        String[] r = run("edit", "--model", model.toString(), "--image", photo.toString(), "--strokes",
                strokes.toString(), "--out", dir.resolve("f.png").toString(), "--frame", frame);
        assertEquals("1", r[0]);
        assertTrue(errorLine(r[2]).startsWith("latent-brush: " + message), r[2]);
    }

    private static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    @Test
    void edit_strokesOnOddCanvas_failsInOneLine() throws Exception {
        Path strokes = dir.resolve("odd.json");
        StrokesFile.write(ConstraintSet.empty(100, 20).with(Stroke.color(0xFF0000, 3, 5, 5)), strokes);
        String[] r = run("edit", "--model", model.toString(), "--image", photo.toString(), "--strokes",
                strokes.toString(), "--out", dir.resolve("o.png").toString(), "--projection-iterations", "1",
                "--iterations", "1", "--candidates", "2");
        assertEquals("1", r[0]);
        assertTrue(errorLine(r[2]).startsWith("latent-brush: odd.json: the strokes' canvas is 100x20"),
                r[2]);
    }

    @Test
    void edit_outputWithUnknownExtension_failsBeforeAnyWork() throws Exception {
        String[] r = run("edit", "--model", model.toString(), "--image", photo.toString(), "--strokes",
                dir.resolve("none.json").toString(), "--out", dir.resolve("o.tiff").toString());
        assertEquals("1", r[0]);
        assertEquals("latent-brush: o.tiff: the output must end in .png, .jpg or .jpeg", errorLine(r[2]));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "truncated.png | the file is damaged or truncated",
        "notes.jpg     | not a PNG or JPEG image (or the file is damaged)",
        "bomb.png      | 60000x60000 pixels (3600.0 megapixels) is more than the limit of 100 megapixels",
        "missing.png   | file not found"})
    void invertAndEdit_badImage_failInOneLineNamingIt(String name, String reason) throws Exception {
        Path bad = BadImages.write(dir, name);
        Path strokes = dir.resolve("empty.json");
        StrokesFile.write(ConstraintSet.empty(WIDTH, HEIGHT), strokes);
        String[][] results = {
            run("invert", "--model", model.toString(), "--image", bad.toString(), "--out",
                    dir.resolve("o").toString()),
            run("edit", "--model", model.toString(), "--image", bad.toString(), "--strokes",
                    strokes.toString(), "--out", dir.resolve("o.png").toString())};
        for (String[] r : results) {
            assertEquals("1", r[0]);
            String line = errorLine(r[2]);
            assertTrue(line.startsWith("latent-brush: " + name + ": " + reason), line);
            assertEquals(1, line.lines().count(), line);
        }
    }
}
