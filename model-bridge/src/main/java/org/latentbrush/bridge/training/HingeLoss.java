package org.latentbrush.bridge.training;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * The hinge loss of adversarial training (Lim and Ye 2017; Miyato et al. 2018).
 *
 * <p>D is pushed to score real images above +1 and generated ones below −1, and stops caring once
 * they are: unlike the cross-entropy loss, a confident D gives G neither vanishing nor exploding
 * gradients. G raises D's score of its images.
 */
final class HingeLoss {

    private HingeLoss() {}

    /**
     * D's loss: mean(max(0, 1 − D(x))) + mean(max(0, 1 + D(G(z)))).
     *
     * @param realScores D's scores of real images, shape (batch)
     * @param fakeScores D's scores of generated images, shape (batch)
     * @return the scalar loss
     */
    static NDArray discriminator(NDArray realScores, NDArray fakeScores) {
        NDArray real = Activation.relu(realScores.neg().add(1)).mean();
        NDArray fake = Activation.relu(fakeScores.add(1)).mean();
        return real.add(fake);
    }

    /**
     * G's loss: −mean(D(G(z))).
     *
     * @param fakeScores D's scores of generated images
     * @return the scalar loss
     */
    static NDArray generator(NDArray fakeScores) {
        return fakeScores.mean().neg();
    }
}
