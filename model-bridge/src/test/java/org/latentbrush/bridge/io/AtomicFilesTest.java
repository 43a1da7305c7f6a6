package org.latentbrush.bridge.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void write_replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.png");
        AtomicFiles.write(target, new byte[] {1, 2});
        AtomicFiles.write(target, new byte[] {3});
        assertArrayEquals(new byte[] {3}, Files.readAllBytes(target));
        assertEquals(List.of("a.png"), names());
    }

    @Test
    void write_removesTheLeftoversOfAKilledWriteOfTheSameFile_butNotAFreshOne() throws IOException {
        // What kill -9 during a write leaves behind.
        Path stale = Files.writeString(dir.resolve(".a.png123456.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now()
                .minus(AtomicFiles.STALE_AFTER).minusSeconds(60)));
        Path live = Files.writeString(dir.resolve(".a.png999.tmp"), "being written right now");
        Path other = Files.writeString(dir.resolve(".b.png5.tmp"), "another file's");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(86_400)));
        AtomicFiles.write(dir.resolve("a.png"), new byte[] {1});
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live), "a write that may still run is left alone");
        assertTrue(Files.exists(other), "only the same file's leftovers are removed");
    }

    @Test
    void write_underAFile_namesTheTargetNotTheTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Path target = file.resolve("out.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, new byte[] {1}));
        assertTrue(e.getMessage().startsWith(target + ": cannot be written"), e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void write_failingWriter_leavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("keep.json");
        AtomicFiles.write(target, new byte[] {7});
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(target));
        assertEquals(List.of("keep.json"), names());
    }
}
