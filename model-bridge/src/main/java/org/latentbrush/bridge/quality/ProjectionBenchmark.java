package org.latentbrush.bridge.quality;

import java.util.ArrayList;
import java.util.List;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.photo.Projection;
import org.latentbrush.bridge.photo.ProjectionMethod;
import org.latentbrush.bridge.photo.ProjectionSettings;
import org.latentbrush.bridge.photo.Projector;

/**
 * Projects held-out real images with each of iGAN's three solvers and scores them side by side:
 * PSNR of the reconstruction and time per image.
 *
 * <p>The methods take turns image by image, so a change in the machine's load during the run
 * affects them alike. A model without an encoder is scored by optimisation alone: its "hybrid"
 * would be the same solver again.
 */
public final class ProjectionBenchmark {

    private final GanModel model;
    private final ProjectionSettings settings;

    /**
     * Prepares a benchmark.
     *
     * @param model the model to project into
     * @param settings iterations, random starts and seed shared by the methods
     */
    public ProjectionBenchmark(GanModel model, ProjectionSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    /** The methods this model supports, in the order of iGAN's table. */
    public List<ProjectionMethod> methods() {
        return model.hasEncoder()
                ? List.of(ProjectionMethod.ENCODER, ProjectionMethod.OPTIMIZE, ProjectionMethod.HYBRID)
                : List.of(ProjectionMethod.OPTIMIZE);
    }

    /** How many of the projected images are kept, with their reconstructions, for a picture. */
    public static final int EXAMPLES = 8;

    /**
     * The scores, and the first images beside their reconstructions.
     *
     * @param scores one per method, in the order of {@link #methods()}
     * @param examples per kept image: the real image, then each method's reconstruction
     */
    public record Results(List<ProjectionScore> scores, List<List<RasterImage>> examples) {}

    /**
     * Projects every image with every supported method.
     *
     * @param images real images of the model's size and channels
     * @param listener advanced once per image and method
     * @return one score per method, and the first few images' reconstructions
     */
    public Results run(ImageSet images, QualityListener listener) {
        List<ProjectionMethod> methods = methods();
        int n = images.count();
        double[][] psnr = new double[methods.size()][n];
        double[][] millis = new double[methods.size()][n];
        float[] pixels = images.floats();
        int perImage = images.source().floatsPerImage();
        List<List<RasterImage>> examples = new ArrayList<>();
        listener.stageStarted("projection", (long) n * methods.size());
        for (int i = 0; i < n; i++) {
            // The images are in [-1, 1]; the projector works in [0, 1].
            RasterImage frame = RasterImage.fromModelRange(pixels, i * perImage,
                    images.source().width(), images.source().channels(), -1, 1);
            List<RasterImage> row = new ArrayList<>(List.of(frame));
            for (int m = 0; m < methods.size(); m++) {
                Projection p = new Projector(model).project(frame,
                        settings.withMethod(methods.get(m)), progress -> {}, () -> false);
                psnr[m][i] = p.psnr();
                millis[m][i] = p.millis();
                row.add(p.reconstruction());
                listener.advanced((long) i * methods.size() + m + 1);
            }
            if (i < EXAMPLES) {
                examples.add(List.copyOf(row));
            }
        }
        listener.stageFinished();
        List<ProjectionScore> scores = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++) {
            ProjectionMethod method = methods.get(m);
            scores.add(new ProjectionScore(method, n,
                    method == ProjectionMethod.ENCODER ? 0 : settings.iterations(),
                    Statistics.mean(psnr[m]), Statistics.median(psnr[m]),
                    Statistics.median(millis[m]), Statistics.mean(millis[m])));
        }
        return new Results(scores, List.copyOf(examples));
    }
}
