package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.image.ClaimingPng;

/** Photographs for upscaler training, read from a folder the user names. */
class HighResPictureTest {

    @TempDir
    Path dir;

    @Test
    void gather_emptyPhotoAndOneWhoseHeaderClaimsBillionsOfPixels_areSkippedBeforeDecoding() throws Exception {
        Files.write(dir.resolve("bomb.png"), ClaimingPng.of(60000, 60000));
        Files.write(dir.resolve("small.png"), ClaimingPng.of(8, 8));
        Files.write(dir.resolve("zero.png"), new byte[0]);
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        UpscalerPictures pictures = UpscalerPictures.gather(0, 64, 1, dir, 256,
                new PrintStream(warnings, true, StandardCharsets.UTF_8));
        assertEquals("skipped bomb.png: 60000x60000 pixels (3600.0 megapixels) is more than the limit of "
                + "100 megapixels\nskipped zero.png: the file is empty",
                warnings.toString(StandardCharsets.UTF_8).strip().replace(System.lineSeparator(), "\n"));
        assertTrue(pictures.describe().contains("1 photographs"), pictures.describe());
    }
}
