package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoWriterTest {

    @TempDir
    Path dir;

    @Test
    void write_png_readsBackExactly() throws Exception {
        Photo photo = TestPhotos.gradient(33, 21);
        Path file = dir.resolve("out.png");
        PhotoWriter.write(photo, file);
        Photo back = new PhotoReader().read(file);
        assertArrayEquals(photo.rgb(), Arrays.stream(back.rgb()).map(c -> c & 0xFFFFFF).toArray());
    }

    @Test
    void write_jpeg_readsBackCloseAndUpright() throws Exception {
        Photo photo = TestPhotos.gradient(64, 40);
        Path file = dir.resolve("out.JPG");
        PhotoWriter.write(photo, file);
        Photo back = new PhotoReader().read(file);
        assertEquals(64, back.width());
        assertEquals(40, back.height());
        int c = back.rgbAt(32, 20);
        int e = photo.rgbAt(32, 20);
        assertTrue(Math.abs(((c >> 8) & 0xFF) - ((e >> 8) & 0xFF)) < 16, Integer.toHexString(c));
    }

    @Test
    void write_unknownExtension_refusesAndWritesNothing() {
        Path file = dir.resolve("out.bmp");
        assertThrows(IllegalArgumentException.class, () -> PhotoWriter.write(TestPhotos.gradient(2, 2), file));
        assertTrue(Files.notExists(file));
    }
}
