package org.latentbrush.bridge.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.io.FreeMemory;
import org.latentbrush.bridge.photo.CropSquare;
import org.latentbrush.bridge.photo.EditTransfer;
import org.latentbrush.bridge.photo.FramePlacement;
import org.latentbrush.bridge.photo.Photo;
import org.latentbrush.bridge.photo.PhotoException;
import org.latentbrush.bridge.photo.PhotoFrame;
import org.latentbrush.bridge.photo.PhotoOverview;
import org.latentbrush.bridge.photo.PhotoReader;
import org.latentbrush.bridge.photo.PhotoWriter;
import org.latentbrush.bridge.photo.StrokeReach;
import org.latentbrush.bridge.photo.StrokeRegion;
import org.latentbrush.bridge.photo.PhotoTransfer;

/**
 * A photo opened for editing: upright 8-bit RGB at its own resolution, and the square of it that
 * the model sees (the centred one unless {@link #withSquare} chose another).
 *
 * <p>The editor paints on the square: its canvas is stretched over {@link #cropSide()} photo pixels
 * starting at ({@link #cropX()}, {@link #cropY()}). Edits come back through {@link #edit}, the Neural
 * Photo Editor's masked transfer bounded by the strokes' region, which leaves every pixel beyond the
 * strokes' reach byte-identical.
 * No method needs the model, so all of them may run on any thread; the photo is immutable.
 *
 * <pre>{@code
 * EditablePhoto photo = EditablePhoto.read(Path.of("beach.jpg"));
 * RasterImage frame = photo.frame(64, 3);          // project this into z0
 * EditedPhoto edited = photo.edit(gOfZ0, gOfZPrime, strokes);
 * edited.write(Path.of("beach-edited.png"));
 * }</pre>
 */
public final class EditablePhoto {

    /** How far a stroke's edit reaches from its line, in brush radii: beyond, the photo never changes. */
    public static final double STROKE_REACH_IN_RADII = StrokeRegion.REACH_IN_RADII;

    private final Photo photo;
    private final CropSquare crop;
    /** The command line's transfer too; it measures the unedited square once, as the editor edits often. */
    private final PhotoTransfer transfer;

    private EditablePhoto(Photo photo) {
        this(photo, CropSquare.centred(photo.width(), photo.height()));
    }

    private EditablePhoto(Photo photo, CropSquare crop) {
        this.photo = photo;
        this.crop = crop;
        this.transfer = new PhotoTransfer(photo, crop);
    }

    /**
     * The same photo with another square for the model to edit (sharing the pixels).
     *
     * @param x left edge in photo pixels
     * @param y top edge
     * @param side the square's side, at least one pixel
     * @return the photo with that square
     * @throws IllegalArgumentException if the square does not lie inside the photo
     */
    public EditablePhoto withSquare(int x, int y, int side) {
        if (x < 0 || y < 0 || side < 1 || (long) x + side > photo.width() || (long) y + side > photo.height()) {
            throw new IllegalArgumentException("the square " + x + "," + y + "," + side + " does not fit inside the "
                    + photo.width() + "x" + photo.height() + " photo");
        }
        return new EditablePhoto(photo, new CropSquare(x, y, side));
    }

    /**
     * Reads a PNG or JPEG file, refusing unreadable, damaged, CMYK and oversized ones.
     *
     * @param file the file
     * @return the photo, upright
     * @throws PhotoFileException with a message that names the file and the problem
     */
    public static EditablePhoto read(Path file) throws PhotoFileException {
        try {
            return new EditablePhoto(new PhotoReader().read(file));
        } catch (PhotoException e) {
            throw new PhotoFileException(e.getMessage(), e);
        }
    }

    /**
     * Reads a photo from a file's bytes, such as the copy a saved session keeps.
     *
     * @param content the bytes of a PNG or JPEG file
     * @param name the file's name, for messages
     * @return the photo, upright
     * @throws PhotoFileException with a message that names the file and the problem
     */
    public static EditablePhoto decode(byte[] content, String name) throws PhotoFileException {
        return decode(content, name, FreeMemory.heap());
    }

    /**
     * Reads a photo from a file's bytes, refusing it before decoding when its pixels would need
     * more than the memory left.
     *
     * @param content the bytes of a PNG or JPEG file
     * @param name the file's name, for messages
     * @param memory the memory left, normally {@link FreeMemory#heap()}
     * @return the photo, upright
     * @throws PhotoFileException with a message that names the file and the problem
     */
    public static EditablePhoto decode(byte[] content, String name, FreeMemory memory) throws PhotoFileException {
        try {
            return new EditablePhoto(new PhotoReader(PhotoReader.DEFAULT_MAX_PIXELS, memory).read(content, name));
        } catch (PhotoException e) {
            throw new PhotoFileException(e.getMessage(), e);
        }
    }

    /**
     * Wraps pixels already in memory, for tests and generated photos.
     *
     * @param width width
     * @param height height
     * @param rgb packed 0xRRGGBB pixels, row-major; not copied, must not change afterwards
     * @return the photo
     */
    public static EditablePhoto of(int width, int height, int[] rgb) {
        return new EditablePhoto(new Photo(width, height, rgb));
    }

    /** Whether a file name looks like a photo the editor opens: {@code .png}, {@code .jpg}, {@code .jpeg}. */
    public static boolean isPhotoName(String fileName) {
        return PhotoWriter.formatOf(fileName).isPresent();
    }

    /** The pixels, for the engine's own photo work. */
    Photo photo() {
        return photo;
    }

    /** The square the model edits. */
    CropSquare crop() {
        return crop;
    }

    public int width() {
        return photo.width();
    }

    public int height() {
        return photo.height();
    }

    /** Left edge of the model's square, in photo pixels. */
    public int cropX() {
        return crop.x();
    }

    /** Top edge of the model's square, in photo pixels. */
    public int cropY() {
        return crop.y();
    }

    /** Side of the model's square, in photo pixels. */
    public int cropSide() {
        return crop.side();
    }

    /** The colour at ({@code x}, {@code y}) as 0xRRGGBB. */
    public int rgbAt(int x, int y) {
        return photo.rgbAt(x, y);
    }

    /**
     * The square as the model sees it: area-averaged to the model's size.
     *
     * @param size the model's image side
     * @param channels the model's channels: 3 for RGB, 1 for grey
     * @return the frame, values in [0, 1]
     */
    public RasterImage frame(int size, int channels) {
        return PhotoFrame.of(photo, crop, size, channels).image();
    }

    /** The square, area-averaged to {@code side} pixels for the screen, as RGB. */
    public RasterImage view(int side) {
        return frame(side, 3);
    }

    /**
     * Carries an edit of the projection onto the photo at its own resolution, only where the
     * strokes are, with the command line's {@link PhotoTransfer}: the strokes' region (1.5 brush
     * radii) bounds the change, and every pixel beyond it stays byte-identical; inside, NPE's mask
     * shapes the margin.
     *
     * @param before G(z₀), the projection's image
     * @param after G(z′), the edited image, same size
     * @param strokes the strokes the edit answers, on a square canvas stretched over the square
     * @return the edited photo
     */
    public EditedPhoto edit(RasterImage before, RasterImage after, ConstraintSet strokes) {
        PhotoTransfer.Carried carried = transfer.carry(before, after, strokes);
        List<String> shortfalls = carried.reach().stream()
                .filter(s -> !s.reached()).map(StrokeReach::shortfall).toList();
        EditTransfer.Result result = carried.result();
        return new EditedPhoto(result.photo(), crop, result.changedPixels(), result.millis(), shortfalls);
    }

    /** The photo as it is, as an edit that changed nothing. */
    public EditedPhoto unedited() {
        return new EditedPhoto(photo, crop, 0, 0, List.of());
    }

    /**
     * The whole photo, area-averaged so that its longer side is at most {@code maxSide} pixels,
     * for an overview on screen.
     *
     * @param maxSide the longer side's limit, at least 1
     * @return the photo as RGB, never enlarged
     */
    public RasterImage overview(int maxSide) {
        return PhotoOverview.of(photo, maxSide);
    }

    /**
     * Where the command line's {@code edit} would place the model's squares for these strokes: the
     * largest square, slid along the long side over each group of strokes whose reach fits in one.
     *
     * @param strokes strokes on a square canvas over this photo's square, as the editor paints them
     *     (they may lie off it, elsewhere on the photo)
     * @return the squares, in order along the long side; one centred square without colour or
     *     sketch strokes
     */
    public List<PlacedSquare> squaresAround(ConstraintSet strokes) {
        ConstraintSet onPhoto = PhotoFrame.toPhotoPixels(strokes, crop, photo.width(), photo.height());
        Map<Stroke, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < onPhoto.strokes().size(); i++) {
            index.put(onPhoto.strokes().get(i), i);
        }
        List<PlacedSquare> squares = new ArrayList<>();
        for (FramePlacement.PlacedFrame frame : FramePlacement.around(onPhoto)) {
            List<Integer> served = frame.strokes().strokes().stream().map(index::get).sorted().toList();
            squares.add(new PlacedSquare(frame.crop().x(), frame.crop().y(), frame.crop().side(), served));
        }
        return squares;
    }
}
