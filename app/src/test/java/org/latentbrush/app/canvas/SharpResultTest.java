package org.latentbrush.app.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latentbrush.app.FakePaintEngine;
import org.latentbrush.app.engine.EnlargeCalls;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.api.Enlargement;
import org.latentbrush.bridge.image.RasterImage;

/** Tests {@link SharpResult}: what the canvas draws for a result. */
class SharpResultTest {

    private final FakePaintEngine.Opener opener = new FakePaintEngine.Opener();
    private final SimpleObjectProperty<RasterImage> result = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty streaming = new SimpleBooleanProperty(false);
    private LiveResult live;
    private FakePaintEngine engine;
    private SharpResult sharp;

    @BeforeEach
    void setUp() {
        live = new LiveResult(opener, new CurrentThreadTaskExecutor(), Runnable::run);
        live.open("fake", () -> { }, e -> { throw new AssertionError(e); });
        engine = opener.last();
        sharp = new SharpResult(result, new EnlargeCalls(live), 512, live.modelProperty(), streaming);
    }

    @Test
    void modelResult_isDrawnThroughTheLearnedUpscaler() {
        RasterImage image = FakePaintEngine.solid(0x336699);
        result.set(image);
        RasterImage shown = sharp.shownProperty().get();
        assertEquals(image.width() * 4, shown.width());
        assertArrayEquals(FakePaintEngine.nearest(image, 4).data(), shown.data());
        assertEquals("learned \u00d74 (fake)", sharp.descriptionProperty().get());
    }

    @Test
    void switchedOff_drawsTheResultItself_andSaysSo() {
        RasterImage image = FakePaintEngine.solid(0x336699);
        result.set(image);
        sharp.enabledProperty().set(false);
        assertSame(image, sharp.shownProperty().get());
        assertTrue(sharp.descriptionProperty().get().contains("switched off"), sharp.descriptionProperty().get());
        sharp.enabledProperty().set(true);
        assertEquals(image.width() * 4, sharp.shownProperty().get().width());
    }

    @Test
    void modelWithoutUpscaler_drawsTheResultAndNamesSmoothScaling() {
        engine.enlargement = new Enlargement(false, 1, "smooth scaling (fake has no learned upscaler)");
        RasterImage image = FakePaintEngine.solid(0x336699);
        result.set(image);
        assertSame(image, sharp.shownProperty().get());
        assertTrue(engine.enlarged.isEmpty());
        assertEquals("smooth scaling (fake has no learned upscaler)", sharp.descriptionProperty().get());
    }

    @Test
    void streamingResults_keepThePreviousSharpImageUp_andEnlargeOnlyTheNewest() {
        engine.holdEnlargements = true;
        RasterImage first = FakePaintEngine.solid(0x110000);
        result.set(first);
        assertSame(first, sharp.shownProperty().get(), "nothing sharp yet: the result itself");
        engine.heldEnlargements.remove(0).run();
        RasterImage firstSharp = sharp.shownProperty().get();
        assertEquals(first.width() * 4, firstSharp.width());

        RasterImage second = FakePaintEngine.solid(0x220000);
        RasterImage third = FakePaintEngine.solid(0x330000);
        result.set(second);
        result.set(third);
        assertSame(firstSharp, sharp.shownProperty().get(), "the sharp image stays up meanwhile");
        engine.heldEnlargements.remove(0).run();
        // The second's enlargement is stale when it lands; only the newest one is shown.
        assertSame(firstSharp, sharp.shownProperty().get());
        engine.heldEnlargements.remove(0).run();
        assertArrayEquals(FakePaintEngine.nearest(third, 4).data(), sharp.shownProperty().get().data());
        assertEquals(3, engine.enlarged.size());
    }

    @Test
    void whileAnEditStreams_previewsAreDrawnAsTheyAre_andOnlyTheSettledResultIsEnlarged() {
        streaming.set(true);
        RasterImage preview = FakePaintEngine.solid(0x110000);
        result.set(preview);
        assertSame(preview, sharp.shownProperty().get());
        RasterImage settled = FakePaintEngine.solid(0x220000);
        result.set(settled);
        assertSame(settled, sharp.shownProperty().get());
        assertTrue(engine.enlarged.isEmpty(), "nothing is enlarged while the optimiser needs the cores");
        streaming.set(false);
        assertArrayEquals(FakePaintEngine.nearest(settled, 4).data(), sharp.shownProperty().get().data());
        assertEquals(1, engine.enlarged.size());
    }

    @Test
    void photoSizedImages_areDrawnAsTheyAre() {
        RasterImage photoSquare = new RasterImage(512, 512, 3, new float[3 * 512 * 512]);
        result.set(photoSquare);
        assertSame(photoSquare, sharp.shownProperty().get());
        assertTrue(engine.enlarged.isEmpty());
        assertEquals("full resolution", sharp.descriptionProperty().get());
    }
}
