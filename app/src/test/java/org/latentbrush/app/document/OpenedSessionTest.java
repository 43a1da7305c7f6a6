package org.latentbrush.app.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.app.session.Session;
import org.latentbrush.app.session.SessionFile;
import org.latentbrush.app.session.SessionPhoto;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.io.FreeMemory;

/**
 * Opening a session whose photo would not fit in memory: the photo's header says how many pixels
 * it has, and the photo is refused from that before anything is decoded, while the painting opens.
 * The photos here are small PNGs whose header claims a large size, so nothing large is written.
 */
class OpenedSessionTest {

    @TempDir
    Path dir;

    @Test
    void photoNeedingMoreMemoryThanIsLeft_isLeftOutBeforeDecoding_andThePaintingOpens() throws Exception {
        Session saved = sessionWithPhoto(pngClaiming(6000, 5000));
        Path file = dir.resolve("lake.lbrush");
        SessionFile.write(saved, file);
        // 30 megapixels need 240 MB to decode; only 200 MB are said to be left. Decoding a PNG of this
        // header would allocate its 120 MB raster before finding that the data is 8x8.
        OpenedSession opened = OpenedSession.read(file, () -> 200L << 20);
        assertNull(opened.photo());
        assertTrue(opened.photoProblem().startsWith("lake.png: 30.0 megapixels need about 228 MB of memory to "
                + "open, more than the 200 MB free; give the program more memory"), opened.photoProblem());
        assertEquals(1, opened.photoProblem().lines().count());
        assertArrayEquals(saved.z(), opened.session().z());
        assertEquals(saved.strokes(), opened.session().strokes());
    }

    @Test
    void photoOverThePixelLimit_isLeftOutBeforeDecoding_withTheEditorsOwnHeap() throws Exception {
        Path file = dir.resolve("bomb.lbrush");
        SessionFile.write(sessionWithPhoto(pngClaiming(60000, 60000)), file);
        OpenedSession opened = OpenedSession.read(file, FreeMemory.heap());
        assertNull(opened.photo());
        assertEquals("lake.png: 60000x60000 pixels (3600.0 megapixels) is more than the limit of 100 megapixels",
                opened.photoProblem());
    }

    @Test
    void photoThatFits_opens() throws Exception {
        Path file = dir.resolve("small.lbrush");
        SessionFile.write(sessionWithPhoto(pngClaiming(8, 8)), file);
        OpenedSession opened = OpenedSession.read(file, () -> 1L << 20);
        assertNull(opened.photoProblem());
        assertEquals(8, opened.photo().photo().width());
    }

    private static Session sessionWithPhoto(byte[] png) {
        ConstraintSet strokes = ConstraintSet.empty(512, 512).with(Stroke.color(0xff0000, 10, 20, 20, 60, 60));
        SessionPhoto photo = new SessionPhoto("lake.png", png, null, Double.NaN, null, null, null);
        return new Session("tiny-16", "tiny-16", strokes, new float[] {0.5f, -0.5f, 0f, 0.25f}, new float[4], null,
                null, photo);
    }

    /** An 8x8 PNG whose header claims another size, with the header's checksum made to match. */
    private static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height); // IHDR's width and height
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }
}
