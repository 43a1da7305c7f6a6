package org.latentbrush.bridge.quality;

/**
 * How much of an image set's detail sits at the frequencies of a period-2 and a period-4 grid:
 * where the checkerboard of stride-2 upsampling shows (Durall et al. 2020, "Watch your
 * up-convolution"), measured on the mean power spectrum beside that of real images.
 *
 * <p>Each image is turned to grey (mean of its channels), its mean removed, and its 2-D discrete
 * Fourier transform taken (separably, rows then columns). The power at the frequencies of a
 * period-p pattern — (N/p, 0), (0, N/p) and (N/p, N/p), with their mirror images — is divided by
 * the image's whole power, so that contrast does not count, and averaged over the set.
 *
 * @param period2Generated share of the generated images' power at period 2
 * @param period2Real the same for real images
 * @param period4Generated share of the generated images' power at period 4
 * @param period4Real the same for real images
 * @param images images per set
 */
public record GridSpectrum(double period2Generated, double period2Real, double period4Generated,
        double period4Real, int images) {

    /** Generated over real at period 2; 1 is a perfect match, far above 1 a visible grid. */
    public double period2Ratio() {
        return period2Generated / period2Real;
    }

    /** Generated over real at period 4. */
    public double period4Ratio() {
        return period4Generated / period4Real;
    }

    /**
     * Measures the kept pixels of two image sets.
     *
     * @param generated the generated set, pixels kept
     * @param real the real set, pixels kept
     * @param size side of the square images
     * @param channels channels per image
     * @return the shares
     */
    public static GridSpectrum of(ImageFeatures generated, ImageFeatures real, int size, int channels) {
        int n = Math.min(generated.pixels().length, real.pixels().length);
        double[] g = meanShares(generated.pixels(), n, size, channels);
        double[] r = meanShares(real.pixels(), n, size, channels);
        return new GridSpectrum(g[0], r[0], g[1], r[1], n);
    }

    /** Mean over the first {@code n} images of their power shares at periods 2 and 4. */
    static double[] meanShares(float[][] pixels, int n, int size, int channels) {
        if (size % 4 != 0) {
            throw new IllegalArgumentException("the image side must be a multiple of 4, was " + size);
        }
        double[] sums = new double[2];
        for (int i = 0; i < n; i++) {
            double[][] power = powerSpectrum(grey(pixels[i], size, channels), size);
            double total = 0;
            for (double[] row : power) {
                for (double v : row) {
                    total += v;
                }
            }
            if (total > 0) {
                sums[0] += gridPower(power, size, 2) / total;
                sums[1] += gridPower(power, size, 4) / total;
            }
        }
        return new double[] {sums[0] / n, sums[1] / n};
    }

    /** Power at the frequencies of a period-p grid, each counted once with its mirrors. */
    static double gridPower(double[][] power, int size, int period) {
        int f = size / period;
        int m = (size - f) % size;
        java.util.Set<Long> cells = new java.util.LinkedHashSet<>();
        int[][] frequencies = {{f, 0}, {m, 0}, {0, f}, {0, m}, {f, f}, {m, m}, {f, m}, {m, f}};
        for (int[] uv : frequencies) {
            cells.add((long) uv[0] * size + uv[1]);
        }
        double sum = 0;
        for (long cell : cells) {
            sum += power[(int) (cell / size)][(int) (cell % size)];
        }
        return sum;
    }

    /** Channel mean with the image's mean removed; pixels are (channel, row, column). */
    static double[][] grey(float[] chw, int size, int channels) {
        double[][] grey = new double[size][size];
        double mean = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double v = 0;
                for (int c = 0; c < channels; c++) {
                    v += chw[(c * size + y) * size + x];
                }
                grey[y][x] = v / channels;
                mean += grey[y][x];
            }
        }
        mean /= (double) size * size;
        for (double[] row : grey) {
            for (int x = 0; x < size; x++) {
                row[x] -= mean;
            }
        }
        return grey;
    }

    /** |DFT|² of a square real image, by a DFT along rows then along columns. */
    static double[][] powerSpectrum(double[][] image, int size) {
        double[] cos = new double[size];
        double[] sin = new double[size];
        for (int k = 0; k < size; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / size);
            sin[k] = Math.sin(2 * Math.PI * k / size);
        }
        double[][] re = new double[size][size];
        double[][] im = new double[size][size];
        for (int y = 0; y < size; y++) {
            for (int u = 0; u < size; u++) {
                double a = 0;
                double b = 0;
                for (int x = 0; x < size; x++) {
                    int k = (u * x) % size;
                    a += image[y][x] * cos[k];
                    b -= image[y][x] * sin[k];
                }
                re[y][u] = a;
                im[y][u] = b;
            }
        }
        double[][] power = new double[size][size];
        for (int u = 0; u < size; u++) {
            for (int v = 0; v < size; v++) {
                double a = 0;
                double b = 0;
                for (int y = 0; y < size; y++) {
                    int k = (v * y) % size;
                    // (re + i·im)·(cos − i·sin)
                    a += re[y][u] * cos[k] + im[y][u] * sin[k];
                    b += im[y][u] * cos[k] - re[y][u] * sin[k];
                }
                power[v][u] = a * a + b * b;
            }
        }
        return power;
    }
}
