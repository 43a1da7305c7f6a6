package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.GanModel;

class StartBankFileTest {

    private static final int CAPACITY = 40;

    @TempDir
    Path folder;

    private static StartBank rendered(GanModel model) {
        StartBank bank = new StartBank(model.manifest(), CAPACITY);
        bank.grow(model, CAPACITY);
        return bank;
    }

    /** Writes a bank's cache file in the test folder. */
    private Path written(GanModel model, StartBank bank) throws Exception {
        Path file = StartBankFile.in(folder, model.fingerprint());
        StartBankFile.write(file, bank, model.fingerprint());
        return file;
    }

    @Test
    void restore_ofAWrittenBank_givesBackItsThumbnailsWithoutRendering() throws Exception {
        try (GanModel model = TinyModels.random(1)) {
            StartBank bank = rendered(model);
            Path file = written(model, bank);

            StartBank fresh = new StartBank(model.manifest(), CAPACITY);
            assertTrue(StartBankFile.restore(file, fresh, model.fingerprint()));
            assertTrue(fresh.isComplete());
            assertArrayEquals(bank.thumbs(), fresh.thumbs());
            try (var left = Files.list(folder)) {
                assertEquals(1, left.count(), "written atomically: no temporary file left");
            }
        }
    }

    @Test
    void restore_ofAFileForOtherWeightsOrShapeOrDamaged_leavesTheBankToBeRendered() throws Exception {
        try (GanModel model = TinyModels.random(1)) {
            Path file = written(model, rendered(model));
            byte[] good = Files.readAllBytes(file);

            assertFalse(StartBankFile.restore(file, new StartBank(model.manifest(), CAPACITY), "other"),
                    "another model's weights");
            assertFalse(StartBankFile.restore(file, new StartBank(model.manifest(), CAPACITY + 1),
                    model.fingerprint()), "another size of bank");
            Files.write(file, Arrays.copyOf(good, good.length - 7));
            StartBank cut = new StartBank(model.manifest(), CAPACITY);
            assertFalse(StartBankFile.restore(file, cut, model.fingerprint()), "a file cut short");
            assertFalse(cut.isComplete());
            Files.write(file, Arrays.copyOf(good, good.length + 1));
            assertFalse(StartBankFile.restore(file, new StartBank(model.manifest(), CAPACITY),
                    model.fingerprint()), "a file too long");
            Files.writeString(file, "not a bank");
            assertFalse(StartBankFile.restore(file, new StartBank(model.manifest(), CAPACITY),
                    model.fingerprint()), "another file altogether");
            assertFalse(StartBankFile.restore(folder.resolve("absent.bin"),
                    new StartBank(model.manifest(), CAPACITY), model.fingerprint()));
        }
    }

    @Test
    void idleBank_readsItsCacheOnceAndKeepsWhatItRendered() throws Exception {
        try (GanModel model = TinyModels.random(1)) {
            IdleStartBank first = new IdleStartBank(model, folder);
            while (first.pending()) {
                first.growOnce();
            }
            Path file = StartBankFile.in(folder, model.fingerprint());
            assertTrue(Files.isRegularFile(file), "the complete bank is kept");

            IdleStartBank second = new IdleStartBank(model, folder);
            second.growOnce();
            assertFalse(second.pending(), "one call reads the whole bank: rendering it takes "
                    + StartBank.CAPACITY / StartBank.CHUNK + " calls");
            assertTrue(second.done().isDone());
            assertArrayEquals(first.forGenerator(model).thumbs(), second.forGenerator(model).thumbs());
        }
    }
}
