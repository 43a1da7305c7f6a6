package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EarlyStopTest {

    @Test
    void shouldStop_costStillFallingFast_goesOn() {
        double[] costs = {1.0, 0.8, 0.6, 0.5, 0.4, 0.3};
        assertFalse(new EarlyStop(2, 0.05).shouldStop(costs, 6, false));
    }

    @Test
    void shouldStop_flatOverTheWindow_stops() {
        double[] costs = {1.0, 0.5, 0.4, 0.399, 0.3985, 0.398};
        assertTrue(new EarlyStop(2, 0.01).shouldStop(costs, 6, false));
    }

    @Test
    void shouldStop_beforeTwoWindows_neverStops() {
        double[] costs = {0.4, 0.4, 0.4};
        assertFalse(new EarlyStop(2, 0.01).shouldStop(costs, 3, false), "needs two windows of history");
    }

    @Test
    void shouldStop_continuedEdit_judgedOnItsFirstWindow() {
        double[] costs = {0.4, 0.399, 0.3985};
        EarlyStop stop = new EarlyStop(2, 0.01);
        assertTrue(stop.shouldStop(costs, 3, true), "a continued edit starts past the steep fall");
        assertFalse(stop.shouldStop(costs, 2, true), "but needs one whole window");
        assertFalse(stop.shouldStop(costs, 3, false), "a fresh edit needs two");
        assertFalse(stop.shouldStop(new double[] {0.4, 0.35, 0.3}, 3, true), "still falling");
    }

    @Test
    void never_neverStops() {
        assertFalse(EarlyStop.NEVER.shouldStop(new double[] {1, 1, 1, 1, 1, 1}, 6, false));
        assertFalse(EarlyStop.NEVER.enabled());
    }

    @Test
    void constructor_badValues_refused() {
        assertThrows(IllegalArgumentException.class, () -> new EarlyStop(-1, 0.01));
        assertThrows(IllegalArgumentException.class, () -> new EarlyStop(3, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new EarlyStop(3, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new EarlyStop(3, 1.0));
    }
}
