/**
 * Dragging content across a generated picture (DragGAN, Pan et al. 2023): the user places handle
 * points and target points, and the latent is optimised until the content under each handle has
 * moved to its target.
 *
 * <p>{@link org.latentbrush.bridge.drag.DragOptimizer} is the loop. Each step runs the generator
 * once and keeps an intermediate feature map ({@code GeneratorFeatures}); motion supervision pulls
 * the features around each handle one small step toward its target, the mask term holds the
 * features outside the movable region, Adam moves z = tanh(w), and the point tracker finds each
 * handle again by its starting features. Tunables are {@link org.latentbrush.bridge.drag.DragSettings};
 * points are {@link org.latentbrush.bridge.drag.ImagePoint}s in model pixels.
 */
package org.latentbrush.bridge.drag;
