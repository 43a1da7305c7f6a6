package org.latentbrush.bridge.photo;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the EXIF orientation tag of a JPEG file: how the camera says the stored pixels must be
 * turned to stand upright.
 *
 * <p>Cameras store the sensor's pixels as shot and record the turn in the Exif APP1 segment (tag
 * 0x0112, values 1–8 as in the TIFF 6.0 specification); ImageIO ignores it, so a portrait photo
 * would come out lying on its side. The parser walks the JPEG's marker segments up to the first
 * scan, reads only the segments' lengths and the Exif IFD0, and bounds-checks every offset: broken
 * metadata means "upright" ({@value #NORMAL}), never a refused photo.
 */
final class ExifOrientation {

    /** Orientation 1: the stored pixels are already upright. */
    static final int NORMAL = 1;

    /** The largest orientation value the specification defines. */
    static final int MAX = 8;

    private static final int SOI = 0xFFD8;
    private static final int APP1 = 0xE1;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int TEM = 0x01;
    private static final int RST0 = 0xD0;
    private static final int RST7 = 0xD7;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TIFF_MAGIC = 42;
    private static final int TYPE_SHORT = 3;
    private static final int TYPE_LONG = 4;
    private static final int IFD_ENTRY_BYTES = 12;

    /** "Exif" followed by two zero bytes: the start of an Exif APP1 payload. */
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    /** Metadata sits in the first few segments; a file with more before its scan is not a photo's. */
    private static final int MAX_SEGMENTS = 256;

    private ExifOrientation() {}

    /**
     * Reads the orientation from the start of a JPEG stream.
     *
     * @param in the file's bytes from the start; read up to the first scan, not closed
     * @return the orientation, 1–8; {@value #NORMAL} when the file has none or it is malformed
     * @throws IOException if the stream cannot be read (not for an early end of the file)
     */
    static int read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            if (data.readUnsignedShort() != SOI) {
                return NORMAL;
            }
            for (int segment = 0; segment < MAX_SEGMENTS; segment++) {
                if (data.readUnsignedByte() != 0xFF) {
                    return NORMAL;
                }
                int marker = data.readUnsignedByte();
                while (marker == 0xFF) {
                    marker = data.readUnsignedByte(); // fill bytes before a marker
                }
                if (marker == SOS || marker == EOI) {
                    return NORMAL;
                }
                if (marker == TEM || (marker >= RST0 && marker <= RST7)) {
                    continue; // markers without a length field
                }
                int length = data.readUnsignedShort() - 2;
                if (length < 0) {
                    return NORMAL;
                }
                if (marker == APP1) {
                    byte[] payload = data.readNBytes(length);
                    int found = fromExifPayload(payload);
                    if (found != 0) {
                        return found;
                    }
                    // Another APP1 (XMP) may come first; keep looking.
                } else {
                    data.skipNBytes(length);
                }
            }
        } catch (EOFException e) {
            return NORMAL;
        }
        return NORMAL;
    }

    /**
     * Reads the orientation from an APP1 payload.
     *
     * @param payload the segment's bytes after its length field
     * @return the orientation, 1–8, {@value #NORMAL} for a malformed or out-of-range one, or 0 when
     *     the payload is not Exif or has no orientation tag
     */
    static int fromExifPayload(byte[] payload) {
        if (payload.length < EXIF_HEADER.length
                || !Arrays.equals(payload, 0, EXIF_HEADER.length, EXIF_HEADER, 0, EXIF_HEADER.length)) {
            return 0;
        }
        return fromTiff(payload, EXIF_HEADER.length);
    }

    /** Finds the orientation entry in IFD0 of the TIFF structure starting at {@code start}. */
    private static int fromTiff(byte[] b, int start) {
        if (start + 8 > b.length) {
            return NORMAL;
        }
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            little = true;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            little = false;
        } else {
            return NORMAL;
        }
        if (u16(b, start + 2, little) != TIFF_MAGIC) {
            return NORMAL;
        }
        long ifd = start + u32(b, start + 4, little);
        if (ifd + 2 > b.length) {
            return NORMAL;
        }
        int entries = u16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            long entry = ifd + 2 + (long) i * IFD_ENTRY_BYTES;
            if (entry + IFD_ENTRY_BYTES > b.length) {
                return NORMAL;
            }
            int at = (int) entry;
            if (u16(b, at, little) != ORIENTATION_TAG) {
                continue;
            }
            int type = u16(b, at + 2, little);
            long value = type == TYPE_SHORT ? u16(b, at + 8, little)
                    : type == TYPE_LONG ? u32(b, at + 8, little) : NORMAL;
            return value >= NORMAL && value <= MAX ? (int) value : NORMAL;
        }
        return 0;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? second << 8 | first : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, little ? at + 2 : at, little);
        long low = u16(b, little ? at : at + 2, little);
        return high << 16 | low;
    }
}
