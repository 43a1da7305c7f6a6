package org.latentbrush.bridge.optim;

/**
 * A snapshot of the live optimiser, tagged with the epoch its edit started in.
 *
 * @param epoch the number of restores requested before the edit was submitted; a snapshot whose
 *     epoch is older than the newest restore belongs to an edit that restore superseded
 * @param batch the candidates
 */
public record LiveSnapshot(long epoch, CandidateBatch batch) {}
