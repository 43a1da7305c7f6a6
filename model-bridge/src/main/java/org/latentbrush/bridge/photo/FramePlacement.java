package org.latentbrush.bridge.photo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeTool;

/**
 * Places the model's square frames over the painted parts of a photo.
 *
 * <p>A frame is the largest square the photo holds (its short side), so the model sees as much of
 * the scene as it was trained to, slid along the long side until it is centred on the strokes it
 * serves. Strokes whose reach ({@link ReachBox}: {@link StrokeRegion#REACH_IN_RADII} radii around
 * them) fits in one such square share it; strokes too far apart get a frame each, taken in order
 * along the photo's long side. Eraser strokes go with every frame: they only clear what lies under
 * them.
 */
public final class FramePlacement {

    private FramePlacement() {}

    /**
     * A frame and the strokes it edits.
     *
     * @param crop the square, in photo pixels
     * @param strokes the strokes it serves, in photo pixels
     */
    public record PlacedFrame(CropSquare crop, ConstraintSet strokes) {}

    /**
     * Places frames over strokes.
     *
     * @param onPhoto strokes in photo pixels (a canvas of the photo's size)
     * @return one frame per group of nearby strokes, in order along the long side; one centred
     *     frame when there is no colour or sketch stroke
     */
    public static List<PlacedFrame> around(ConstraintSet onPhoto) {
        int w = onPhoto.canvasWidth();
        int h = onPhoto.canvasHeight();
        int side = Math.min(w, h);
        boolean wide = w >= h;
        List<Stroke> painted = new ArrayList<>();
        List<Stroke> erasers = new ArrayList<>();
        for (Stroke s : onPhoto.strokes()) {
            (s.tool() == StrokeTool.ERASE ? erasers : painted).add(s);
        }
        if (painted.isEmpty()) {
            return List.of(new PlacedFrame(CropSquare.centred(w, h), onPhoto));
        }
        painted.sort(Comparator.comparingDouble(s -> ReachBox.of(s).low(wide)));
        List<PlacedFrame> frames = new ArrayList<>();
        List<Stroke> group = new ArrayList<>();
        ReachBox box = null;
        for (Stroke s : painted) {
            ReachBox reach = ReachBox.of(s);
            ReachBox joined = box == null ? reach : box.union(reach);
            if (box != null && (joined.width() > side || joined.height() > side)) {
                frames.add(frame(box, group, erasers, w, h, side));
                group = new ArrayList<>();
                joined = reach;
            }
            group.add(s);
            box = joined;
        }
        frames.add(frame(box, group, erasers, w, h, side));
        return frames;
    }

    /**
     * The frame the user chose, with all strokes.
     *
     * @param onPhoto strokes in photo pixels
     * @param crop the square
     * @return the frame
     * @throws IllegalArgumentException if the square does not lie inside the photo
     */
    public static PlacedFrame fixed(ConstraintSet onPhoto, CropSquare crop) {
        if (crop.x() + crop.side() > onPhoto.canvasWidth() || crop.y() + crop.side() > onPhoto.canvasHeight()) {
            throw new IllegalArgumentException("the frame " + crop.x() + "," + crop.y() + "," + crop.side()
                    + " does not fit inside the " + onPhoto.canvasWidth() + "x" + onPhoto.canvasHeight()
                    + " photo");
        }
        return new PlacedFrame(crop, onPhoto);
    }

    private static PlacedFrame frame(ReachBox box, List<Stroke> group, List<Stroke> erasers, int w, int h,
            int side) {
        int x = clamp((int) Math.round((box.minX() + box.maxX()) / 2 - side / 2.0), w - side);
        int y = clamp((int) Math.round((box.minY() + box.maxY()) / 2 - side / 2.0), h - side);
        List<Stroke> strokes = new ArrayList<>(group);
        strokes.addAll(erasers);
        return new PlacedFrame(new CropSquare(x, y, side), new ConstraintSet(w, h, strokes));
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
