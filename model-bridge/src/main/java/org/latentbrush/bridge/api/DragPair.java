package org.latentbrush.bridge.api;

/**
 * One handle of a drag and where its content should go.
 *
 * @param handle the point whose content moves
 * @param target where that content should end
 */
public record DragPair(DragPoint handle, DragPoint target) {}
