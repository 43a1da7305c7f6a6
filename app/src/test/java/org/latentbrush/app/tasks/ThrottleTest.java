package org.latentbrush.app.tasks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThrottleTest {

    @Test
    void tryAcquire_first_passes() {
        assertTrue(new Throttle(100).tryAcquire(/* now= */ 5_000L));
    }

    @Test
    void tryAcquire_withinInterval_refuses() {
        Throttle throttle = new Throttle(100);
        throttle.tryAcquire(1_000);
        assertFalse(throttle.tryAcquire(1_099));
        assertTrue(throttle.tryAcquire(1_100));
    }

    @Test
    void reset_withinInterval_passesAgain() {
        Throttle throttle = new Throttle(100);
        throttle.tryAcquire(1_000);
        throttle.reset();
        assertTrue(throttle.tryAcquire(1_001));
    }
}
