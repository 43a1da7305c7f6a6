package org.latentbrush.app.photo;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.latentbrush.bridge.api.EditablePhoto;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The edits of squares the editor has moved away from, kept visible on the whole photo.
 *
 * <p>The model edits one square at a time; when the square follows the strokes elsewhere, the
 * strokes it leaves behind are edited again on export, each group in a square of its own
 * ({@link PhotoExport}). Until then the user would see the edit they just watched vanish. So the
 * square's last edited view stays, drawn where it was, for as long as the strokes that reach into
 * that square are the ones it answered: an undo that takes one of them away hides it, the redo
 * shows it again, a stroke added there hides it (the export will edit those strokes anew). A new
 * photo, another photo's square or another model drops them all.
 *
 * <p>It is a preview: the export edits those strokes from their own square's projection, which may
 * differ a little from what the live square reached.
 */
public final class LeftBehindEdits {

    /** The most squares kept: 3 MB each (a float image at the canvas's size), the oldest dropped first. */
    static final int MOST = 8;
    /** Photo pixels within which two strokes' points count as the same (squares move by arithmetic). */
    private static final double SAME_POINT = 1e-3;

    /** A left square's edit, in canvas units of the square edited now. */
    public record Shown(double x, double y, double side, RasterImage image) {}

    /** A left square in photo pixels, its view, and the strokes (in photo pixels) it answered. */
    private record Patch(int x, int y, int side, RasterImage view, List<Stroke> strokes) {}

    private final int canvas;
    private final List<Patch> patches = new ArrayList<>();
    private final ReadOnlyObjectWrapper<List<Shown>> shown = new ReadOnlyObjectWrapper<>(List.of());
    /** The photo file the patches belong to: another square of it keeps them. */
    private byte[] photoContent;

    /** @param canvas the canvas's side in canvas units */
    public LeftBehindEdits(int canvas) {
        this.canvas = canvas;
    }

    /**
     * Keeps the square's edit as the square is about to move; nothing when it has no edit yet or
     * no stroke reaches into it.
     *
     * @param content the photo file's bytes, which identify the photo
     * @param photo the photo, with the square being left
     * @param strokes the strokes on the canvas over that square
     * @param editedView the square's edited view, or {@code null}
     */
    public void leave(byte[] content, EditablePhoto photo, ConstraintSet strokes, RasterImage editedView) {
        if (editedView == null) {
            return;
        }
        forOtherPhotos(content);
        int x = photo.cropX();
        int y = photo.cropY();
        int side = photo.cropSide();
        patches.removeIf(p -> p.x == x && p.y == y && p.side == side);
        List<Stroke> answered = reaching(onPhoto(photo, strokes), x, y, side);
        if (answered.isEmpty()) {
            // No stroke reaches into it: its view is the photo itself.
            show(photo, strokes);
            return;
        }
        patches.add(new Patch(x, y, side, editedView, answered));
        if (patches.size() > MOST) {
            patches.remove(0);
        }
        show(photo, strokes);
    }

    /**
     * Shows the patches whose strokes are still there, placed for the square edited now.
     *
     * @param content the photo file's bytes, or {@code null} without a photo
     * @param photo the photo with the square edited now, or {@code null}
     * @param strokes the strokes on the canvas over that square
     */
    public void update(byte[] content, EditablePhoto photo, ConstraintSet strokes) {
        if (photo == null) {
            clear();
            return;
        }
        forOtherPhotos(content);
        show(photo, strokes);
    }

    /** Drops every patch (another model: its edits are not what the export would make). */
    public void clear() {
        patches.clear();
        photoContent = null;
        shown.set(List.of());
    }

    /** The left squares' edits to draw, oldest first. */
    public ReadOnlyObjectProperty<List<Shown>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private void forOtherPhotos(byte[] content) {
        if (content != photoContent) {
            patches.clear();
            photoContent = content;
        }
    }

    private void show(EditablePhoto photo, ConstraintSet strokes) {
        List<Stroke> now = onPhoto(photo, strokes);
        double scale = canvas / (double) photo.cropSide();
        List<Shown> list = new ArrayList<>();
        for (Patch p : patches) {
            if (same(p.strokes, reaching(now, p.x, p.y, p.side))) {
                list.add(new Shown((p.x - photo.cropX()) * scale, (p.y - photo.cropY()) * scale, p.side * scale,
                        p.view));
            }
        }
        shown.set(List.copyOf(list));
    }

    /** The strokes in photo pixels. */
    private List<Stroke> onPhoto(EditablePhoto photo, ConstraintSet strokes) {
        double scale = photo.cropSide() / (double) strokes.canvasWidth();
        List<Stroke> list = new ArrayList<>();
        for (Stroke s : strokes.strokes()) {
            double[] p = s.points();
            double[] q = new double[p.length];
            for (int i = 0; i < p.length; i += 2) {
                q[i] = photo.cropX() + p[i] * scale;
                q[i + 1] = photo.cropY() + p[i + 1] * scale;
            }
            list.add(new Stroke(s.tool(), s.rgb(), s.radius() * scale, q));
        }
        return list;
    }

    /** The strokes whose reach (1.5 radii) touches the square, in order. */
    private static List<Stroke> reaching(List<Stroke> strokes, int x, int y, int side) {
        List<Stroke> list = new ArrayList<>();
        for (Stroke s : strokes) {
            double r = s.radius() * EditablePhoto.STROKE_REACH_IN_RADII;
            double[] p = s.points();
            for (int i = 0; i < p.length; i += 2) {
                if (p[i] + r > x && p[i] - r < x + side && p[i + 1] + r > y && p[i + 1] - r < y + side) {
                    list.add(s);
                    break;
                }
            }
        }
        return list;
    }

    private static boolean same(List<Stroke> a, List<Stroke> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Stroke s = a.get(i);
            Stroke t = b.get(i);
            if (s.tool() != t.tool() || s.rgb() != t.rgb() || Math.abs(s.radius() - t.radius()) > SAME_POINT
                    || s.points().length != t.points().length) {
                return false;
            }
            for (int k = 0; k < s.points().length; k++) {
                if (Math.abs(s.points()[k] - t.points()[k]) > SAME_POINT) {
                    return false;
                }
            }
        }
        return true;
    }
}
