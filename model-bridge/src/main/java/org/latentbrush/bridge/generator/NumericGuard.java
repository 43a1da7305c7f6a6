package org.latentbrush.bridge.generator;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Repeats a forward and backward pass whose gradients came out non-finite.
 *
 * <p>On some CPUs (seen on an AMD EPYC with AVX-512), PyTorch 2.7.1's oneDNN convolution kernels
 * return NaN gradients for a pass now and then: 1 to 30 % of the passes depending on the shapes
 * and the machine's load, also with one thread, while the forward pass and every finite gradient
 * are bit-identical from one repeat to the next. Repeating the same pass gives the right result;
 * failures come in short bursts, so a few repeats are allowed. One NaN gradient would otherwise
 * poison a latent (a black picture) or a training run's weights for good. A pass that stays
 * non-finite {@link #ATTEMPTS} times is a real divergence and is reported as one. The faults come
 * from convolutions whose channel counts are not multiples of 16: editing computes its narrow
 * layers widened ({@link WideConvolution}), and training runs with oneDNN capped at AVX
 * ({@code ONEDNN_MAX_CPU_ISA=AVX}, docs/PERFORMANCE.md); the guard stays as a second line.
 */
public final class NumericGuard {

    /** Passes tried before a non-finite result is taken as real. */
    public static final int ATTEMPTS = 20;

    private NumericGuard() {}

    /**
     * Whether every value of every array is finite, read back with one scalar.
     *
     * @param arrays the arrays to check
     * @param scope the owner of the intermediate sums
     * @return {@code true} when no value is NaN or infinite
     */
    public static boolean allFinite(List<NDArray> arrays, NDManager scope) {
        if (arrays.isEmpty()) {
            return true;
        }
        NDList sums = new NDList(arrays.size());
        for (NDArray array : arrays) {
            // A NaN or infinity anywhere makes the array's sum non-finite.
            NDArray sum = array.sum();
            sum.attach(scope);
            sums.add(sum.reshape(1));
        }
        NDArray total = sums.size() == 1 ? sums.get(0) : NDArrays.concat(sums);
        return Float.isFinite(total.sum().getFloat());
    }

    /**
     * Runs attempts until one succeeds.
     *
     * @param what names the pass in the error
     * @param attempt runs one pass (given its number, from 0); empty when its result was not finite
     * @param <T> the pass's result
     * @return the first finite result
     * @throws IllegalStateException when {@link #ATTEMPTS} passes in a row were not finite
     */
    public static <T> T untilFinite(String what, IntFunction<Optional<T>> attempt) {
        for (int i = 0; i < ATTEMPTS; i++) {
            Optional<T> result = attempt.apply(i);
            if (result.isPresent()) {
                return result.get();
            }
        }
        throw new IllegalStateException(what + " gave non-finite gradients " + ATTEMPTS
                + " times in a row");
    }
}
