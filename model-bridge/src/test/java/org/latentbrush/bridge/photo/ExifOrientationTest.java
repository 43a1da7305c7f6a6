package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

    /** The smallest well-formed marker sequence: start of image, then end of image. */
    private static final byte[] EMPTY_JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};

    private static int read(byte[] bytes) throws IOException {
        return ExifOrientation.read(new ByteArrayInputStream(bytes));
    }

    private static byte[] withExif(byte[] payload) {
        return TestPhotos.withSegment(EMPTY_JPEG, TestPhotos.segment(0xE1, payload));
    }

    @Test
    void read_bigEndianExif_findsOrientation() throws IOException {
        assertEquals(6, read(withExif(TestPhotos.exifPayload(6, false))));
    }

    @Test
    void read_littleEndianExif_findsOrientation() throws IOException {
        assertEquals(8, read(withExif(TestPhotos.exifPayload(8, true))));
    }

    @Test
    void read_xmpSegmentBeforeExif_skipsItAndFindsOrientation() throws IOException {
        byte[] xmp = TestPhotos.segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x/>"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] jfif = TestPhotos.segment(0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0".getBytes(StandardCharsets.US_ASCII));
        byte[] file = TestPhotos.withSegment(withExif(TestPhotos.exifPayload(3, true)), xmp);
        assertEquals(3, read(TestPhotos.withSegment(file, jfif)));
    }

    @Test
    void read_noExif_isUpright() throws IOException {
        assertEquals(ExifOrientation.NORMAL, read(EMPTY_JPEG));
    }

    @Test
    void read_notAJpeg_isUpright() throws IOException {
        assertEquals(ExifOrientation.NORMAL, read("hello, world".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void read_valueOutOfRange_isUpright() throws IOException {
        assertEquals(ExifOrientation.NORMAL, read(withExif(TestPhotos.exifPayload(9, false))));
        assertEquals(ExifOrientation.NORMAL, read(withExif(TestPhotos.exifPayload(0, false))));
    }

    @Test
    void read_ifdOffsetPastTheSegment_isUpright() throws IOException {
        byte[] payload = TestPhotos.exifPayload(6, false);
        payload[6 + 4] = 0x7F; // IFD0 offset far beyond the payload
        assertEquals(ExifOrientation.NORMAL, read(withExif(payload)));
    }

    @Test
    void read_entryCutShort_isUpright() throws IOException {
        byte[] payload = TestPhotos.exifPayload(6, false);
        assertEquals(ExifOrientation.NORMAL, read(withExif(Arrays.copyOf(payload, payload.length - 8))));
    }

    @Test
    void read_fileEndsInsideSegment_isUpright() throws IOException {
        byte[] file = withExif(TestPhotos.exifPayload(6, false));
        assertEquals(ExifOrientation.NORMAL, read(Arrays.copyOf(file, 12)));
    }

    @Test
    void read_segmentAfterScanStart_isIgnored() throws IOException {
        byte[] scan = TestPhotos.segment(0xDA, new byte[] {1, 2, 3});
        byte[] file = TestPhotos.withSegment(withExif(TestPhotos.exifPayload(6, false)), scan);
        assertEquals(ExifOrientation.NORMAL, read(file));
    }
}
