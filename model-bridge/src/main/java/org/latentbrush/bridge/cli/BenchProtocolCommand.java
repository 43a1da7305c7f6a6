package org.latentbrush.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.latentbrush.bridge.bench.ContinuityBenchmark;
import org.latentbrush.bridge.bench.ContinuityBenchmark.StrokeFigures;
import org.latentbrush.bridge.bench.Stats;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.StrokesFile;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.optim.EarlyStop;
import org.latentbrush.bridge.optim.Narrowing;
import org.latentbrush.bridge.optim.OptimizerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Weighs one shape of the live protocol (candidates, iterations, screened draws) on the editor's
 * own workload: a sequence of strokes added one at a time, each edit starting from the result of
 * the one before. Prints the colour error and the change outside each new stroke, which are
 * quality figures (the same on a busy machine), and the time per edit, which is only meaningful on
 * a quiet one. Used to size the live protocol for each model.
 *
 * <pre>
 * latent-brush bench-protocol --model landscape-64 --candidates 4 --iterations 16 --screened 256
 * </pre>
 */
@Command(name = "bench-protocol", mixinStandardHelpOptions = true,
        description = "Replay a sequence of strokes one at a time from random scenes with one shape of "
                + "the live protocol and report its colour error, the change outside each new stroke "
                + "and the time per edit.")
final class BenchProtocolCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The most scenes: each costs one live edit per stroke. */
    private static final int MAX_SCENES = 1_000;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    EditOptions editOptions;

    @Option(names = "--sequence", paramLabel = "FILE", description = "Strokes, added in their order "
            + "(default: the example sequence for the model's domain in assets/examples).")
    Path sequence;

    @Option(names = "--scenes", paramLabel = "N", defaultValue = "5",
            description = "Random starting scenes to replay from (default: ${DEFAULT-VALUE}).")
    int scenes;

    @Option(names = "--early-stop", paramLabel = "WINDOW,TOLERANCE", split = ",",
            description = "End an edit once its best cost fell by less than TOLERANCE (relative) over "
                    + "the last WINDOW iterations; 0,0 never (default: the live protocol's).")
    double[] earlyStop;

    @Option(names = "--narrow", paramLabel = "EVERY,FLOOR", split = ",",
            description = "Halve the candidates every EVERY iterations, down to FLOOR; 0,1 never "
                    + "(default: the live protocol's).")
    int[] narrow;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to this JSON file.")
    Path json;

    @Override
    public Integer call() throws Exception {
        OptionRange.check("--scenes", scenes, 1, MAX_SCENES);
        if (json != null && json.toAbsolutePath().getParent() != null) {
            OptionRange.outputFolder("--json", json.toAbsolutePath().getParent());
        }
        // Every option is checked before the model is loaded; the protocol is the model's own.
        shaped(OptimizerSettings.live());
        try (GanModel model = modelOptions.open()) {
            OptimizerSettings settings = shaped(OptimizerSettings.live(model.manifest()));
            Path file = sequence != null ? sequence : defaultSequence(model);
            ConstraintSet strokes = StrokesFile.read(file);
            if (strokes.isEmpty()) {
                throw new UserInputException(file + ": the sequence has no strokes");
            }
            List<StrokeFigures> figures;
            try (ProgressBar bar = Progress.bar("replay", (long) scenes * strokes.strokes().size())) {
                figures = new ContinuityBenchmark(model).replay(strokes, settings, scenes, bar::stepTo);
            }
            double[] millis = figures.stream().mapToDouble(StrokeFigures::medianMillis).toArray();
            double colorError = figures.stream().mapToDouble(StrokeFigures::colorError).average().orElse(0);
            double change = figures.stream().mapToDouble(StrokeFigures::meanChange).average().orElse(0);
            double median = Stats.of(millis).median();
            double iterations = figures.stream().mapToDouble(StrokeFigures::meanIterations).average().orElse(0);
            System.out.printf("%s: %d candidates x %d iterations at rate %s, %d screened draws, continuity %s; "
                    + "early stop %s; narrowing %s; %d strokes added one at a time from %d scenes%n",
                    model.manifest().name(), settings.candidates(), settings.iterations(), settings.learningRate(),
                    settings.screened(), settings.continuityWeight(), settings.earlyStop(), settings.narrowing(),
                    strokes.strokes().size(), scenes);
            System.out.printf("  colour error %.5f, change outside the new stroke %.4f, iterations run "
                    + "%.1f, time per edit: median %.0f ms (per stroke %s)%n", colorError, change,
                    iterations, median,
                    Arrays.toString(Arrays.stream(millis).mapToLong(Math::round).toArray()));
            if (json != null) {
                ObjectNode out = JSON.createObjectNode();
                out.put("model", model.manifest().name());
                out.put("candidates", settings.candidates());
                out.put("iterations", settings.iterations());
                out.put("learningRate", settings.learningRate());
                out.put("narrowEvery", settings.narrowing().every());
                out.put("narrowFloor", settings.narrowing().floor());
                out.put("stepGroup", settings.stepGroup());
                out.put("screened", settings.screened());
                out.put("scenes", scenes);
                out.put("strokes", strokes.strokes().size());
                out.put("meanColorError", colorError);
                out.put("meanChangeOutside", change);
                out.put("medianMillis", median);
                out.put("meanIterations", iterations);
                AtomicFiles.write(json, JSON.writeValueAsBytes(out));
                System.out.println("wrote " + json);
            }
        }
        return 0;
    }

    /** The options applied to a live protocol, streaming a snapshot as often as the editor does. */
    private OptimizerSettings shaped(OptimizerSettings live) throws UserInputException {
        OptimizerSettings settings = editOptions.applyTo(live).withPublishEvery(live.publishEvery());
        if (earlyStop != null) {
            settings = settings.withEarlyStop(earlyStopOption());
        }
        return narrow == null ? settings : settings.withNarrowing(narrowingOption());
    }

    private Narrowing narrowingOption() throws UserInputException {
        if (narrow.length != 2) {
            throw new UserInputException("--narrow: expected EVERY,FLOOR, e.g. 8,2");
        }
        try {
            return new Narrowing(narrow[0], narrow[1]);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--narrow: " + e.getMessage(), e);
        }
    }

    private EarlyStop earlyStopOption() throws UserInputException {
        if (earlyStop.length != 2 || earlyStop[0] != Math.rint(earlyStop[0])) {
            throw new UserInputException("--early-stop: expected WINDOW,TOLERANCE, e.g. 6,0.01");
        }
        try {
            return new EarlyStop((int) earlyStop[0], earlyStop[1]);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--early-stop: " + e.getMessage(), e);
        }
    }

    private static Path defaultSequence(GanModel model) throws UserInputException {
        String file = model.manifest().channels() == 1 ? "shoe-strokes.json" : "landscape-sequence.json";
        return ModelLocator.assetsFolder().map(a -> a.resolve("examples").resolve(file))
                .orElseThrow(() -> new UserInputException("no assets folder found; pass --sequence FILE"));
    }
}
