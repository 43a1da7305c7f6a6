package org.latentbrush.bridge.photo;

import java.util.ArrayList;
import java.util.List;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.image.Luma;
import org.latentbrush.bridge.image.RasterImage;

/**
 * A photo as the model sees it: its centre square, shrunk to the model's size by area averaging.
 *
 * <p>Area averaging gives each model pixel the exact mean of the photo pixels it covers (fractional
 * pixels weighted by their covered fraction), so a 3000-pixel crop becomes a 64-pixel frame without
 * the aliasing of point sampling. It is done separably, one photo row at a time, so a 12-megapixel
 * photo needs no full-size temporary. Averaging is on the stored sRGB values, as ImageIO and most
 * editors do. A crop smaller than the model is enlarged the same way, which amounts to nearest
 * neighbour.
 */
public final class PhotoFrame {

    private final CropSquare crop;
    private final int photoWidth;
    private final int photoHeight;
    private final RasterImage image;

    private PhotoFrame(CropSquare crop, int photoWidth, int photoHeight, RasterImage image) {
        this.crop = crop;
        this.photoWidth = photoWidth;
        this.photoHeight = photoHeight;
        this.image = image;
    }

    /**
     * Frames a photo for a model.
     *
     * @param photo the photo
     * @param size the model's image side
     * @param channels the model's channels: 3 for RGB, 1 for grey (Rec. 601 luma, as strokes)
     * @return the frame
     */
    public static PhotoFrame of(Photo photo, int size, int channels) {
        return of(photo, CropSquare.centred(photo.width(), photo.height()), size, channels);
    }

    /**
     * Frames a square anywhere in a photo for a model.
     *
     * @param photo the photo
     * @param crop the square, inside the photo
     * @param size the model's image side
     * @param channels the model's channels: 3 for RGB, 1 for grey (Rec. 601 luma, as strokes)
     * @return the frame
     * @throws IllegalArgumentException if the square does not lie inside the photo
     */
    public static PhotoFrame of(Photo photo, CropSquare crop, int size, int channels) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
        }
        if (crop.x() + crop.side() > photo.width() || crop.y() + crop.side() > photo.height()) {
            throw new IllegalArgumentException("the frame " + crop.x() + "," + crop.y() + "," + crop.side()
                    + " does not fit inside the " + photo.width() + "x" + photo.height() + " photo");
        }
        float[] rgb = shrink(photo, crop, size);
        int n = size * size;
        float[] data = rgb;
        if (channels == 1) {
            data = new float[n];
            for (int i = 0; i < n; i++) {
                data[i] = Luma.of(rgb[i], rgb[n + i], rgb[2 * n + i]);
            }
        }
        return new PhotoFrame(crop, photo.width(), photo.height(), new RasterImage(size, size, channels, data));
    }

    /** The square of the photo the frame shows. */
    public CropSquare crop() {
        return crop;
    }

    /** The frame at the model's size, values in [0, 1]. */
    public RasterImage image() {
        return image;
    }

    public int photoWidth() {
        return photoWidth;
    }

    public int photoHeight() {
        return photoHeight;
    }

    /**
     * Brings strokes onto the crop square's canvas, the canvas the photo editor paints with.
     *
     * <p>A set whose canvas is the whole photo (its size equals the photo's) is in photo pixels: it
     * is shifted by the crop's corner onto a canvas of the crop's side, so parts outside the crop
     * fall off the canvas. Any other square canvas is taken to cover the crop square already and is
     * returned as it is. For a square photo the two readings coincide.
     *
     * @param strokes strokes on the photo's canvas or on a square canvas over the crop
     * @return strokes on a square canvas over the crop
     * @throws IllegalArgumentException if the canvas is neither the photo's size nor square
     */
    public ConstraintSet toCropCanvas(ConstraintSet strokes) {
        int w = strokes.canvasWidth();
        int h = strokes.canvasHeight();
        if (w == photoWidth && h == photoHeight) {
            List<Stroke> moved = new ArrayList<>(strokes.strokes().size());
            for (Stroke s : strokes.strokes()) {
                double[] p = s.points();
                for (int i = 0; i < p.length; i += 2) {
                    p[i] -= crop.x();
                    p[i + 1] -= crop.y();
                }
                moved.add(new Stroke(s.tool(), s.rgb(), s.radius(), p));
            }
            return new ConstraintSet(crop.side(), crop.side(), moved);
        }
        if (w != h) {
            throw new IllegalArgumentException("the strokes' canvas is " + w + "x" + h + ": it must be "
                    + "the photo's size (" + photoWidth + "x" + photoHeight + ") or a square over the "
                    + "photo's centre square");
        }
        return strokes;
    }

    /**
     * Brings strokes on a square canvas stretched over the crop into photo pixels, radii included.
     *
     * @param onCrop strokes on a square canvas over the crop square
     * @return the same strokes on a canvas of the photo's size
     */
    public ConstraintSet toPhotoPixels(ConstraintSet onCrop) {
        return toPhotoPixels(onCrop, crop, photoWidth, photoHeight);
    }

    /**
     * Brings strokes on a square canvas stretched over a square of a photo into photo pixels.
     *
     * @param onCrop strokes on a square canvas over the square
     * @param crop the square, in photo pixels
     * @param photoWidth the photo's width
     * @param photoHeight the photo's height
     * @return the same strokes on a canvas of the photo's size, radii scaled alike
     */
    public static ConstraintSet toPhotoPixels(ConstraintSet onCrop, CropSquare crop, int photoWidth,
            int photoHeight) {
        double scale = (double) crop.side() / onCrop.canvasWidth();
        List<Stroke> moved = new ArrayList<>(onCrop.strokes().size());
        for (Stroke s : onCrop.strokes()) {
            double[] p = s.points();
            for (int i = 0; i < p.length; i += 2) {
                p[i] = crop.x() + p[i] * scale;
                p[i + 1] = crop.y() + p[i + 1] * scale;
            }
            moved.add(new Stroke(s.tool(), s.rgb(), s.radius() * scale, p));
        }
        return new ConstraintSet(photoWidth, photoHeight, moved);
    }

    /** Area-averages the crop to size × size, returning channel-major RGB in [0, 1]. */
    private static float[] shrink(Photo photo, CropSquare crop, int size) {
        AreaWeights axis = new AreaWeights(crop.side(), size);
        int n = size * size;
        float[] out = new float[3 * n];
        int[] pixels = photo.rgb();
        double[] reduced = new double[3 * size];
        int reducedRow = -1;
        for (int oy = 0; oy < size; oy++) {
            double[] acc = new double[3 * size];
            for (int k = axis.first[oy]; k < axis.first[oy + 1]; k++) {
                int sy = axis.source[k];
                if (sy != reducedRow) {
                    reduceRow(pixels, (crop.y() + sy) * photo.width() + crop.x(), axis, size, reduced);
                    reducedRow = sy;
                }
                double wy = axis.weight[k];
                for (int i = 0; i < acc.length; i++) {
                    acc[i] += wy * reduced[i];
                }
            }
            for (int ox = 0; ox < size; ox++) {
                for (int c = 0; c < 3; c++) {
                    out[c * n + oy * size + ox] = (float) (acc[c * size + ox] / 255.0);
                }
            }
        }
        return out;
    }

    /** Averages one photo row of the crop horizontally into {@code out} (R, G, B blocks of size). */
    private static void reduceRow(int[] pixels, int start, AreaWeights axis, int size, double[] out) {
        for (int ox = 0; ox < size; ox++) {
            double r = 0;
            double g = 0;
            double b = 0;
            for (int k = axis.first[ox]; k < axis.first[ox + 1]; k++) {
                int c = pixels[start + axis.source[k]];
                double w = axis.weight[k];
                r += w * ((c >> 16) & 0xFF);
                g += w * ((c >> 8) & 0xFF);
                b += w * (c & 0xFF);
            }
            out[ox] = r;
            out[size + ox] = g;
            out[2 * size + ox] = b;
        }
    }

    /**
     * Box-filter weights along one axis: output cell o covers source interval
     * [o·n/m, (o+1)·n/m), and each source pixel weighs the fraction of the cell it covers.
     */
    private static final class AreaWeights {
        /** Entries of output o are first[o] … first[o + 1] − 1. */
        final int[] first;
        final int[] source;
        final double[] weight;

        AreaWeights(int sourceLength, int outputLength) {
            double scale = (double) sourceLength / outputLength;
            first = new int[outputLength + 1];
            List<double[]> entries = new ArrayList<>();
            for (int o = 0; o < outputLength; o++) {
                first[o] = entries.size();
                double from = o * scale;
                double to = (o + 1) * scale;
                int last = Math.min(sourceLength - 1, (int) Math.ceil(to) - 1);
                for (int s = (int) Math.floor(from); s <= last; s++) {
                    double overlap = Math.min(to, s + 1) - Math.max(from, s);
                    if (overlap > 0) {
                        entries.add(new double[] {s, overlap / scale});
                    }
                }
            }
            first[outputLength] = entries.size();
            source = new int[entries.size()];
            weight = new double[entries.size()];
            for (int k = 0; k < entries.size(); k++) {
                source[k] = (int) entries.get(k)[0];
                weight[k] = entries.get(k)[1];
            }
        }
    }
}
