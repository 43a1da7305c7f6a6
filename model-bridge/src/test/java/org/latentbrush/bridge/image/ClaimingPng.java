package org.latentbrush.bridge.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small PNG files whose header claims another size: decompression bombs that cost nothing to make. */
public final class ClaimingPng {

    private ClaimingPng() {}

    /**
     * An 8x8 PNG whose header says {@code width} x {@code height}, with the header's checksum made to
     * match, so only decoding would find out.
     *
     * @param width the width to claim
     * @param height the height to claim
     * @return the file's bytes
     */
    public static byte[] of(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] png = out.toByteArray();
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height; its CRC follows 13 bytes of data.
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }
}
