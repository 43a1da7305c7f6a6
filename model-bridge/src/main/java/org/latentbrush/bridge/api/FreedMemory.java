package org.latentbrush.bridge.api;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Tells the C library to keep the memory the engine frees for its next arrays, instead of handing
 * it back to the system and faulting it in again page by page.
 *
 * <p>The live optimiser allocates and frees the same large buffers every step. With glibc's
 * defaults, freed tops of the heap are given back and the largest buffers are mapped afresh, so
 * the screen of random starts at the end of an edit spent 126–465 ms scoring passes that took
 * 31–54 ms earlier in it; with freed memory kept, 16–40 ms, and in the editor the longest wait
 * between pictures after a stroke fell from a median of 163 ms to 110 over five alternated rounds
 * (docs/PERFORMANCE.md). Resident memory then stays near its peak instead of shrinking between
 * edits. Only glibc on Linux has these settings; elsewhere nothing changes.
 */
public final class FreedMemory {

    /** glibc's {@code M_TRIM_THRESHOLD}: free heap top kept before it is given back. */
    private static final int M_TRIM_THRESHOLD = -1;
    /** glibc's {@code M_TOP_PAD}: extra taken from the system whenever the heap grows. */
    private static final int M_TOP_PAD = -2;
    /** glibc's {@code M_MMAP_THRESHOLD}: blocks at least this large get mappings of their own. */
    private static final int M_MMAP_THRESHOLD = -3;

    private static final int KEEP_BYTES = 1 << 30;
    private static final int PAD_BYTES = 256 << 20;
    /** glibc's largest allowed threshold on 64-bit systems. */
    private static final int MAP_ABOVE_BYTES = 32 << 20;

    private FreedMemory() {}

    /** The one C function used. */
    private interface C extends Library {
        int mallopt(int param, int value);
    }

    /**
     * Applies the settings, unless the user set any of glibc's {@code MALLOC_*_} variables.
     *
     * @return whether the C library took them
     */
    public static boolean keep() {
        if (!Platform.isLinux() || System.getenv().keySet().stream().anyMatch(k -> k.startsWith("MALLOC_"))) {
            return false;
        }
        try {
            C c = Native.load("c", C.class);
            return c.mallopt(M_MMAP_THRESHOLD, MAP_ABOVE_BYTES) == 1
                    && c.mallopt(M_TRIM_THRESHOLD, KEEP_BYTES) == 1 && c.mallopt(M_TOP_PAD, PAD_BYTES) == 1;
        } catch (LinkageError | RuntimeException e) {
            // Not glibc (musl has no mallopt), or JNA's native part cannot load (a temporary folder
            // mounted noexec): the defaults stay, and the engine starts as it would without this.
            return false;
        }
    }
}
