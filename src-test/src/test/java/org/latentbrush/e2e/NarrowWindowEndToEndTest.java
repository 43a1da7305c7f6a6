package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** At the smallest supported window the model picker stays on the toolbar, not in its overflow menu. */
class NarrowWindowEndToEndTest extends EditorRobot {

    @Start
    void start(Stage stage) throws Exception {
        openEditor(stage);
    }

    @Stop
    void stop() {
        closeEditor();
    }

    @Test
    void window1024x700_keepsTheModelPickerOnTheToolbar_andAWideOneShowsItsDetails(FxRobot robot) {
        awaitReady();
        resize(1024, 700);
        // An item in the toolbar's overflow menu is not in the window's scene graph at all.
        Node picker = robot.lookup("#model-picker").tryQuery().orElse(null);
        assertNotNull(picker, "the picker is in the window, not in the toolbar's overflow menu");
        Node details = robot.lookup("#model-details").query();
        Node toolbar = robot.lookup("#tool-bar").query();
        assertTrue(fx(() -> picker.getScene() == toolbar.getScene() && picker.isVisible()),
                "the picker is shown in the window");
        Bounds pickerBounds = fx(() -> picker.localToScene(picker.getBoundsInLocal()));
        assertNotNull(pickerBounds);
        assertTrue(pickerBounds.getMaxX() <= 1024, "the picker ends inside the window: " + pickerBounds);
        assertFalse(fx(details::isVisible), "the details give way in a narrow window");

        resize(1280, 800); // the headless screen's whole size
        assertTrue(fx(details::isVisible), "a wide window shows the model's details beside the picker");
    }

    private void resize(double width, double height) {
        fx(() -> {
            Stage stage = window.stage();
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
