package org.latentbrush.app.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToolsViewModelTest {

    @Test
    void grow_repeatedly_stopsAtMaximum() {
        ToolsViewModel vm = new ToolsViewModel();
        for (int i = 0; i < 50; i++) {
            vm.grow();
        }
        assertEquals(ToolsViewModel.MAX_RADIUS, vm.radiusProperty().get());
    }

    @Test
    void shrink_makesSmallerButNotBelowMinimum() {
        ToolsViewModel vm = new ToolsViewModel();
        double before = vm.radiusProperty().get();
        vm.shrink();
        assertTrue(vm.radiusProperty().get() < before);
        for (int i = 0; i < 50; i++) {
            vm.shrink();
        }
        assertEquals(ToolsViewModel.MIN_RADIUS, vm.radiusProperty().get());
    }

    @Test
    void radius_setOutOfRange_isClamped() {
        ToolsViewModel vm = new ToolsViewModel();
        vm.radiusProperty().set(1000);
        assertEquals(ToolsViewModel.MAX_RADIUS, vm.radiusProperty().get());
    }

    @Test
    void parse_unknownName_givesColourBrush() {
        assertEquals(Tool.COLOR, Tool.parse("nonsense"));
        assertEquals(Tool.ERASE, Tool.parse("ERASE"));
    }
}
