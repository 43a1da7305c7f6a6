package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NarrowingTest {

    @Test
    void keepAfter_halvesAtEachIntervalDownToTheFloor() {
        Narrowing n = new Narrowing(8, 2);
        assertEquals(8, n.keepAfter(7, 8));
        assertEquals(4, n.keepAfter(8, 8));
        assertEquals(4, n.keepAfter(12, 4));
        assertEquals(2, n.keepAfter(16, 4));
        assertEquals(2, n.keepAfter(24, 2), "never below the floor");
        assertEquals(3, new Narrowing(1, 3).keepAfter(1, 5), "5 halves to 3, the floor");
        assertEquals(3, new Narrowing(1, 1).keepAfter(1, 5), "an odd count keeps the larger half");
    }

    @Test
    void never_keepsEveryCandidate() {
        assertFalse(Narrowing.NEVER.enabled());
        assertEquals(8, Narrowing.NEVER.keepAfter(8, 8));
    }

    @Test
    void constructor_refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Narrowing(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Narrowing(4, 0));
    }
}
