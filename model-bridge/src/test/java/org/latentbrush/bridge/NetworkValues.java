package org.latentbrush.bridge;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/** A network's weights as one array, for tests that compare whole networks. */
public final class NetworkValues {

    private NetworkValues() {
    }

    /** A network's weights one after another. */
    public static float[] flatten(Block block) {
        List<float[]> parts = new ArrayList<>();
        for (Pair<String, Parameter> pair : block.getParameters()) {
            parts.add(pair.getValue().getArray().toFloatArray());
        }
        return concat(parts);
    }

    /** The arrays one after another. */
    public static float[] concat(List<float[]> parts) {
        float[] all = new float[parts.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
