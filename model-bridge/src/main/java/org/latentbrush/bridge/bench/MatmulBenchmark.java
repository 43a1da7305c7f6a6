package org.latentbrush.bridge.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** Measures a large matrix product through the engine: this machine's practical arithmetic rate. */
public final class MatmulBenchmark {

    private MatmulBenchmark() {}

    /**
     * Times n×n matrix products and returns the best rate seen.
     *
     * @param device where to run
     * @param n matrix side
     * @param repeats timed products after one warm-up
     * @return GFLOP/s of the fastest product
     */
    public static double gflops(Device device, int n, int repeats) {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            NDArray a = manager.randomUniform(-1, 1, new Shape(n, n));
            NDArray b = manager.randomUniform(-1, 1, new Shape(n, n));
            double best = Double.MAX_VALUE;
            for (int i = 0; i <= repeats; i++) {
                try (NDManager scope = manager.newSubManager()) {
                    a.tempAttach(scope);
                    long start = System.nanoTime();
                    NDArray c = a.matMul(b);
                    c.getFloat(0, 0); // forces the product to finish, also on asynchronous devices
                    long nanos = System.nanoTime() - start;
                    if (i > 0) {
                        best = Math.min(best, nanos);
                    }
                }
            }
            return 2.0 * n * n * n / best;
        }
    }
}
