package org.latentbrush.app.sliders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latentbrush.app.FakePaintEngine;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.history.SliderEdit;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.api.SliderDirection;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.RasterImage;

/** The sliders on the fake engine, whose slider k adds its amount to the latent's value k. */
class SlidersViewModelTest {

    private static final List<SliderDirection> DIRECTIONS = List.of(
            new SliderDirection(0, "Dusk", -2, 2, "from noon to dusk"),
            new SliderDirection(1, "Clouds", -3, 3, "more clouds"));

    private FakePaintEngine.Opener opener;
    private LiveResult live;
    private EditorViewModel editor;
    private SlidersViewModel sliders;
    private float[] z0;

    @BeforeEach
    void openFakeModel() {
        opener = new FakePaintEngine.Opener();
        opener.sliders = DIRECTIONS;
        live = new LiveResult(opener, new CurrentThreadTaskExecutor(), Runnable::run);
        editor = new EditorViewModel(live, mock(DialogService.class), () -> 0L, () -> 42L);
        sliders = new SlidersViewModel(editor, live);
        editor.openModel("fake", () -> { });
        z0 = live.currentZ();
    }

    private FakePaintEngine engine() {
        return opener.last();
    }

    private void move(int slider, double... amounts) {
        sliders.beginMove();
        for (double a : amounts) {
            sliders.sliders().get(slider).amountProperty().set(a);
        }
        sliders.endMove();
    }

    private double amount(int slider) {
        return sliders.sliders().get(slider).amountProperty().get();
    }

    private static float[] plus(float[] z, float... offsets) {
        float[] moved = z.clone();
        for (int k = 0; k < offsets.length; k++) {
            moved[k] += offsets[k];
        }
        return moved;
    }

    private RasterImage shown() {
        return live.resultProperty().get();
    }

    @Test
    void sliders_areTheModelsDirectionsAtZero() {
        assertEquals(List.of("Dusk", "Clouds"), sliders.sliders().stream().map(s -> s.direction().name()).toList());
        assertEquals(0, amount(0));
        assertEquals(0, amount(1));
    }

    @Test
    void sliders_modelWithoutDirections_isEmpty() {
        opener.sliders = List.of();
        editor.openModel("plain", () -> { });
        assertTrue(sliders.sliders().isEmpty());
    }

    @Test
    void moving_showsTheBaseMovedLive_andRecordsNothingUntilLetGo() {
        sliders.beginMove();
        sliders.sliders().get(0).amountProperty().set(0.5);
        assertArrayEquals(plus(z0, 0.5f), live.currentZ());
        assertArrayEquals(FakePaintEngine.imageOf(plus(z0, 0.5f)).data(), shown().data());
        sliders.sliders().get(0).amountProperty().set(0.25);
        assertArrayEquals(plus(z0, 0.25f), live.currentZ(), "each move starts from the same base");
        assertTrue(editor.history().edits().isEmpty());
    }

    @Test
    void letGo_recordsOneEditNamedAfterTheSlider() {
        move(0, 0.3, 0.9, 1.5);
        assertEquals(1, editor.history().edits().size());
        assertEquals(SliderEdit.KIND, editor.history().edits().get(0).kind());
        assertEquals("Slider Dusk +1.5", editor.history().edits().get(0).name());
        assertArrayEquals(plus(z0, 1.5f), engine().current, "the next stroke starts from the moved result");
        assertEquals(1.5, amount(0), "the slider stays where it was let go");
    }

    @Test
    void undo_bringsBackThePictureBefore_andTheSlidersReturnToZero() {
        RasterImage before = shown();
        move(0, 1.5);
        editor.undo();
        assertArrayEquals(before.data(), shown().data());
        assertArrayEquals(z0, live.currentZ());
        assertEquals(0, amount(0));
    }

    @Test
    void secondSlider_movesTheSameBase_andItsEditIsNamedAfterIt() {
        move(0, 1.5);
        move(1, -0.5);
        assertArrayEquals(plus(z0, 1.5f, -0.5f), live.currentZ());
        assertEquals("Slider Clouds -0.5", editor.history().edits().get(1).name());
        editor.undo();
        assertArrayEquals(plus(z0, 1.5f), live.currentZ());
    }

    @Test
    void strokeAfterSliders_startsFromTheMovedResult_andPutsTheSlidersBackToZero() {
        move(0, 1.5);
        float[] moved = live.currentZ();
        Stroke red = Stroke.color(0xFF0000, 10, 100, 100);
        editor.strokeStarted();
        editor.strokeFinished(red);
        assertEquals(0, amount(0));
        assertArrayEquals(moved, engine().editedFrom.get(engine().editedFrom.size() - 1));
        // The next move starts from the stroke's result, not from the old base.
        float[] afterStroke = live.currentZ();
        move(1, 1);
        assertArrayEquals(plus(afterStroke, 0, 1), live.currentZ());
    }

    @Test
    void fastMoves_whileTheEngineRenders_renderOnlyTheNewest() {
        engine().holdCommands = true;
        int rendersBefore = engine().renders;
        sliders.beginMove();
        for (double a : new double[] {0.1, 0.2, 0.3, 0.4}) {
            sliders.sliders().get(0).amountProperty().set(a);
        }
        assertEquals(1, engine().renders - rendersBefore, "one render at a time");
        engine().runHeldCommands();
        assertEquals(2, engine().renders - rendersBefore, "then only the newest");
        assertArrayEquals(plus(z0, 0.4f), live.currentZ());
        engine().holdCommands = false;
        sliders.endMove();
        assertEquals(1, editor.history().edits().size());
    }

    @Test
    void moveWithoutPressingTheThumb_aKeyOrAClickOnTheTrack_isAnEditAtOnce() {
        sliders.sliders().get(0).amountProperty().set(0.1);
        sliders.sliders().get(0).amountProperty().set(0.2);
        assertEquals(2, editor.history().edits().size());
        assertEquals("Slider Dusk +0.2", editor.history().edits().get(1).name());
    }

    @Test
    void resetAll_putsTheSlidersBackAsOneEdit() {
        move(0, 1.5);
        move(1, 2);
        sliders.resetAll();
        assertEquals(0, amount(0));
        assertEquals(0, amount(1));
        assertArrayEquals(z0, live.currentZ());
        assertEquals("Reset sliders", editor.history().edits().get(2).name());
        editor.undo();
        assertArrayEquals(plus(z0, 1.5f, 2f), live.currentZ());
    }

    @Test
    void movedAndBroughtBack_recordsNothing() {
        RasterImage before = shown();
        move(0, 1, 0);
        assertTrue(editor.history().edits().isEmpty());
        assertArrayEquals(before.data(), shown().data());
        assertArrayEquals(z0, live.currentZ());
    }

    @Test
    void damagedDirectionsFile_noSliders_andThePanelSaysWhy() {
        opener.sliders = List.of();
        opener.slidersWarning = "directions.json: vector 3 has 99 values, the model's latent has 100";
        editor.openModel("damaged", () -> { });
        assertTrue(sliders.sliders().isEmpty());
        assertEquals("This model has no sliders: directions.json: vector 3 has 99 values, the model's latent has 100",
                sliders.noSlidersTextProperty().get());
        opener.slidersWarning = null;
        editor.openModel("plain", () -> { });
        assertEquals("This model has no sliders", sliders.noSlidersTextProperty().get());
    }

    @Test
    void anotherModel_rebuildsTheSliders() {
        move(0, 1);
        opener.sliders = List.of(new SliderDirection(0, "Heel", -1, 1, "higher heel"));
        editor.openModel("shoes", () -> { });
        assertEquals(List.of("Heel"), sliders.sliders().stream().map(s -> s.direction().name()).toList());
        assertEquals(0, amount(0));
    }
}
