package org.latentbrush.app.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.image.RasterImage;

class BeforeAfterViewModelTest {

    private final BeforeAfterViewModel vm = new BeforeAfterViewModel(
            new ReadOnlyObjectWrapper<RasterImage>().getReadOnlyProperty());

    @Test
    void new_isOffWithDividerInTheMiddle() {
        assertFalse(vm.enabledProperty().get());
        assertEquals(0.5, vm.dividerProperty().get());
    }

    @Test
    void toggle_switchesOnAndOff() {
        vm.toggle();
        assertTrue(vm.enabledProperty().get());
        vm.toggle();
        assertFalse(vm.enabledProperty().get());
    }

    @Test
    void dragTo_followsMouseAndStaysOnCanvas() {
        vm.dragTo(128, 512);
        assertEquals(0.25, vm.dividerProperty().get());
        vm.dragTo(-40, 512);
        assertEquals(0, vm.dividerProperty().get());
        vm.dragTo(900, 512);
        assertEquals(1, vm.dividerProperty().get());
    }
}
