package org.latentbrush.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.StrokesFile;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.upscale.Enlarger;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.optim.Candidate;
import org.latentbrush.bridge.optim.CandidateBatch;
import org.latentbrush.bridge.optim.EditStart;
import org.latentbrush.bridge.optim.LatentOptimizer;
import org.latentbrush.bridge.optim.OptimizerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Finds the model's images that best meet a strokes file, and reports how well they do. */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Find the images of a model that best satisfy a strokes file; write "
                + "candidate-1.png… (best first) and report.json.")
final class ProjectCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    EditOptions editOptions;

    @Option(names = "--strokes", required = true, description = "Strokes file (docs/FORMATS.md).")
    Path strokes;

    @Option(names = "--out", required = true, description = "Folder for the images and report.")
    Path out;

    @Option(names = "--keep", defaultValue = "16", description = "Candidates written (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--protocol", defaultValue = "igan",
            description = "igan (64 starts x 40 iterations) or live (the editor's) (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--scale", paramLabel = "S",
            description = "Also write candidate-N-xS.png upscaled S times, 2 to 16 (default: none).")
    Integer scale;

    @Option(names = "--upscale", paramLabel = "N",
            description = "Also write candidate-N-upN.png enlarged N times through the model's learned upscaler "
                    + "(smooth scaling, said on standard error, when it has none), 2 to 16 (default: none).")
    Integer upscale;

    @Override
    public Integer call() throws Exception {
        OptionRange.outputFolder("--out", out);
        settings(OptimizerSettings.live()); // every option checked before anything is loaded
        ConstraintSet set = StrokesFile.read(strokes);
        try (GanModel model = modelOptions.open();
                Enlarger enlarger = upscale == null ? null : Enlarger.forModel(model.manifest(), model.device())) {
            // Nothing watches the pictures as they come: the whole batch is stepped at once.
            OptimizerSettings settings = settings(OptimizerSettings.live(model.manifest())).withStepGroup(0);
            if (enlarger != null && !enlarger.learned()) {
                System.err.println("project: --upscale uses " + enlarger.description());
            }
            CandidateBatch result;
            try (ProgressBar bar = Progress.bar("project", settings.iterations())) {
                result = new LatentOptimizer(model).optimize(set, EditStart.fresh(), settings,
                        batch -> bar.stepTo(batch.iteration()), () -> false);
            }
            Files.createDirectories(out);
            ObjectNode report = JSON.createObjectNode();
            report.put("model", model.manifest().name());
            report.put("strokes", set.strokes().size());
            report.put("candidatesOptimised", settings.candidates());
            report.put("iterations", result.iteration());
            report.put("seed", editOptions.seed);
            report.put("millis", result.millis());
            ArrayNode list = report.putArray("candidates");
            int rank = 1;
            for (Candidate c : result.candidates()) {
                String name = "candidate-" + rank + ".png";
                ImageFiles.writePng(c.image(), out.resolve(name), 1);
                if (scale != null && scale > 1) {
                    ImageFiles.writePng(c.image(), out.resolve("candidate-" + rank + "-x" + scale + ".png"), scale);
                }
                if (enlarger != null && upscale > 1) {
                    ImageFiles.writePng(enlarger.enlarge(c.image(), upscale),
                            out.resolve("candidate-" + rank + "-up" + upscale + ".png"), 1);
                }
                ObjectNode node = list.addObject();
                node.put("rank", rank++);
                node.put("file", name);
                node.put("colorError", c.colorError());
                node.put("edgeError", c.edgeError());
                node.put("priorCost", c.priorCost());
                node.put("cost", c.cost());
                ArrayNode z = node.putArray("z");
                for (float v : c.z()) {
                    z.add(v);
                }
            }
            AtomicFiles.write(out.resolve("report.json"), JSON.writeValueAsBytes(report));
            Candidate best = result.best();
            System.out.printf("best of %d: colour error %.5f, edge error %.5f, cost %.5f, %d ms -> %s%n",
                    settings.candidates(), best.colorError(), best.edgeError(), best.cost(),
                    result.millis(), out);
        }
        return 0;
    }

    /** The protocol the options name, with the options applied; {@code live} is the model's live protocol. */
    private OptimizerSettings settings(OptimizerSettings live) throws UserInputException {
        OptimizerSettings base = switch (protocol) {
            case "igan" -> OptimizerSettings.igan();
            case "live" -> live;
            default -> throw new UserInputException("--protocol must be igan or live, was " + protocol);
        };
        if (scale != null) {
            OptionRange.check("--scale", scale, 1, OptionRange.MAX_SCALE);
        }
        if (upscale != null) {
            OptionRange.check("--upscale", upscale, 1, OptionRange.MAX_SCALE);
        }
        OptimizerSettings settings = editOptions.applyTo(base);
        return settings.withKeep(OptionRange.check("--keep", keep, 1, settings.candidates()));
    }
}
