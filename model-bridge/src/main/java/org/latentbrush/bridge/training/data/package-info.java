/**
 * Training data sources for the GAN: procedural landscapes, Fashion-MNIST shoes and a folder of the
 * user's own images, all behind one {@link org.latentbrush.bridge.training.data.ImageSource}
 * interface that writes CHW floats in the generator's [-1, 1] range.
 *
 * <p>Every source is deterministic per index and safe for concurrent {@code fill} calls, so a
 * training run can be reproduced from its seeds and batches can be filled on several threads.
 */
package org.latentbrush.bridge.training.data;
