package org.latentbrush.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.latentbrush.bridge.api.BrushEngine;
import org.latentbrush.bridge.drag.DragOptimizer;
import org.latentbrush.bridge.drag.DragProgress;
import org.latentbrush.bridge.drag.DragSettings;
import org.latentbrush.bridge.drag.ImagePoint;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.quality.PatchSearch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Drags content of a random picture from handle points to target points (DragGAN). */
@Command(name = "drag", mixinStandardHelpOptions = true,
        description = "Drag the content under each --handle to its --target (DragGAN) in the picture of a "
                + "seed or of a saved session; write before.png, after.png (the model's size) and report.json (each handle's start, "
                + "end as tracked, end as found by its pixels, and target).")
final class DragCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    ModelOptions modelOptions;

    @ArgGroup(exclusive = true)
    Start start;

    /** Where the drag starts: a seed's picture, or a saved session's current result. */
    static final class Start {
        @Option(names = "--seed", description = "Seed of the starting picture's latent, as the editor's New "
                + "draws it (default: 1).")
        Long seed;

        @Option(names = "--session", paramLabel = "FILE",
                description = "Start from the current result of an editor session (.lbrush) made with this model.")
        Path session;
    }

    @Option(names = "--handle", required = true, paramLabel = "X,Y", converter = PointConverter.class,
            description = "A point whose content moves, in model pixels (x right, y down); repeat for more.")
    List<ImagePoint> handles;

    @Option(names = "--target", required = true, paramLabel = "X,Y", converter = PointConverter.class,
            description = "Where the content of the handle given in the same place should go; one per --handle.")
    List<ImagePoint> targets;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "" + BrushEngine.DEFAULT_DRAG_STEPS,
            description = "The most optimiser steps; the drag stops sooner once every handle is within a pixel "
                    + "of its target (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--out", required = true, description = "Folder for the pictures and report.")
    Path out;

    @Override
    public Integer call() throws Exception {
        OptionRange.check("--steps", steps, 1, OptionRange.MAX_ITERATIONS);
        if (handles.size() != targets.size()) {
            throw new UserInputException("each --handle needs its --target: " + handles.size() + " handles and "
                    + targets.size() + " targets were given");
        }
        OptionRange.outputFolder("--out", out);
        try (GanModel model = modelOptions.open()) {
            int size = model.manifest().imageSize();
            inside("--handle", handles, size);
            inside("--target", targets, size);
            float[] from = session() != null ? SessionStart.latent(session(), model)
                    : LatentPaths.random(model.manifest().latentSize(), seed());
            RasterImage before = model.render(List.of(from)).get(0);
            DragSettings settings = DragSettings.defaultsFor(model.manifest().imageSize());
            DragProgress last;
            try (ProgressBar bar = Progress.bar("drag", steps)) {
                last = new DragOptimizer(model, settings).drag(from, handles, targets, null, steps,
                        p -> bar.stepTo(p.finished() ? steps : p.step()), () -> false);
            }
            Files.createDirectories(out);
            ImageFiles.writePng(before, out.resolve("before.png"), 1);
            ImageFiles.writePng(last.image(), out.resolve("after.png"), 1);
            AtomicFiles.write(out.resolve("report.json"),
                    JSON.writeValueAsBytes(report(model, settings, before, last)));
            System.out.println(summary(last));
        }
        return 0;
    }

    private Path session() {
        return start == null ? null : start.session;
    }

    private long seed() {
        return start == null || start.seed == null ? 1 : start.seed;
    }

    private static void inside(String option, List<ImagePoint> points, int size) throws UserInputException {
        for (ImagePoint p : points) {
            if (!p.isInside(size)) {
                throw new UserInputException(String.format(Locale.ROOT, "%s %s,%s lies outside the model's "
                        + "%dx%d image: x and y must be between 0 and %d", option, plain(p.x()), plain(p.y()),
                        size, size, size));
            }
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private ObjectNode report(GanModel model, DragSettings settings, RasterImage before, DragProgress last) {
        ObjectNode report = JSON.createObjectNode();
        report.put("model", model.manifest().name());
        if (session() != null) {
            report.put("session", String.valueOf(session().getFileName()));
        } else {
            report.put("seed", seed());
        }
        report.put("steps", last.step());
        report.put("maxSteps", steps);
        report.put("millis", last.millis());
        report.put("arrived", arrived(last, settings));
        ArrayNode list = report.putArray("handles");
        for (int i = 0; i < handles.size(); i++) {
            ImagePoint start = handles.get(i);
            ImagePoint end = last.handles().get(i);
            ImagePoint target = targets.get(i);
            ObjectNode node = list.addObject();
            node.putArray("start").add(start.x()).add(start.y());
            node.putArray("end").add(end.x()).add(end.y());
            node.putArray("target").add(target.x()).add(target.y());
            node.put("startDistance", start.distanceTo(target));
            node.put("endDistance", end.distanceTo(target));
            // The tracker is the drag's own judge; the pixels' own place is checked apart from it.
            double[] found = PatchSearch.along(before, last.image(), start.x(), start.y(), target.x(), target.y());
            node.putArray("imageEnd").add(found[0]).add(found[1]);
            node.put("imageEndDistance", Math.hypot(target.x() - found[0], target.y() - found[1]));
        }
        ObjectNode used = report.putObject("settings");
        used.put("featureReduction", settings.featureReduction());
        used.put("supervisionRadius", settings.supervisionRadius());
        used.put("trackingRadius", settings.trackingRadius());
        used.put("stepLength", settings.stepLength());
        used.put("learningRate", settings.learningRate());
        ArrayNode z = report.putArray("z");
        for (float v : last.z()) {
            z.add(v);
        }
        return report;
    }

    private boolean arrived(DragProgress last, DragSettings settings) {
        for (int i = 0; i < targets.size(); i++) {
            if (last.handles().get(i).distanceTo(targets.get(i)) > settings.arrivalDistance()) {
                return false;
            }
        }
        return true;
    }

    private String summary(DragProgress last) {
        StringBuilder line = new StringBuilder("drag:");
        for (int i = 0; i < handles.size(); i++) {
            double from = handles.get(i).distanceTo(targets.get(i));
            double to = last.handles().get(i).distanceTo(targets.get(i));
            line.append(String.format(Locale.ROOT, " handle %d %.1f -> %.1f px from its target;", i + 1, from, to));
        }
        line.append(String.format(Locale.ROOT, " %d steps, %d ms -> %s", last.step(), last.millis(), out));
        return line.toString();
    }
}
