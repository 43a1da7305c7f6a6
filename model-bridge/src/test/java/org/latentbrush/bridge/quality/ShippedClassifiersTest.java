package org.latentbrush.bridge.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.training.data.FashionMnistShoes;
import org.latentbrush.bridge.training.data.LandscapeSource;

/** The feature classifiers in {@code assets/quality} load into today's network and still classify. */
class ShippedClassifiersTest {

    private static final Path QUALITY = Path.of("..", "assets", "quality");

    @Test
    void landscapeClassifier_loadsAndReadsTheTimeOfDayOfFreshScenes() throws Exception {
        Path folder = QUALITY.resolve("landscapes-64");
        assertTrue(ClassifierFiles.exists(folder), "no shipped landscape classifier");
        LandscapeData data = new LandscapeData(64, 11);
        try (FeatureNetwork net = ClassifierFiles.load(folder, ClassifierStore.spec(data), Device.cpu())) {
            int n = 40;
            LandscapeLabels labels = new LandscapeLabels(new LandscapeSource(64, 11));
            int[][] predicted = net.predict(ImageSet.first(labels.images(), n).floats(), n);
            int right = 0;
            for (int i = 0; i < n; i++) {
                right += predicted[i][0] == labels.labels(i)[0] ? 1 : 0;
            }
            assertTrue(right >= 0.9 * n, right + " of " + n + " times of day right");
            assertTrue(net.record().heldOutAccuracy().get("ground") > 0.9);
        }
    }

    @Test
    void shoeClassifier_loadsAndRecognisesTestShoes() throws Exception {
        Path folder = QUALITY.resolve("shoes-32");
        assertTrue(ClassifierFiles.exists(folder), "no shipped shoe classifier");
        assertTrue(FashionMnistShoes.isAvailable(FashionMnistShoes.DEBIAN_DIR), "no Fashion-MNIST");
        ShoeData data = new ShoeData(FashionMnistShoes.DEBIAN_DIR, 1);
        try (FeatureNetwork net = ClassifierFiles.load(folder, ClassifierStore.spec(data), Device.cpu())) {
            ImageSet shoes = data.heldOut(100);
            int[][] predicted = net.predict(shoes.floats(), shoes.count());
            FashionMnistShoes source = (FashionMnistShoes) shoes.source();
            int right = 0;
            for (int i = 0; i < shoes.count(); i++) {
                right += predicted[i][0] == source.label(shoes.indices()[i]) ? 1 : 0;
            }
            assertTrue(right >= 85, right + " of 100 shoes right");
        }
    }
}
