package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the bad-input corpora assert of each refused command: the exit code, one line on standard
 * error that mentions the file or option, no Java internals or temporary paths in it, and no file
 * written, changed or removed anywhere under the corpus's folder.
 */
final class RefusalCheck {

    /** What the line may not contain: exception names, stack frames, unpacked zips' temporary folders. */
    private static final Pattern NOISE = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]|java\\.|\\.java:|Error:|latent-brush-model-");

    private RefusalCheck() {}

    /**
     * Runs a command that must be refused and checks how.
     *
     * @param name the case's name, for messages
     * @param code 1 for a bad file or value, 2 for a command line that does not parse
     * @param args the command line
     * @param mentions what the line must contain
     * @param watched the folder nothing may be written to, changed in or removed from
     */
    static void assertRefused(String name, int code, List<String> args, String mentions, Path watched) {
        Map<String, String> before = snapshot(watched);
        String[] run = CapturedRun.runCapturing(args.toArray(String[]::new));
        String err = run[1].strip();
        assertEquals(String.valueOf(code), run[0], name + ": exit code; stderr was: " + err);
        assertEquals(1, err.lines().count(), name + ": one line expected, got:\n" + err);
        assertTrue(err.startsWith("latent-brush: "), name + ": " + err);
        assertTrue(err.contains(mentions), name + ": the line should mention '" + mentions + "': " + err);
        assertFalse(NOISE.matcher(err).find(), name + ": Java internals or a temporary path in: " + err);
        assertEquals(before, snapshot(watched), name + ": files under " + watched + " changed");
    }

    /** Every file and folder under a folder, with each file's size and time. */
    private static Map<String, String> snapshot(Path root) {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                all.put(root.relativize(p).toString(), Files.isDirectory(p) ? "folder"
                        : Files.size(p) + " bytes, " + Files.getLastModifiedTime(p).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
