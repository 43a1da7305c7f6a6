package org.latentbrush.bridge.quality;

import java.util.Arrays;
import java.util.List;
import org.latentbrush.bridge.training.data.GroundType;
import org.latentbrush.bridge.training.data.ImageSource;
import org.latentbrush.bridge.training.data.LandscapeSource;
import org.latentbrush.bridge.training.data.SceneLabels;
import org.latentbrush.bridge.training.data.TimeOfDay;

/**
 * Rendered landscapes with the labels their renderer drew: time of day, mountains, water and
 * ground, four heads that together describe what a person sees first in a scene.
 */
public final class LandscapeLabels implements LabelledSource {

    /** The four heads, in the order {@link #labels} returns them. */
    public static final List<ClassifierHead> HEADS = List.of(
            new ClassifierHead("timeOfDay", names(TimeOfDay.values())),
            new ClassifierHead("mountains", List.of("no", "yes")),
            new ClassifierHead("water", List.of("no", "yes")),
            new ClassifierHead("ground", names(GroundType.values())));

    private final LandscapeSource source;

    /**
     * Labels a landscape source.
     *
     * @param source the scenes
     */
    public LandscapeLabels(LandscapeSource source) {
        this.source = source;
    }

    @Override
    public ImageSource images() {
        return source;
    }

    @Override
    public List<ClassifierHead> heads() {
        return HEADS;
    }

    @Override
    public int[] labels(long index) {
        SceneLabels labels = source.labels(index);
        return new int[] {labels.timeOfDay().ordinal(), labels.hasMountains() ? 1 : 0,
            labels.hasWater() ? 1 : 0, labels.ground().ordinal()};
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase()).toList();
    }
}
