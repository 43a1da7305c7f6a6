package org.latentbrush.bridge.discovery;

import org.latentbrush.bridge.directions.LatentDirections;

/**
 * Directions found and named for a model.
 *
 * @param directions named where a measure confirmed it, strongest first
 * @param varianceShares per direction, its component's share of the layer's variance
 */
public record Discovered(LatentDirections directions, double[] varianceShares) {}
