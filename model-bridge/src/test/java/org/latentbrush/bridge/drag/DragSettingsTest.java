package org.latentbrush.bridge.drag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The default drag reads the 16×16 feature map whatever the model's size. */
class DragSettingsTest {

    @Test
    void defaultsFor_eachModelSize_readsTheSixteenBySixteenMap_elseTheDefaults() {
        for (int size : new int[] {32, 64, 128}) {
            DragSettings settings = DragSettings.defaultsFor(size);
            assertEquals(DragSettings.FEATURE_MAP_SIDE, size / settings.featureReduction(), "a " + size + "-px model");
            assertEquals(DragSettings.defaults().withFeatureReduction(settings.featureReduction()), settings,
                    "only the map differs from the defaults");
        }
        assertEquals(DragSettings.defaults(), DragSettings.defaultsFor(64), "the landscape model's are the defaults");
        assertEquals(1, DragSettings.defaultsFor(16).featureReduction(), "a model as small as the map: full size");
        assertEquals(1, DragSettings.defaultsFor(8).featureReduction(), "never below one");
    }
}
