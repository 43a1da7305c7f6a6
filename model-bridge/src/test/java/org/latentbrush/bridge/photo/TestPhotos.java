package org.latentbrush.bridge.photo;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Builds test photos and crafted files: good ones, broken ones, and headers that lie. */
final class TestPhotos {

    private TestPhotos() {}

    /** A photo whose every pixel is distinct: red is x, green is y, blue a mix. */
    static Photo gradient(int width, int height) {
        int[] rgb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                rgb[y * width + x] = (x * 7 & 0xFF) << 16 | (y * 5 & 0xFF) << 8 | ((x * 3 + y * 11) & 0xFF);
            }
        }
        return new Photo(width, height, rgb);
    }

    /** Encodes an image in a format ImageIO writes ("png" or "jpeg"). */
    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no writer for " + format + " and type " + image.getType());
        }
        return out.toByteArray();
    }

    /** Writes bytes to a file in a folder and returns the file. */
    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** A four-band JPEG, which readers take as CMYK: ImageIO writes one from a bare raster. */
    static byte[] cmykJpeg(int width, int height) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE,
                width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {x * 8, 200, y * 8, 40});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Inserts a marker segment right after a JPEG's start-of-image marker. */
    static byte[] withSegment(byte[] jpeg, byte[] segment) {
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(segment, 0, out, 2, segment.length);
        System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
        return out;
    }

    /** A marker segment: 0xFF, the marker, the big-endian length (payload + 2), the payload. */
    static byte[] segment(int marker, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
        b.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        return b.array();
    }

    /** An Exif APP1 payload whose IFD0 holds one entry, the orientation, as a SHORT. */
    static byte[] exifPayload(int orientation, boolean littleEndian) {
        ByteOrder order = littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer tiff = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4).order(order);
        tiff.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        tiff.put(littleEndian ? (byte) 'I' : (byte) 'M').put(littleEndian ? (byte) 'I' : (byte) 'M');
        tiff.putShort((short) 42).putInt(8); // magic, then IFD0 right after the 8-byte header
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1); // orientation, SHORT, count 1
        tiff.putShort((short) orientation).putShort((short) 0); // value, left-justified in 4 bytes
        tiff.putInt(0); // no next IFD
        return tiff.array();
    }

    /** A PNG whose IHDR claims another size, with a correct CRC so that nothing else looks wrong. */
    static byte[] pngClaimingSize(byte[] png, int width, int height) {
        byte[] out = png.clone();
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height, then 5 more bytes and the CRC.
        int data = 16;
        ByteBuffer.wrap(out, data, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(out, 12, 4 + 13);
        ByteBuffer.wrap(out, data + 13, 4).putInt((int) crc.getValue());
        return out;
    }

    /**
     * Whether a photo pixel inside the crop reads, by bilinear sampling, a model pixel the edit reaches.
     *
     * @param transfer the edit
     * @param crop the crop square
     * @param x photo column, inside the crop
     * @param y photo row, inside the crop
     * @return whether any of its four model-size neighbours carries a change
     */
    static boolean reached(EditTransfer transfer, CropSquare crop, int x, int y) {
        int[] fx = footprint(x - crop.x(), crop.side(), transfer.size());
        int[] fy = footprint(y - crop.y(), crop.side(), transfer.size());
        return transfer.reaches(fx[0], fy[0]) || transfer.reaches(fx[1], fy[0])
                || transfer.reaches(fx[0], fy[1]) || transfer.reaches(fx[1], fy[1]);
    }

    /** The low and high model pixels a photo pixel's bilinear sample reads along one axis. */
    private static int[] footprint(int p, int side, int size) {
        double u = Math.max(0, Math.min(size - 1, (p + 0.5) * size / side - 0.5));
        int low = (int) Math.floor(u);
        return new int[] {low, Math.min(low + 1, size - 1)};
    }
}
