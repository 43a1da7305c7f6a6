package org.latentbrush.bridge.api;

/** TEMPORARY stub, replaced by the drag branch. */
public record DragPoint(double x, double y) {}
