package org.latentbrush.bridge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.optim.OptimizerSettings;
import org.latentbrush.bridge.photo.PhotoEditing;
import org.latentbrush.bridge.photo.ProjectionSettings;
import org.latentbrush.bridge.photo.StrokeRegion;
import org.latentbrush.bridge.photo.TuningSettings;

/** On export, the strokes beyond the editor's square get squares of their own, and nothing else moves. */
class BeyondSquareTest {

    private static final int WIDTH = 96;
    private static final int HEIGHT = 32;
    /** A stroke inside the centred square (x 32–64), on its 32-pixel canvas. */
    private static final Stroke INSIDE = Stroke.color(0x20FF20, 2, 16, 16);
    /** A stroke near the photo's right edge: x = 32 + 50 = 82 in photo pixels. */
    private static final Stroke BEYOND = Stroke.color(0xFF2020, 3, 50, 12, 52, 20);
    private static final PhotoEditing.Recipe QUICK = new PhotoEditing.Recipe(
            ProjectionSettings.defaults().withIterations(5), Optional.of(TuningSettings.defaults().withSteps(5)),
            OptimizerSettings.live().withIterations(5).forPhotos(), Optional.empty(), false);

    private static GanModel model;

    @BeforeAll
    static void loadModel() {
        model = TinyModels.random(3);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    @Test
    void strokesOutside_keepsOnlyTheStrokesWhoseReachLeavesTheSquare_inPhotoPixels() {
        EditablePhoto photo = gradient();
        ConstraintSet outside = BeyondSquare.strokesOutside(photo, strokes(INSIDE, BEYOND));
        assertEquals(WIDTH, outside.canvasWidth());
        assertEquals(1, outside.strokes().size());
        assertEquals(82.0, outside.strokes().get(0).points()[0], 1e-9);
    }

    @Test
    void edit_everyStrokeInsideTheSquare_returnsTheSquaresEditAsItIs() {
        EditablePhoto photo = gradient();
        EditedPhoto edited = photo.unedited();
        assertSame(edited, BeyondSquare.edit(model, photo, edited, strokes(INSIDE), QUICK, line -> { }, () -> false));
    }

    @Test
    void edit_aStrokeBeyondTheSquare_changesThePhotoThereAndNowhereBeyondItsReach() {
        EditablePhoto photo = gradient();
        List<String> progress = new ArrayList<>();
        EditedPhoto all = BeyondSquare.edit(model, photo, photo.unedited(), strokes(INSIDE, BEYOND), QUICK,
                progress::add, () -> false);
        assertTrue(all.changedPixels() > 0, "the far stroke's square was edited");
        double reach = 3 * StrokeRegion.REACH_IN_RADII;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (distanceToSegment(x + 0.5, y + 0.5, 82, 12, 84, 20) >= reach) {
                    assertEquals(photo.rgbAt(x, y), all.rgbAt(x, y), "pixel " + x + "," + y);
                }
            }
        }
        assertTrue(progress.stream().anyMatch(line -> line.startsWith("square 1 of 1 beyond the edited one: tune")),
                String.valueOf(progress));
    }

    @Test
    void edit_toldToStopFromTheStart_stillReturnsAPhotoWithNothingBeyondTheStrokesReachChanged() {
        // File > Finish Export Now: every stage ends with its best so far, none with nothing.
        EditablePhoto photo = gradient();
        EditedPhoto all = BeyondSquare.edit(model, photo, photo.unedited(), strokes(INSIDE, BEYOND), QUICK,
                line -> { }, () -> true);
        assertEquals(WIDTH, all.width());
        assertEquals(HEIGHT, all.height());
        double reach = 3 * StrokeRegion.REACH_IN_RADII;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (distanceToSegment(x + 0.5, y + 0.5, 82, 12, 84, 20) >= reach) {
                    assertEquals(photo.rgbAt(x, y), all.rgbAt(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    private static EditablePhoto gradient() {
        int[] rgb = new int[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                rgb[y * WIDTH + x] = (x * 7 & 0xFF) << 16 | (y * 5 & 0xFF) << 8 | ((x * 3 + y * 11) & 0xFF);
            }
        }
        return EditablePhoto.of(WIDTH, HEIGHT, rgb);
    }

    private static ConstraintSet strokes(Stroke... strokes) {
        ConstraintSet set = ConstraintSet.empty(32, 32);
        for (Stroke s : strokes) {
            set = set.with(s);
        }
        return set;
    }
}
