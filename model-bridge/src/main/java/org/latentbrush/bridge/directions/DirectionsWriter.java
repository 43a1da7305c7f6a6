package org.latentbrush.bridge.directions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.latentbrush.bridge.io.AtomicFiles;

/** Writes {@link LatentDirections} as {@code directions.json}, the inverse of {@link DirectionsReader}. */
public final class DirectionsWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DirectionsWriter() {}

    /**
     * Converts directions to their JSON tree.
     *
     * @param directions the directions
     * @return the tree, in the documented field order, each vector last in its direction
     */
    public static ObjectNode toJson(LatentDirections directions) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", LatentDirections.FORMAT);
        root.put("version", LatentDirections.VERSION);
        DirectionsOrigin origin = directions.origin();
        root.put("model", origin.model());
        root.put("fingerprint", origin.fingerprint());
        root.put("method", origin.method());
        root.put("samples", origin.samples());
        root.put("seed", origin.seed());
        ArrayNode list = root.putArray("directions");
        for (LatentDirection d : directions.directions()) {
            ObjectNode node = list.addObject();
            node.put("index", d.index());
            node.put("name", d.name());
            node.put("layers", d.layers());
            node.put("effect", d.effect());
            node.put("minimum", d.minimum());
            node.put("maximum", d.maximum());
            node.put("step", d.step());
            d.confirmation().ifPresent(c -> {
                ObjectNode confirmation = node.putObject("confirmation");
                confirmation.put("measure", c.measure());
                confirmation.put("minus", rounded(c.minus()));
                confirmation.put("zero", rounded(c.zero()));
                confirmation.put("plus", rounded(c.plus()));
                confirmation.put("samples", c.samples());
            });
            ArrayNode vector = node.putArray("vector");
            for (float v : d.vector()) {
                vector.add(v);
            }
        }
        return root;
    }

    /** Four decimals: a share of a few hundred images, or a statistic, needs no more. */
    private static double rounded(double value) {
        return Math.round(value * 1e4) / 1e4;
    }

    /**
     * Writes directions atomically.
     *
     * @param directions the directions
     * @param file the target file
     * @throws IOException if it cannot be written
     */
    public static void write(LatentDirections directions, Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(toJson(directions)));
    }
}
