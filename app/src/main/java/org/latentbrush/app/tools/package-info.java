/** The tool palette and brushes: they turn mouse events into strokes. */
package org.latentbrush.app.tools;
