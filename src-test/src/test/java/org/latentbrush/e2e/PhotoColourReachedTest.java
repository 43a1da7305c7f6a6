package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentbrush.bridge.cli.LatentBrushCli;

/**
 * What a user sees after painting a sunset band across the top of a photo, with the command line's defaults:
 * the exported photo under the stroke moves at least half way toward the painted colour (issue
 * 13's target), and not one pixel beyond 1.5 brush radii of the stroke changes. On the example
 * render and on real photographs the model was not trained on (assets/examples/CREDITS.md), one
 * of them without any sky where the stroke is painted.
 */
class PhotoColourReachedTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final int ORANGE = 0xF08A3C;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // photo, the stroke's radius, ends and height in photo pixels: across the sky where there is one
        "lake-photo.jpg, 36, 300, 780, 130",
        "aitzgorri-photo.jpg, 26, 200, 700, 38",
        // a forest stream with no sky at all: the top of the photo is leaves, yet a sunset band is
        // something the landscape model draws (before PTI's locality term held G' at random
        // latents, the tuned model drew grey there and the stroke came 44 % of the way)
        "stream-photo.jpg, 30, 200, 700, 60",
    })
    void edit_sunsetBandAtTheTop_halvesTheColourErrorUnderTheStroke_andChangesNothingBeyondTheMargin(String name,
            int radius, int x0, int x1, int y) throws Exception {
        System.setProperty("latentbrush.assets", ROOT.resolve("assets").toString());
        Path photo = ROOT.resolve("assets/examples").resolve(name);
        BufferedImage original = ImageIO.read(photo.toFile());
        Path strokes = dir.resolve("sunset.json");
        Files.writeString(strokes, "{\"format\": \"latent-brush-strokes\", \"version\": 1, \"canvas\": "
                + "{\"width\": " + original.getWidth() + ", \"height\": " + original.getHeight() + "}, "
                + "\"strokes\": [{\"tool\": \"color\", \"color\": \"#f08a3c\", \"radius\": " + radius
                + ", \"points\": [[" + x0 + ", " + y + "], [" + x1 + ", " + y + "]]}]}");
        Path out = dir.resolve("sunset.png");
        assertEquals(0, LatentBrushCli.run("edit", "--model", "landscape-64", "--image", photo.toString(),
                "--strokes", strokes.toString(), "--out", out.toString()));
        BufferedImage edited = ImageIO.read(out.toFile());
        HorizontalStroke stroke = new HorizontalStroke(x0, x1, y, radius);
        double before = stroke.errorUnder(original);
        double after = stroke.errorUnder(edited);
        assertTrue(after <= before / 2, "colour error under the stroke " + before + " -> " + after);
        for (int py = 0; py < original.getHeight(); py++) {
            for (int px = 0; px < original.getWidth(); px++) {
                if (stroke.distance(px + 0.5, py + 0.5) >= 1.5 * radius) {
                    assertEquals(original.getRGB(px, py), edited.getRGB(px, py), "pixel " + px + "," + py);
                }
            }
        }
    }

    /** A straight horizontal stroke in photo pixels. */
    private record HorizontalStroke(int x0, int x1, int y, int radius) {

        double distance(double x, double py) {
            double dx = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
            return Math.hypot(dx, py - y);
        }

        /** Mean squared difference per channel from the orange over the stroke's core, values in [0, 1]. */
        double errorUnder(BufferedImage image) {
            double sum = 0;
            long count = 0;
            for (int py = Math.max(0, y - radius); py <= y + radius; py++) {
                for (int x = x0 - radius; x <= x1 + radius; x++) {
                    if (distance(x, py) > radius) {
                        continue;
                    }
                    int rgb = image.getRGB(x, py);
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
}
