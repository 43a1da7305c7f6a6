package org.latentbrush.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.latentbrush.bridge.api.DeviceInfo;
import org.latentbrush.bridge.bench.GeneratorFlops;
import org.latentbrush.bridge.bench.MatmulBenchmark;
import org.latentbrush.bridge.bench.OptimizerBenchmark;
import org.latentbrush.bridge.bench.ResidentMemory;
import org.latentbrush.bridge.bench.Stats;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.StrokesFile;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.optim.OptimizerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures the optimiser on this machine and prints the figures that docs/PERFORMANCE.md records. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure optimiser speed, edit latency and quality, first-preview time, "
                + "arithmetic rate and memory on this machine.")
final class BenchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int[] BATCHES = {1, 8, 16, 64};
    private static final int MATMUL_SIDE = 2048;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--strokes", description = "Strokes to edit with (default: the example for the "
            + "model's domain in assets/examples).")
    Path strokes;

    @Option(names = "--json", description = "Also write the figures to this JSON file.")
    Path json;

    @Option(names = "--steps", defaultValue = "30", description = "Timed steps per batch size (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--edits", defaultValue = "5", description = "Edits per protocol (default: ${DEFAULT-VALUE}).")
    int edits;

    @Option(names = "--memory-edits", defaultValue = "1000",
            description = "Consecutive edits for the memory check (default: ${DEFAULT-VALUE}).")
    int memoryEdits;

    @Override
    public Integer call() throws Exception {
        if (steps < 3 || edits < 1 || memoryEdits < 10) {
            throw new UserInputException("need --steps >= 3, --edits >= 1 and --memory-edits >= 10");
        }
        try (GanModel model = modelOptions.open()) {
            ConstraintSet set = StrokesFile.read(strokes != null ? strokes : defaultStrokes(model));
            OptimizerBenchmark bench = new OptimizerBenchmark(model);
            ObjectNode out = JSON.createObjectNode();
            DeviceInfo device = DeviceInfo.of(model.device());
            out.put("model", model.manifest().name());
            out.put("device", device.summary());
            out.put("cores", Runtime.getRuntime().availableProcessors());
            System.out.println("Latent Brush bench: " + model.manifest().name() + " on " + device.summary());
            System.out.printf("Start bank (the editor renders it while idle after loading): %.0f ms%n",
                    bench.startBankMillis());
            out.put("startBankMillis", bench.startBankMillis());

            // Memory first: the larger measurements below leave big buffers with the allocator, which
            // would inflate the reading after 10 edits and hide growth.
            ObjectNode memory = measureMemory(bench, set, out);

            System.out.println("\nOptimiser step (forward + backward to z + Adam), ms:");
            System.out.printf("  %6s %9s %9s %10s%n", "batch", "median", "p90", "GFLOP/s");
            ObjectNode stepNode = out.putObject("stepMillis");
            double bestRate = 0;
            for (int batch : BATCHES) {
                Stats s = bench.stepMillis(set, batch, steps, 3);
                double rate = GeneratorFlops.optimizerStep(model.manifest().architecture(), batch)
                        / (s.median() * 1e6);
                bestRate = Math.max(bestRate, rate);
                System.out.printf("  %6d %9.1f %9.1f %10.1f%n", batch, s.median(), s.p90(), rate);
                ObjectNode n = stepNode.putObject(String.valueOf(batch));
                n.put("median", s.median());
                n.put("p90", s.p90());
                n.put("gflops", rate);
            }
            double matmul = MatmulBenchmark.gflops(model.device(), MATMUL_SIDE, 5);
            System.out.printf("%nMatrix product %d² through the engine: %.1f GFLOP/s; the optimiser's "
                    + "best batch reaches %.0f%% of it.%n", MATMUL_SIDE, matmul, 100 * bestRate / matmul);
            out.put("matmulGflops", matmul);
            out.put("optimizerBestGflops", bestRate);

            System.out.println("\nWhole edits on " + set.strokes().size() + " strokes:");
            OptimizerBenchmark.EditFigures igan = protocol(bench, set, "igan", OptimizerSettings.igan(), false, out);
            OptimizerSettings liveSettings = OptimizerSettings.live(model.manifest());
            OptimizerBenchmark.EditFigures live = protocol(bench, set, "live", liveSettings, true, out);
            System.out.printf("  live colour error is %.1f%% of iGAN's%n",
                    100 * live.meanColorError() / igan.meanColorError());

            Stats preview = bench.firstPreviewMillis(set, liveSettings, 10);
            System.out.printf("%nStroke to first streamed preview: median %.1f ms, p90 %.1f ms%n",
                    preview.median(), preview.p90());
            out.putObject("firstPreviewMillis").put("median", preview.median()).put("p90", preview.p90());

            System.out.printf("%nPeak resident memory: %s%n", mb(ResidentMemory.peak()));
            memory.put("peak", ResidentMemory.peak());
            if (json != null) {
                AtomicFiles.write(json, JSON.writeValueAsBytes(out));
                System.out.println("\nwrote " + json);
            }
        }
        return 0;
    }

    /** Measures and prints memory, and returns the JSON node its figures went into. */
    private ObjectNode measureMemory(OptimizerBenchmark bench, ConstraintSet set, ObjectNode out) {
        OptimizerBenchmark.MemoryFigures mem;
        try (ProgressBar bar = Progress.bar("memory", memoryEdits)) {
            mem = bench.memory(set, OptimizerSettings.live(), memoryEdits, bar::stepTo);
        }
        System.out.printf("%nResident memory of live edits: after 10 edits %s%s, after %d edits %s (%+.1f%% %s)%n",
                mb(mem.afterTen()), mem.afterHundred() > 0 ? ", after 100 edits " + mb(mem.afterHundred()) : "",
                mem.edits(), mb(mem.afterAll()), 100 * mem.growthAfterWarmUp(),
                mem.afterHundred() > 0 ? "since the 100th" : "since the 10th");
        ObjectNode memNode = out.putObject("residentBytes");
        memNode.put("afterTenEdits", mem.afterTen());
        if (mem.afterHundred() > 0) {
            memNode.put("afterHundredEdits", mem.afterHundred());
        }
        memNode.put("growthAfterWarmUp", mem.growthAfterWarmUp());
        memNode.put("afterAllEdits", mem.afterAll());
        memNode.put("edits", mem.edits());
        return memNode;
    }

    private OptimizerBenchmark.EditFigures protocol(OptimizerBenchmark bench, ConstraintSet set,
            String name, OptimizerSettings settings, boolean fromCurrent, ObjectNode out) {
        OptimizerBenchmark.EditFigures f;
        try (ProgressBar bar = Progress.bar(name, edits)) {
            f = bench.edits(set, settings, edits, fromCurrent, bar::stepTo);
        }
        System.out.printf("  %-5s %2d starts x %2d iterations: median %7.1f ms, p90 %7.1f ms, "
                + "colour error %.5f%n", name, settings.candidates(), settings.iterations(),
                f.millis().median(), f.millis().p90(), f.meanColorError());
        ObjectNode n = out.putObject(name + "Protocol");
        n.put("candidates", settings.candidates());
        n.put("iterations", settings.iterations());
        n.put("medianMillis", f.millis().median());
        n.put("p90Millis", f.millis().p90());
        n.put("meanColorError", f.meanColorError());
        return f;
    }

    private static Path defaultStrokes(GanModel model) throws UserInputException {
        String file = model.manifest().channels() == 1 ? "shoe-strokes.json" : "landscape-strokes.json";
        return ModelLocator.assetsFolder().map(a -> a.resolve("examples").resolve(file))
                .orElseThrow(() -> new UserInputException("no assets folder found; pass --strokes FILE"));
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "unknown" : String.format("%.0f MB", bytes / 1e6);
    }
}
