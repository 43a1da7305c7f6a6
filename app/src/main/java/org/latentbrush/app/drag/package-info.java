/**
 * The drag tool (DragGAN): handle points dragged to targets, optionally within a painted region
 * that may move; its panel, its marks on the canvas, and the undoable edit it makes.
 */
package org.latentbrush.app.drag;
