package org.latentbrush.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.latentbrush.bridge.bench.ContinuityBenchmark;
import org.latentbrush.bridge.bench.ContinuityBenchmark.StrokeFigures;
import org.latentbrush.bridge.bench.OptimizerBenchmark;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.StrokesFile;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.optim.OptimizerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures how much a new stroke changes the rest of the picture, with the live protocol's
 * continuity term and without it: the figures docs/PERFORMANCE.md records beside the colour error.
 *
 * <pre>
 * latent-brush bench-continuity --model landscape-64 --scenes 6
 * </pre>
 */
@Command(name = "bench-continuity", mixinStandardHelpOptions = true,
        description = "Replay a sequence of strokes one at a time from random scenes and report, per "
                + "added stroke, the mean change of the picture outside it and the colour error, "
                + "with the continuity term and without it; then the colour error of all the strokes "
                + "at once from a random scene (what Random does).")
final class BenchContinuityCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The most scenes: each costs one live edit per stroke, twice. */
    private static final int MAX_SCENES = 1_000;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--sequence", paramLabel = "FILE", description = "Strokes, added in their order "
            + "(default: the example sequence for the model's domain in assets/examples).")
    Path sequence;

    @Option(names = "--scenes", paramLabel = "N", defaultValue = "5",
            description = "Random starting scenes to replay from (default: ${DEFAULT-VALUE}).")
    int scenes;

    @Option(names = "--continuity-weight", paramLabel = "W",
            description = "The continuity term's weight to compare with none (default: the live "
                    + "protocol's).")
    Double weight;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to this JSON file.")
    Path json;

    @Override
    public Integer call() throws Exception {
        OptionRange.check("--scenes", scenes, 1, MAX_SCENES);
        if (weight != null) {
            OptionRange.check("--continuity-weight", weight, 0, Double.MAX_VALUE);
        }
        if (json != null && json.toAbsolutePath().getParent() != null) {
            OptionRange.outputFolder("--json", json.toAbsolutePath().getParent());
        }
        try (GanModel model = modelOptions.open()) {
            OptimizerSettings live = OptimizerSettings.live(model.manifest());
            OptimizerSettings with = weight != null ? live.withContinuityWeight(weight) : live;
            OptimizerSettings without = with.withContinuityWeight(0);
            ConstraintSet strokes = StrokesFile.read(sequence != null ? sequence : defaultSequence(model));
            if (strokes.isEmpty()) {
                throw new UserInputException("the sequence has no strokes");
            }
            ContinuityBenchmark bench = new ContinuityBenchmark(model);
            List<StrokeFigures> on = replay(bench, strokes, with, "continuity " + with.continuityWeight());
            List<StrokeFigures> off = replay(bench, strokes, without, "no continuity");
            double randomOn = allAtOnce(model, strokes, with, "Random, continuity");
            double randomOff = allAtOnce(model, strokes, without, "Random, none");
            print(model, strokes, with, on, off, randomOn, randomOff);
            if (json != null) {
                AtomicFiles.write(json, JSON.writeValueAsBytes(
                        toJson(model, with, on, off, randomOn, randomOff)));
                System.out.println("wrote " + json);
            }
        }
        return 0;
    }

    private List<StrokeFigures> replay(ContinuityBenchmark bench, ConstraintSet strokes,
            OptimizerSettings settings, String task) {
        try (ProgressBar bar = Progress.bar(task, (long) scenes * strokes.strokes().size())) {
            return bench.replay(strokes, settings, scenes, bar::stepTo);
        }
    }

    private double allAtOnce(GanModel model, ConstraintSet strokes, OptimizerSettings settings,
            String task) {
        try (ProgressBar bar = Progress.bar(task, scenes)) {
            return new OptimizerBenchmark(model).edits(strokes, settings, scenes, true, bar::stepTo)
                    .meanColorError();
        }
    }

    private void print(GanModel model, ConstraintSet strokes, OptimizerSettings with,
            List<StrokeFigures> on, List<StrokeFigures> off, double randomOn, double randomOff) {
        System.out.printf("Continuity: %s, %d strokes added one at a time from %d random scenes; "
                + "continuity weight %s against 0%n", model.manifest().name(), strokes.strokes().size(),
                scenes, with.continuityWeight());
        System.out.printf("%n  %6s %-7s %25s %25s%n", "stroke", "tool", "change outside (with/without)",
                "colour error (with/without)");
        for (int k = 0; k < on.size(); k++) {
            System.out.printf("  %6d %-7s %12.4f / %-10.4f %12.5f / %-10.5f%n", on.get(k).stroke(),
                    on.get(k).tool().name().toLowerCase(), on.get(k).meanChange(), off.get(k).meanChange(),
                    on.get(k).colorError(), off.get(k).colorError());
        }
        System.out.printf("  %6s %-7s %12.4f / %-10.4f %12.5f / %-10.5f%n", "mean", "",
                mean(on, true), mean(off, true), mean(on, false), mean(off, false));
        System.out.printf("%nAll strokes at once from a random scene (Random): colour error %.5f with, "
                + "%.5f without%n", randomOn, randomOff);
    }

    private ObjectNode toJson(GanModel model, OptimizerSettings with, List<StrokeFigures> on,
            List<StrokeFigures> off, double randomOn, double randomOff) {
        ObjectNode out = JSON.createObjectNode();
        out.put("model", model.manifest().name());
        out.put("scenes", scenes);
        out.put("continuityWeight", with.continuityWeight());
        ArrayNode rows = out.putArray("strokes");
        for (int k = 0; k < on.size(); k++) {
            ObjectNode row = rows.addObject();
            row.put("stroke", on.get(k).stroke());
            row.put("tool", on.get(k).tool().name().toLowerCase());
            row.put("changeWith", on.get(k).meanChange());
            row.put("changeWithout", off.get(k).meanChange());
            row.put("colorErrorWith", on.get(k).colorError());
            row.put("colorErrorWithout", off.get(k).colorError());
        }
        out.put("meanChangeWith", mean(on, true));
        out.put("meanChangeWithout", mean(off, true));
        out.put("meanColorErrorWith", mean(on, false));
        out.put("meanColorErrorWithout", mean(off, false));
        out.put("randomColorErrorWith", randomOn);
        out.put("randomColorErrorWithout", randomOff);
        return out;
    }

    /** The mean over the strokes of the change, or of the colour error. */
    private static double mean(List<StrokeFigures> figures, boolean change) {
        return figures.stream().mapToDouble(f -> change ? f.meanChange() : f.colorError()).average()
                .orElse(0);
    }

    private static Path defaultSequence(GanModel model) throws UserInputException {
        String file = model.manifest().channels() == 1 ? "shoe-strokes.json" : "landscape-sequence.json";
        return ModelLocator.assetsFolder().map(a -> a.resolve("examples").resolve(file))
                .orElseThrow(() -> new UserInputException("no assets folder found; pass --sequence FILE"));
    }
}
