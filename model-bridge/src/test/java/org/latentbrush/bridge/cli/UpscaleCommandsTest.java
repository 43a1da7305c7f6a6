package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests train-upscaler, upscale, evaluate-upscaler and --upscale end to end on tiny runs. */
class UpscaleCommandsTest {

    @TempDir
    static Path dir;
    private static Path upscaler;

    @BeforeAll
    static void trainTinyUpscaler() {
        upscaler = dir.resolve("tiny-x4");
        String[] run = CapturedRun.runCapturing("train-upscaler", "--out", upscaler.toString(), "--name", "tiny-x4",
                "--steps", "3", "--renders", "4", "--render-size", "64", "--patch", "32", "--width", "8",
                "--depth", "1", "--batch", "2", "--checkpoint-every", "2");
        assertEquals("0", run[0], run[1]);
        assertTrue(Files.isRegularFile(upscaler.resolve("manifest.json")));
    }

    @Test
    void upscale_writesAFourTimesLargerImage() throws Exception {
        Path small = write("small.png", 20, 12);
        Path big = dir.resolve("big.png");
        assertEquals(0, LatentBrushCli.run("upscale", "--upscaler", upscaler.toString(), "--image", small.toString(),
                "--out", big.toString()));
        BufferedImage out = ImageIO.read(big.toFile());
        assertEquals(80, out.getWidth());
        assertEquals(48, out.getHeight());
    }

    @Test
    void upscale_anyFactor_learnedThenSmooth() throws Exception {
        Path small = write("small8.png", 10, 10);
        Path big = dir.resolve("big8.jpg");
        assertEquals(0, LatentBrushCli.run("upscale", "--upscaler", upscaler.toString(), "--image", small.toString(),
                "--out", big.toString(), "--scale", "8"));
        assertEquals(80, ImageIO.read(big.toFile()).getWidth());
    }

    @Test
    void upscale_modelWithoutUpscaler_fallsBackAndSaysSo() throws Exception {
        Path model = TinyCliModel.writeTo(dir.resolve("m"));
        Path small = write("small-m.png", 16, 16);
        Path big = dir.resolve("big-m.png");
        String[] run = CapturedRun.runCapturing("upscale", "--model", model.toString(), "--image", small.toString(),
                "--out", big.toString());
        assertEquals("0", run[0], run[1]);
        assertTrue(run[1].contains("smooth scaling (tiny-16 has no learned upscaler)"), run[1]);
        assertEquals(64, ImageIO.read(big.toFile()).getWidth());
    }

    @Test
    void badInput_getsOneLineNamingTheFileOrOption() throws Exception {
        Path small = write("ok.png", 8, 8);
        Path corrupt = dir.resolve("corrupt.png");
        Files.write(corrupt, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertOneLine(CapturedRun.runCapturing("upscale", "--upscaler", "no-such-upscaler", "--image",
                small.toString(), "--out", dir.resolve("x.png").toString()), "no-such-upscaler");
        assertOneLine(CapturedRun.runCapturing("upscale", "--upscaler", upscaler.toString(), "--image",
                corrupt.toString(), "--out", dir.resolve("x.png").toString()), "corrupt.png");
        assertOneLine(CapturedRun.runCapturing("upscale", "--upscaler", upscaler.toString(), "--image",
                small.toString(), "--out", dir.resolve("x.png").toString(), "--scale", "0"), "--scale");
        assertOneLine(CapturedRun.runCapturing("upscale", "--upscaler", upscaler.toString(), "--image",
                small.toString(), "--out", dir.resolve("x.gif").toString()), "--out");
        Path notUpscaler = TinyCliModel.writeTo(dir.resolve("gen"));
        assertOneLine(CapturedRun.runCapturing("upscale", "--upscaler", notUpscaler.toString(), "--image",
                small.toString(), "--out", dir.resolve("x.png").toString()), "holds a generator, not an upscaler");
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void trainUpscaler_photosWithoutSource_isRefused() {
        assertOneLine(CapturedRun.runCapturing("train-upscaler", "--out", dir.resolve("r").toString(), "--steps", "1",
                "--photos", dir.toString()), "--source");
    }

    @Test
    void evaluateUpscaler_scoresItAgainstSmoothAndBicubic() throws Exception {
        Path json = dir.resolve("eval.json");
        Path sheet = dir.resolve("sheet.png");
        assertEquals(0, LatentBrushCli.run("evaluate-upscaler", "--upscaler", upscaler.toString(), "--renders", "2",
                "--render-size", "64", "--json", json.toString(), "--sheet", sheet.toString()));
        String text = Files.readString(json);
        for (String method : new String[] {"smooth", "bicubic", "tiny-x4"}) {
            assertTrue(text.contains("\"" + method), method + " missing from " + text);
        }
        assertTrue(ImageIO.read(sheet.toFile()).getWidth() > 0);
    }

    @Test
    void sampleUpscale_enlargesEachSample() throws Exception {
        Path model = TinyCliModel.writeTo(dir.resolve("s"));
        Path grid = dir.resolve("grid.png");
        assertEquals(0, LatentBrushCli.run("sample", "--model", model.toString(), "--out", grid.toString(),
                "--count", "2", "--columns", "2", "--upscale", "3"));
        Path smooth = dir.resolve("grid-smooth.png");
        assertEquals(0, LatentBrushCli.run("sample", "--model", model.toString(), "--out", smooth.toString(),
                "--count", "2", "--columns", "2", "--scale", "3"));
        // Same layout as three-times smooth scaling: tiles of 48 pixels.
        assertEquals(ImageIO.read(smooth.toFile()).getWidth(), ImageIO.read(grid.toFile()).getWidth());
        assertTrue(ImageIO.read(grid.toFile()).getWidth() >= 2 * 16 * 3);
    }

    private static void assertOneLine(String[] run, String expected) {
        assertFalse("0".equals(run[0]), "should fail: " + run[1]);
        String message = run[1].strip();
        assertFalse(message.contains("\n"), "one line, was: " + message);
        assertTrue(message.contains(expected), "'" + message + "' should name " + expected);
    }

    private static Path write(String name, int w, int h) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x * 12) << 16 | (y * 20) << 8 | 90);
            }
        }
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
