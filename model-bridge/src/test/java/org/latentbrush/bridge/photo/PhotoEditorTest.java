package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ParameterFiles;
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
    void edit_colourStroke_movesPhotoTowardStrokeAndKeepsEveryPixelBeyondItsReach() {
        Photo photo = photoOfModelImage();
        PhotoEditor session = new PhotoEditor(model, photo);
        Projection z0 = session.project(QUICK, p -> { }, () -> false);
        assertTrue(z0.psnr() > 15, "projection PSNR " + z0.psnr());
        // On the 48-pixel crop's canvas, which starts 8 photo pixels from the left.
        ConstraintSet strokes = ConstraintSet.empty(48, 48).with(Stroke.color(0xFF2020, 6, 6, 6, 20, 8));
        PhotoEdit edit = session.edit(strokes, EDIT, b -> { }, () -> false);

        StrokeReach reach = edit.strokes().get(0);
        assertTrue(reach.errorAfter() < reach.errorBefore(), reach.toString());
        assertTrue(edit.changedPixels() > 0);
        double reachInPixels = 6 * StrokeRegion.REACH_IN_RADII;
        for (int y = 0; y < photo.height(); y++) {
            for (int x = 0; x < photo.width(); x++) {
                if (distanceToSegment(x + 0.5, y + 0.5, 14, 6, 28, 8) >= reachInPixels) {
                    assertEquals(photo.rgbAt(x, y), edit.photo().rgbAt(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void tune_raisesReconstructionAboveProjectionAndLeavesSharedModelAlone() {
        String before = ParameterFiles.fingerprint(model.generatorBlock());
        try (PhotoEditor session = new PhotoEditor(model, photoOfModelImage())) {
            Projection z0 = session.project(ProjectionSettings.defaults().withIterations(5), p -> { },
                    () -> false);
            TunedGenerator tuned = session.tune(TuningSettings.defaults().withSteps(60), p -> { }, () -> false);
            assertEquals(z0.psnr(), tuned.psnrBefore(), 1e-6);
            assertTrue(tuned.psnr() > z0.psnr() + 3, z0.psnr() + " -> " + tuned.psnr());
            assertEquals(tuned.psnr(), Projection.psnr(session.reconstruction(), session.frame().image()), 1e-6);
            assertSame(tuned.model(), session.editingModel());
        }
        assertEquals(before, ParameterFiles.fingerprint(model.generatorBlock()), "G itself is never tuned");
    }

    @Test
    void transfer_projectionItself_changesNothing() {
        PhotoEditor session = new PhotoEditor(model, photoOfModelImage());
        Projection z0 = session.project(ProjectionSettings.defaults().withMethod(ProjectionMethod.OPTIMIZE)
                .withIterations(2), p -> { }, () -> false);
        ConstraintSet everywhere = ConstraintSet.empty(48, 48).with(Stroke.color(0xFF0000, 40, 24, 24));
        assertEquals(0, session.transfer(z0.z(), everywhere).changedPixels());
    }

    static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    @Test
    void edit_beforeProjection_refuses() {
        PhotoEditor session = new PhotoEditor(model, photoOfModelImage());
        assertNull(session.projection());
        assertThrows(IllegalStateException.class, () -> session.edit(ConstraintSet.empty(48, 48), EDIT,
                b -> { }, () -> false));
    }
}
