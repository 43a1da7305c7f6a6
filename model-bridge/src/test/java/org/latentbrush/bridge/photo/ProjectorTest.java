package org.latentbrush.bridge.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.TinyModels;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;

class ProjectorTest {

    /** What an exactly reachable target must be recovered to. */
    private static final double GOOD_PSNR = 25;

    /** Few steps and a batch of two keep the test fast; a reachable target needs no more. */
    private static final ProjectionSettings FAST = new ProjectionSettings(ProjectionMethod.HYBRID, 50, 1,
            0.05, 0.1, 10, 0L);

    private static GanModel plain;
    private static GanModel withEncoder;

    @BeforeAll
    static void openModels() {
        plain = TinyModels.random(3);
        withEncoder = GanModel.random(TinyModels.manifest(true), 5, Device.cpu(), TinyModels.SIGMA);
    }

    @AfterAll
    static void closeModels() {
        plain.close();
        withEncoder.close();
    }

    /** A latent inside the prior, away from its edges, that the projector has to find. */
    static float[] hiddenLatent(GanModel model, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] z = new float[model.manifest().latentSize()];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (random.nextDouble() * 1.6 - 0.8);
        }
        return z;
    }

    private static RasterImage reachable(GanModel model, long seed) {
        return model.render(List.of(hiddenLatent(model, seed))).get(0);
    }

    @Test
    void project_imageTheModelCanMake_recoversItToHighPsnr() {
        RasterImage target = reachable(plain, 42);
        List<ProjectionProgress> progress = new ArrayList<>();
        Projection p = new Projector(plain).project(target, FAST, progress::add, () -> false);
        double start = progress.get(0).psnr();
        assertTrue(p.psnr() > GOOD_PSNR, "PSNR " + p.psnr());
        assertTrue(p.psnr() > start + 10, "from " + start + " to " + p.psnr());
        assertEquals(ProjectionMethod.OPTIMIZE, p.method(), "no encoder: random starts only");
        assertEquals(50, p.iterations());
        assertFalse(p.cancelled());
    }

    @Test
    void project_hybridWithEncoder_recoversItToHighPsnr() {
        RasterImage target = reachable(withEncoder, 7);
        Projection p = new Projector(withEncoder).project(target, FAST, progress -> { }, () -> false);
        assertTrue(p.psnr() > GOOD_PSNR, "PSNR " + p.psnr());
        assertEquals(ProjectionMethod.HYBRID, p.method());
    }

    @Test
    void project_hybrid_isNoWorseThanEncoderGuessAlone() {
        RasterImage target = reachable(withEncoder, 11);
        Projector projector = new Projector(withEncoder);
        Projection guess = projector.project(target,
                FAST.withMethod(ProjectionMethod.ENCODER), progress -> { }, () -> false);
        Projection hybrid = projector.project(target, FAST.withIterations(10),
                progress -> { }, () -> false);
        assertEquals(0, guess.iterations());
        assertTrue(hybrid.psnr() >= guess.psnr(), guess.psnr() + " -> " + hybrid.psnr());
    }

    @Test
    void project_encoderMethodWithoutEncoder_refuses() {
        ProjectionSettings settings = ProjectionSettings.defaults().withMethod(ProjectionMethod.ENCODER);
        RasterImage target = reachable(plain, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Projector(plain).project(target, settings, progress -> { }, () -> false));
        assertTrue(e.getMessage().contains("has no encoder"), e.getMessage());
    }

    @Test
    void project_cancelled_stopsEarlyWithBestSoFar() {
        AtomicInteger polls = new AtomicInteger();
        Projection p = new Projector(plain).project(reachable(plain, 2), FAST,
                progress -> { }, () -> polls.incrementAndGet() > 3);
        assertTrue(p.cancelled());
        assertEquals(3, p.iterations());
        assertEquals(plain.manifest().latentSize(), p.z().length);
    }

    @Test
    void project_frameOfWrongSize_refuses() {
        RasterImage small = new RasterImage(8, 8, 3, new float[3 * 64]);
        assertThrows(IllegalArgumentException.class, () -> new Projector(plain).project(small,
                ProjectionSettings.defaults(), progress -> { }, () -> false));
    }

    @Test
    void psnr_identicalImages_isCapped() {
        RasterImage image = reachable(plain, 4);
        assertEquals(Projection.MAX_PSNR, Projection.psnr(image, image));
    }
}
