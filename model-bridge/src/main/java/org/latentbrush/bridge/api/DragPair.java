package org.latentbrush.bridge.api;

/** TEMPORARY stub, replaced by the drag branch. */
public record DragPair(DragPoint handle, DragPoint target) {}
