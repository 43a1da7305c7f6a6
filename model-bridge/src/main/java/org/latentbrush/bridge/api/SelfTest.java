package org.latentbrush.bridge.api;

import ai.djl.Device;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.optim.CandidateBatch;
import org.latentbrush.bridge.optim.EditStart;
import org.latentbrush.bridge.optim.LatentOptimizer;
import org.latentbrush.bridge.optim.OptimizerSettings;

/**
 * Checks an installed copy without a display: loads the default model, runs one short edit and
 * writes its result to a temporary file.
 *
 * <p>Run as {@code latent-brush --self-test} (or the editor's launcher with the same flag).
 */
public final class SelfTest {

    /** Iterations of the check's edit: enough to see the cost fall, short enough to be quick. */
    private static final int ITERATIONS = 10;

    private SelfTest() {}

    /**
     * Runs the check.
     *
     * @param out where to report
     * @return 0 when everything worked, 1 otherwise
     */
    public static int run(PrintStream out) {
        Offline.enable();
        try (GanModel model = GanModel.open(ModelLocator.DEFAULT_MODEL, Device.cpu())) {
            out.println("self-test: model " + model.manifest().name() + " ("
                    + model.manifest().title() + ") on " + DeviceInfo.of(model.device()).summary());
            ConstraintSet strokes = ConstraintSet.empty(512, 512)
                    .with(Stroke.color(0x3a8f2c, 40, 20, 450, 490, 450));
            OptimizerSettings settings = OptimizerSettings.live().withCandidates(4).withIterations(ITERATIONS);
            CandidateBatch result = new LatentOptimizer(model).optimize(strokes, EditStart.fresh(),
                    settings, b -> { }, () -> false);
            Path file = Files.createTempFile("latent-brush-self-test-", ".png");
            ImageFiles.writePng(result.best().image(), file, 1);
            if (!(Files.size(file) > 0) || !Double.isFinite(result.best().cost())) {
                out.println("self-test: FAILED: the edit produced no usable image");
                return 1;
            }
            out.printf("self-test: %d iterations in %d ms, colour error %.4f, result written to %s%n",
                    result.iteration(), result.millis(), result.best().colorError(), file);
            out.println("self-test: OK");
            return 0;
        } catch (Exception | LinkageError e) {
            out.println("self-test: FAILED: " + e);
            return 1;
        }
    }
}
