package org.latentbrush.bridge.api;

import java.util.List;

/**
 * A square of a photo placed over a group of strokes, as the command line places its frames
 * ({@link EditablePhoto#squaresAround}).
 *
 * @param x left edge in photo pixels
 * @param y top edge in photo pixels
 * @param side the square's side in photo pixels
 * @param strokes the indices, in the strokes given, of the strokes this square serves (erasers
 *     go with every square)
 */
public record PlacedSquare(int x, int y, int side, List<Integer> strokes) {

    public PlacedSquare {
        strokes = List.copyOf(strokes);
    }

    /** Whether the square serves the stroke at {@code index}. */
    public boolean serves(int index) {
        return strokes.contains(index);
    }
}
