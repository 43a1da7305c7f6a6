package org.latentbrush.bridge.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.constraint.ConstraintMaps;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeRasterizer;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.image.RasterImage;

class BankRankingTest {

    private static final int BANK = 64;

    /** The edit's colour term at full size: mask-weighted mean squared error over the channels. */
    private static double colorTerm(RasterImage picture, ConstraintMaps maps) {
        int n = maps.size() * maps.size();
        double sum = 0;
        for (int p = 0; p < n; p++) {
            for (int c = 0; c < 3; c++) {
                double d = picture.data()[c * n + p] - maps.colorTarget()[c * n + p];
                sum += maps.colorMask()[p] * d * d / 3;
            }
        }
        return sum / maps.colorArea();
    }

    /**
     * On the built-in landscape model, whose thumbnails are 4×4 block means: a trained generator's
     * pictures are smooth enough for them (a random one's pixel noise is not).
     */
    @Test
    void cheapest_putsFirstTheDrawsWhosePicturesMeetTheColourStrokes() throws Exception {
        try (GanModel model = GanModel.load(Path.of("..", "assets", "models", "landscape-64"), Device.cpu())) {
            StartBank bank = new StartBank(model.manifest(), BANK);
            bank.grow(model, BANK);
            // An orange sky over dark blue water.
            ConstraintMaps maps = StrokeRasterizer.rasterize(ConstraintSet.empty(64, 64)
                    .with(Stroke.color(0xE07020, 5, 8, 12, 56, 12))
                    .with(Stroke.color(0x203060, 5, 10, 50, 54, 50)), 64);
            List<float[]> latents = new ArrayList<>();
            for (int i = 0; i < BANK; i++) {
                latents.add(bank.latent(i));
            }
            List<RasterImage> pictures = model.render(latents);
            double[] exact = pictures.stream().mapToDouble(p -> colorTerm(p, maps)).toArray();
            int[] byExact = IntStream.range(0, BANK).boxed()
                    .sorted((a, b) -> Double.compare(exact[a], exact[b])).mapToInt(Integer::intValue).toArray();

            int[] ranked = new BankRanking(bank, maps, null, 0).cheapest(8);

            assertEquals(8, ranked.length);
            List<Integer> bestFive = IntStream.of(byExact).limit(5).boxed().toList();
            assertTrue(bestFive.contains(ranked[0]), "the ranking's first is among the five best at full size");
            double rankedMean = IntStream.of(ranked).mapToDouble(i -> exact[i]).average().orElseThrow();
            double allMean = IntStream.range(0, BANK).mapToDouble(i -> exact[i]).average().orElseThrow();
            double bestMean = IntStream.of(byExact).limit(8).mapToDouble(i -> exact[i]).average().orElseThrow();
            assertTrue(rankedMean - bestMean < 0.2 * (allMean - bestMean), "the eight ranked first are "
                    + "nearly the eight best at full size: " + rankedMean + ", best " + bestMean + ", all " + allMean);
        }
    }

    @Test
    void cheapest_withTheContinuityTerm_prefersTheDrawThatKeepsTheCurrentPicture() {
        try (GanModel model = StartBankTest.model32()) {
            StartBank bank = new StartBank(model.manifest(), BANK);
            bank.grow(model, BANK);
            int shown = 37;
            float[] current = model.render(List.of(bank.latent(shown))).get(0).data();
            ConstraintMaps maps = StrokeRasterizer.rasterize(ConstraintSet.empty(32, 32)
                    .with(Stroke.color(0x00FF00, 2, 4, 4)), 32);

            assertEquals(shown, new BankRanking(bank, maps, current, 100).cheapest(1)[0]);
        }
    }
}
