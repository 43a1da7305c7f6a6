package org.latentbrush.bridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The process's resident memory, native allocations included, as the operating system counts it.
 *
 * <p>The JVM's own heap figures miss the engine's native tensors, which are what could leak; Linux's
 * {@code /proc/self/status} counts both. Elsewhere the figures are reported as unavailable (−1).
 */
public final class ResidentMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ResidentMemory() {}

    /** Current resident set size in bytes, or −1 where unknown. */
    public static long current() {
        return field("VmRSS:");
    }

    /** Peak resident set size in bytes, or −1 where unknown. */
    public static long peak() {
        return field("VmHWM:");
    }

    private static long field(String name) {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            for (String line : lines) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or /proc is hidden: report unknown rather than fail the benchmark.
        }
        return -1;
    }
}
