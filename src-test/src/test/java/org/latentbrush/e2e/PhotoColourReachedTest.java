package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.cli.LatentBrushCli;

/**
 * What a user sees after painting a colour far from the photo's: the exported photo under the
 * stroke moves at least half way toward it (issue 13's target), with the command line's defaults.
 */
class PhotoColourReachedTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final int ORANGE = 0xF08A3C;
    private static final int RADIUS = 36;
    private static final int X0 = 300;
    private static final int X1 = 780;
    private static final int Y = 130;

    @TempDir
    Path dir;

    @Test
    void edit_sunsetOverTheBlueSkyOfTheExamplePhoto_halvesTheColourErrorUnderTheStroke() throws Exception {
        System.setProperty("latentbrush.assets", ROOT.resolve("assets").toString());
        Path photo = ROOT.resolve("assets/examples/lake-photo.jpg");
        Path strokes = dir.resolve("sunset.json");
        Files.writeString(strokes, "{\"format\": \"latent-brush-strokes\", \"version\": 1, \"canvas\": "
                + "{\"width\": 1080, \"height\": 720}, \"strokes\": [{\"tool\": \"color\", \"color\": "
                + "\"#f08a3c\", \"radius\": " + RADIUS + ", \"points\": [[" + X0 + ", " + Y + "], [" + X1 + ", "
                + Y + "]]}]}");
        Path out = dir.resolve("sunset.png");
        assertEquals(0, LatentBrushCli.run("edit", "--model", "landscape-64", "--image", photo.toString(),
                "--strokes", strokes.toString(), "--out", out.toString()));
        double before = errorUnderStroke(ImageIO.read(photo.toFile()));
        double after = errorUnderStroke(ImageIO.read(out.toFile()));
        assertTrue(after <= before / 2, "colour error under the stroke " + before + " -> " + after);
    }

    /** Mean squared difference per channel from the stroke's colour over its core, values in [0, 1]. */
    private static double errorUnderStroke(BufferedImage image) {
        double sum = 0;
        long count = 0;
        for (int y = Y - RADIUS; y <= Y + RADIUS; y++) {
            for (int x = X0 - RADIUS; x <= X1 + RADIUS; x++) {
                double dx = x < X0 ? X0 - x : x > X1 ? x - X1 : 0;
                if (Math.hypot(dx, y - Y) > RADIUS) {
                    continue;
                }
                int rgb = image.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    double d = (((rgb >> shift) & 0xFF) - ((ORANGE >> shift) & 0xFF)) / 255.0;
                    sum += d * d;
                }
                count += 3;
            }
        }
        return sum / count;
    }
}
