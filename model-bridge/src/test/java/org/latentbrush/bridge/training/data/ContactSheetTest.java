package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link ContactSheet}. */
class ContactSheetTest {

    private static final int TILE = 6;

    @TempDir
    Path dir;

    @Test
    void write_grid_pngWithScaledTilesInRowOrder() throws IOException {
        CountingSource source = new CountingSource(TILE, 3, 10);
        Path file = dir.resolve("sheets/sheet.png");
        ContactSheet.write(source, 3, 2, file);
        BufferedImage sheet = ImageIO.read(file.toFile());
        int scaled = TILE * ContactSheet.VIEW_SCALE;
        int gutter = ContactSheet.GUTTER;
        assertEquals(gutter + 3 * (scaled + gutter), sheet.getWidth());
        assertEquals(gutter + 2 * (scaled + gutter), sheet.getHeight());
        // Tile 4 is row 1, column 1; its pixel (2, 3) covers a 2×2 block of the sheet.
        int x = gutter + (scaled + gutter) + 2 * ContactSheet.VIEW_SCALE + 1;
        int y = gutter + (scaled + gutter) + 3 * ContactSheet.VIEW_SCALE + 1;
        BufferedImage tile = ChwImages.toImage(source, 4);
        assertEquals(tile.getRGB(2, 3), sheet.getRGB(x, y));
    }

    @Test
    void render_moreTilesThanImages_throwsNamingSource() {
        CountingSource source = new CountingSource(TILE, 1, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ContactSheet.render(source, 3, 2));
        assertEquals("Source holds 5 images, sheet needs 6: counting test source", e.getMessage());
    }
}
