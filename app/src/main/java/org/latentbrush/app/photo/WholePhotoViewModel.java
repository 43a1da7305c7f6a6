package org.latentbrush.app.photo;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.latentbrush.app.canvas.CanvasArea;
import org.latentbrush.app.document.PhotoDocument;
import org.latentbrush.app.tasks.TaskExecutor;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The whole photo around the edited square: the canvas shows it, dimmed outside the square, and
 * the brush paints anywhere on it, so the user can paint where the model does not look yet (the
 * square then follows the strokes, {@link SquareFollower}).
 *
 * <p>Outside the square the edited photo is the photo itself (edits change only the square), so a
 * small overview of the original, made once per photo, is all the canvas needs there.
 */
public final class WholePhotoViewModel {

    /** The overview's longer side: sharp enough on a large screen at fit, small enough to make at once. */
    static final int OVERVIEW_SIDE = 2048;

    private final ReadOnlyObjectProperty<PhotoDocument> photo;
    private final int canvas;
    private final TaskExecutor tasks;
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<CanvasArea> area;
    private final ReadOnlyObjectWrapper<RasterImage> overview = new ReadOnlyObjectWrapper<>();
    private final LeftBehindEdits leftBehind;
    /** The file the overview shows, or is being made of: another square of it needs no new one. */
    private byte[] overviewOf;

    /**
     * Creates it and starts following the document's photo.
     *
     * @param photo the document's photo, or {@code null} for a painting
     * @param canvas the canvas's side in canvas units
     * @param tasks makes the overview in the background
     */
    public WholePhotoViewModel(ReadOnlyObjectProperty<PhotoDocument> photo, int canvas, TaskExecutor tasks) {
        this.photo = Objects.requireNonNull(photo);
        this.canvas = canvas;
        this.tasks = Objects.requireNonNull(tasks);
        this.area = new ReadOnlyObjectWrapper<>(CanvasArea.square(canvas));
        this.leftBehind = new LeftBehindEdits(canvas);
        photo.addListener(obs -> update());
        enabled.addListener(obs -> update());
        update();
    }

    private void update() {
        PhotoDocument document = photo.get();
        area.set(document == null || !enabled.get() ? CanvasArea.square(canvas)
                : PhotoArea.of(document.photo(), canvas));
        if (document == null) {
            overviewOf = null;
            overview.set(null);
        } else if (document.content() != overviewOf) {
            byte[] content = document.content();
            overviewOf = content;
            overview.set(null);
            tasks.run(() -> document.photo().overview(OVERVIEW_SIDE), image -> {
                if (overviewOf == content) {
                    overview.set(image);
                }
            }, failure -> { });
        }
    }

    /**
     * The original photo's colour under a canvas point (outside the square the photo is unedited).
     *
     * @param x canvas x
     * @param y canvas y
     * @return 0xRRGGBB, or -1 without a photo or off it
     */
    public int colorAt(double x, double y) {
        PhotoDocument document = photo.get();
        if (document == null) {
            return -1;
        }
        var p = document.photo();
        int px = (int) Math.floor(p.cropX() + x * p.cropSide() / canvas);
        int py = (int) Math.floor(p.cropY() + y * p.cropSide() / canvas);
        return px < 0 || py < 0 || px >= p.width() || py >= p.height() ? -1 : p.rgbAt(px, py);
    }

    /** Whether the canvas shows the whole photo rather than the edited square alone. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** What the canvas shows, in canvas units: the whole photo, or the square without a photo. */
    public ReadOnlyObjectProperty<CanvasArea> areaProperty() {
        return area.getReadOnlyProperty();
    }

    /** The whole original photo, small, or {@code null} while it is made or without a photo. */
    public ReadOnlyObjectProperty<RasterImage> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** The edits of squares the editor moved away from, drawn over the photo until the export redoes them. */
    public LeftBehindEdits leftBehind() {
        return leftBehind;
    }

    /** The canvas's side in canvas units: the edited square is [0, side]². */
    public int canvas() {
        return canvas;
    }
}
