package org.latentbrush.bridge.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.photo.ProjectionMethod;
import org.latentbrush.bridge.photo.ProjectionSettings;
import org.latentbrush.bridge.training.data.LandscapeSource;

class ProjectionBenchmarkTest {

    private static final ProjectionSettings SETTINGS = ProjectionSettings.defaults().withIterations(3);
    private static final ImageSet IMAGES = ImageSet.first(new LandscapeSource(16, 9), 2);

    @Test
    void run_modelWithEncoder_scoresIGansThreeMethodsInOrder() {
        try (GanModel model = GanModel.random(TinyModels.manifest(true), 4, Device.cpu(),
                TinyModels.SIGMA)) {
            ProjectionBenchmark.Results results = new ProjectionBenchmark(model, SETTINGS)
                    .run(IMAGES, QualityListener.NONE);
            List<ProjectionScore> scores = results.scores();
            assertEquals(2, results.examples().size(), "every image is an example when few");
            assertEquals(4, results.examples().get(0).size(), "the image and three reconstructions");
            assertEquals(16, results.examples().get(0).get(3).width());
            assertEquals(List.of(ProjectionMethod.ENCODER, ProjectionMethod.OPTIMIZE,
                    ProjectionMethod.HYBRID), scores.stream().map(ProjectionScore::method).toList());
            assertEquals(0, scores.get(0).iterations());
            assertEquals(3, scores.get(2).iterations());
            for (ProjectionScore s : scores) {
                assertEquals(2, s.images());
                assertTrue(s.meanPsnr() > 0 && s.medianMillis() > 0, s.toString());
            }
        }
    }

    @Test
    void run_modelWithoutEncoder_scoresOptimisationOnly() {
        try (GanModel model = TinyModels.random(4)) {
            List<ProjectionScore> scores = new ProjectionBenchmark(model, SETTINGS)
                    .run(IMAGES, QualityListener.NONE).scores();
            assertEquals(1, scores.size());
            assertEquals(ProjectionMethod.OPTIMIZE, scores.get(0).method());
        }
    }
}
