package org.latentbrush.bridge.drag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.ArchitectureType;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.image.RasterImage;

class DragOptimizerTest {

    /** The tiny model's image is 16 pixels wide: radii scaled down from the defaults. */
    private static final DragSettings TINY = new DragSettings(2, 1.5, 3, 0, 1, 1, 0.1, 10, 0, 4);

    private static GanModel model;

    /**
     * An untrained 16-pixel resize-conv model with a 32-value latent: random weights make no
     * landscapes, but enough latent values let its features be moved about, as a trained model's are.
     */
    @BeforeAll
    static void openModel() {
        ModelManifest tiny = TinyModels.manifest(false);
        ModelManifest draggable = new ModelManifest(tiny.name(), tiny.title(),
                new ArchitectureSpec(32, 16, 3, 8, ArchitectureType.RESIZE_CONV), tiny.valueLow(),
                tiny.valueHigh(), tiny.generatorFile(), Optional.empty(), tiny.dataset(), tiny.licence(),
                Map.of());
        model = GanModel.random(draggable, 1, Device.cpu(), TinyModels.SIGMA);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    private static float[] start() {
        return LatentPaths.random(model.manifest().latentSize(), 3);
    }

    @ParameterizedTest
    @CsvSource({"1, 5, 8, 10, 8", "2, 8, 11, 8, 6"})
    void drag_smallModel_movesTheHandleTowardItsTarget(long seed, double hx, double hy, double tx, double ty) {
        ImagePoint handle = new ImagePoint(hx, hy);
        ImagePoint target = new ImagePoint(tx, ty);
        DragProgress last = new DragOptimizer(model, TINY).drag(LatentPaths.random(32, seed), List.of(handle),
                List.of(target), null, 40, p -> { }, () -> false);
        double before = handle.distanceTo(target);
        double after = last.handles().get(0).distanceTo(target);
        assertTrue(after < 0.5 * before, "from " + before + " to " + after + " pixels: " + last.handles());
        assertTrue(last.finished());
        assertFalse(last.stopped());
    }

    @Test
    void drag_streamsEveryStepThenTheFinishedOne() {
        List<DragProgress> seen = new ArrayList<>();
        DragProgress last = new DragOptimizer(model, TINY).drag(start(), List.of(new ImagePoint(4, 4)),
                List.of(new ImagePoint(12, 12)), null, 5, seen::add, () -> false);
        assertEquals(last, seen.get(seen.size() - 1));
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i).step());
            assertEquals(16, seen.get(i).image().width());
            assertEquals(i == seen.size() - 1, seen.get(i).finished(), "only the last is finished");
        }
    }

    @Test
    void drag_handleAlreadyAtTarget_endsAtTheStartUnchanged() {
        float[] z = start();
        ImagePoint point = new ImagePoint(8, 8);
        DragProgress last = new DragOptimizer(model, TINY).drag(z, List.of(point), List.of(point), null, 30,
                p -> { }, () -> false);
        assertEquals(0, last.step());
        assertEquals(List.of(point), last.handles());
        RasterImage start = model.render(List.of(last.z())).get(0);
        assertArrayEquals(model.render(List.of(z)).get(0).data(), start.data(), 1e-3f);
    }

    @Test
    void drag_cancelled_endsStoppedWithTheLatentItReached() {
        AtomicInteger polls = new AtomicInteger();
        List<DragProgress> seen = new ArrayList<>();
        DragProgress last = new DragOptimizer(model, TINY).drag(start(), List.of(new ImagePoint(3, 3)),
                List.of(new ImagePoint(13, 13)), null, 50, seen::add, () -> polls.incrementAndGet() > 3);
        assertTrue(last.finished());
        assertTrue(last.stopped());
        assertEquals(3, last.step());
        assertArrayEquals(model.render(List.of(last.z())).get(0).data(), last.image().data(), 1e-5f,
                "the image is the returned latent's");
    }

    @Test
    void drag_pointOutsideTheImage_isRefused() {
        DragOptimizer optimizer = new DragOptimizer(model, TINY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> optimizer.drag(start(),
                List.of(new ImagePoint(17, 3)), List.of(new ImagePoint(8, 8)), null, 5, p -> { }, () -> false));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void drag_noSteps_isRefused() {
        DragOptimizer optimizer = new DragOptimizer(model, TINY);
        assertThrows(IllegalArgumentException.class, () -> optimizer.drag(start(), List.of(new ImagePoint(3, 3)),
                List.of(new ImagePoint(8, 8)), null, 0, p -> { }, () -> false));
    }
}
