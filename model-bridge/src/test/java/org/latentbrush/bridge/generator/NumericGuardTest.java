package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumericGuardTest {

    @Test
    void allFinite_findsANaNOrAnInfinityInAnyArray() {
        try (NDManager manager = NDManager.newBaseManager()) {
            assertTrue(NumericGuard.allFinite(List.of(manager.create(new float[] {1, 2}),
                    manager.create(new float[] {-3})), manager));
            assertFalse(NumericGuard.allFinite(List.of(manager.create(new float[] {1, 2}),
                    manager.create(new float[] {Float.NaN})), manager));
            assertFalse(NumericGuard.allFinite(List.of(
                    manager.create(new float[] {Float.NEGATIVE_INFINITY, 0})), manager));
        }
    }

    @Test
    void untilFinite_repeatsUntilAPassSucceeds() {
        List<Integer> attempts = new ArrayList<>();
        String result = NumericGuard.untilFinite("a pass", attempt -> {
            attempts.add(attempt);
            return attempt < 2 ? Optional.empty() : Optional.of("third");
        });
        assertEquals("third", result);
        assertEquals(List.of(0, 1, 2), attempts);
    }

    @Test
    void untilFinite_givesUpAfterTheLastAttemptNamingThePass() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NumericGuard.untilFinite("the test's step", attempt -> Optional.empty()));
        assertTrue(e.getMessage().startsWith("the test's step gave non-finite gradients "
                + NumericGuard.ATTEMPTS + " times"), e.getMessage());
    }
}
