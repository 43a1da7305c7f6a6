package org.latentbrush.bridge.io;

/**
 * How much memory is left for a large allocation, asked before making it, so that input which would
 * not fit is refused with a message instead of running out of memory half way.
 *
 * <p>Passed in like a clock: the program asks the Java heap ({@link #heap()}), and a test can ask for
 * a refusal without allocating gigabytes.
 *
 * <pre>{@code
 * FreeMemory memory = FreeMemory.heap();
 * if (!memory.fits(pixels * 8)) { ... refuse, naming memory.bytes() >> 20 MB ... }
 * }</pre>
 */
@FunctionalInterface
public interface FreeMemory {

    /**
     * Bytes that can still be allocated.
     *
     * @return the bytes free now
     */
    long bytes();

    /**
     * Whether an allocation of {@code needed} bytes fits.
     *
     * @param needed bytes
     * @return true when they fit
     */
    default boolean fits(long needed) {
        return needed <= bytes();
    }

    /** The Java heap: what it may still grow to plus what is free in it. */
    static FreeMemory heap() {
        return HeapMemory.INSTANCE;
    }
}
