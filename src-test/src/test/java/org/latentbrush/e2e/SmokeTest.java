package org.latentbrush.e2e;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class SmokeTest {
    Button b;
    int clicks;
    @Start
    void start(Stage stage) {
        b = new Button("hi");
        b.setOnAction(e -> clicks++);
        stage.setScene(new Scene(b, 200, 100));
        stage.show();
    }
    @Test
    void click_button_counts(FxRobot robot) {
        robot.clickOn(b);
        assertEquals(1, clicks);
    }
}
