package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.api.EditedPhoto;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;

/** The pivot and the transfer are shared by the command line and the editor: they must agree. */
class FramePivotTest {

    private static final ProjectionSettings QUICK = ProjectionSettings.defaults().withIterations(5);
    private static final TuningSettings SHORT = TuningSettings.defaults().withSteps(5);

    private static GanModel model;

    @BeforeAll
    static void openModel() {
        model = TinyModels.random(3);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    private static RasterImage frame() {
        return model.render(List.of(ProjectorTest.hiddenLatent(model, 7))).get(0);
    }

    @Test
    void project_again_dropsTheTuningMadeForTheOldProjection() {
        try (FramePivot pivot = new FramePivot(model, frame())) {
            assertThrows(IllegalStateException.class, () -> pivot.tune(SHORT, p -> { }, () -> false));
            pivot.project(QUICK, p -> { }, () -> false);
            TunedGenerator tuned = pivot.tune(SHORT, p -> { }, () -> false);
            assertSame(tuned.model(), pivot.editingModel());
            Projection again = pivot.project(QUICK, p -> { }, () -> false);
            assertNull(pivot.tuned());
            assertSame(model, pivot.editingModel());
            assertSame(again.reconstruction(), pivot.reconstruction());
        }
    }

    @Test
    void handOver_leavesTheTunedGeneratorOpenForItsNewOwner() {
        GanModel handed;
        float[] z0;
        RasterImage reconstruction;
        try (FramePivot pivot = new FramePivot(model, frame())) {
            z0 = pivot.project(QUICK, p -> { }, () -> false).z();
            pivot.tune(SHORT, p -> { }, () -> false);
            reconstruction = pivot.reconstruction();
            handed = pivot.handOver();
            assertNotNull(handed);
            assertNull(pivot.handOver(), "handed over once");
        }
        try (GanModel owned = handed) {
            assertArrayEquals(reconstruction.data(), owned.render(List.of(z0)).get(0).data(), 0f);
        }
    }

    @Test
    void editorsTransfer_sameImagesAndStrokes_givesTheCommandLinesPhoto() {
        int[] rgb = TestPhotos.gradient(40, 24).rgb();
        Photo photo = new Photo(40, 24, rgb);
        ConstraintSet strokes = ConstraintSet.empty(24, 24).with(Stroke.color(0xFF2020, 4, 4, 4, 12, 6));
        try (PhotoEditor session = new PhotoEditor(model, photo)) {
            Projection z0 = session.project(QUICK, p -> { }, () -> false);
            float[] zPrime = ProjectorTest.hiddenLatent(model, 99);
            EditTransfer.Result commandLine = session.transfer(zPrime, strokes);

            EditablePhoto editable = EditablePhoto.of(40, 24, rgb);
            EditedPhoto editor = editable.edit(z0.reconstruction(), model.render(List.of(zPrime)).get(0), strokes);
            assertTrue(commandLine.changedPixels() > 0, "the edit must change something to compare");
            assertEquals(commandLine.changedPixels(), editor.changedPixels());
            for (int y = 0; y < 24; y++) {
                for (int x = 0; x < 40; x++) {
                    assertEquals(commandLine.photo().rgbAt(x, y), editor.rgbAt(x, y), x + "," + y);
                }
            }
        }
    }
}
