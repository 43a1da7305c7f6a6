package org.latentbrush.bridge.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.io.FreeMemory;

/** An image judged by the size its header claims, before anything is decoded. */
class ImageHeaderTest {

    private static final FreeMemory GIGABYTE = () -> 1L << 30;

    @TempDir
    Path dir;

    @Test
    void check_headerClaimingBillionsOfPixels_isRefusedByTheLimit() throws Exception {
        Path bomb = Files.write(dir.resolve("bomb.png"), ClaimingPng.of(60000, 60000));
        assertEquals(Optional.of("60000x60000 pixels (3600.0 megapixels) is more than the limit of 100 megapixels"),
                ImageHeader.check(bomb, ImageHeader.MAX_PIXELS, ImageHeader.DECODING_BYTES_PER_PIXEL, GIGABYTE));
    }

    @Test
    void check_withinTheLimitButNotTheMemoryLeft_isRefusedSayingWhatToDo() throws Exception {
        Path big = Files.write(dir.resolve("big.png"), ClaimingPng.of(5000, 5000));
        Optional<String> problem = ImageHeader.check(big, ImageHeader.MAX_PIXELS, 8, () -> 100L << 20);
        assertEquals(Optional.of("25.0 megapixels need about 190 MB of memory to open, more than the 100 MB free; "
                + "give the program more memory (-Xmx, e.g. LATENT_BRUSH_JAVA_OPTS=-Xmx4g) or use a smaller photo"),
                problem);
    }

    @Test
    void check_imageThatFits_hasNoProblem() throws Exception {
        Path small = Files.write(dir.resolve("small.png"), ClaimingPng.of(8, 8));
        assertEquals(Optional.empty(), ImageHeader.check(small, ImageHeader.MAX_PIXELS, 8, GIGABYTE));
    }

    @Test
    void check_fileNoDecoderKnows_isLeftToDecodingToName() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.png"), "eggs, milk");
        assertEquals(Optional.empty(), ImageHeader.check(text, ImageHeader.MAX_PIXELS, 8, GIGABYTE));
    }

    @Test
    void sizeProblem_zeroWidth_saysWhatTheHeaderSays() {
        assertEquals(Optional.of("the header says the image is 0x10 pixels"),
                ImageHeader.sizeProblem(0, 10, ImageHeader.MAX_PIXELS, 8, GIGABYTE));
    }
}
