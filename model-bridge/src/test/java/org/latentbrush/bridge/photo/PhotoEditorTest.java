package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeRasterizer;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.optim.OptimizerSettings;

class PhotoEditorTest {

    private static final ProjectionSettings QUICK = ProjectionSettings.defaults().withIterations(30);
    private static final OptimizerSettings EDIT = OptimizerSettings.live().withCandidates(4).withIterations(20);

    private static GanModel model;

    @BeforeAll
    static void openModel() {
        model = TinyModels.random(3);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    /** A 64x48 photo: G(z*) enlarged 3 times in the middle, a gradient on either side. */
    private static Photo photoOfModelImage() {
        RasterImage image = model.render(List.of(ProjectorTest.hiddenLatent(model, 42))).get(0);
        Photo photo = TestPhotos.gradient(64, 48);
        int[] rgb = photo.rgb().clone();
        int[] small = image.toArgb();
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                rgb[y * 64 + 8 + x] = small[(y / 3) * 16 + x / 3] & 0xFFFFFF;
            }
        }
        return new Photo(64, 48, rgb);
    }

    @Test
    void edit_colourStroke_movesPhotoTowardStrokeAndKeepsUnreachedPixels() {
        Photo photo = photoOfModelImage();
        PhotoEditor session = new PhotoEditor(model, photo);
        Projection z0 = session.project(QUICK, p -> { }, () -> false);
        assertTrue(z0.psnr() > 15, "projection PSNR " + z0.psnr());
        ConstraintSet strokes = ConstraintSet.empty(48, 48).with(Stroke.color(0xFF2020, 6, 6, 6, 20, 8));
        PhotoEdit edit = session.edit(strokes, EDIT, b -> { }, () -> false);

        double before = StrokeColorError.of(session.frame().image(), StrokeRasterizer.rasterize(strokes, 16));
        assertTrue(edit.photoColorError() < before, before + " -> " + edit.photoColorError());
        assertTrue(edit.changedPixels() > 0);
        CropSquare crop = session.frame().crop();
        long unreached = 0;
        for (int y = 0; y < photo.height(); y++) {
            for (int x = 0; x < photo.width(); x++) {
                if (!crop.contains(x, y) || !TestPhotos.reached(edit.transfer(), crop, x, y)) {
                    unreached++;
                    assertEquals(photo.rgbAt(x, y), edit.photo().rgbAt(x, y), "pixel " + x + "," + y);
                }
            }
        }
        assertTrue(unreached >= 64 * 48 - 48 * 48, "at least the sides are unreached: " + unreached);
    }

    @Test
    void transfer_projectionItself_changesNothing() {
        PhotoEditor session = new PhotoEditor(model, photoOfModelImage());
        Projection z0 = session.project(ProjectionSettings.defaults().withMethod(ProjectionMethod.OPTIMIZE)
                .withIterations(2), p -> { }, () -> false);
        assertEquals(0, session.transfer(z0.z()).changedPixels());
    }

    @Test
    void edit_beforeProjection_refuses() {
        PhotoEditor session = new PhotoEditor(model, photoOfModelImage());
        assertNull(session.projection());
        assertThrows(IllegalStateException.class, () -> session.edit(ConstraintSet.empty(48, 48), EDIT,
                b -> { }, () -> false));
    }
}
