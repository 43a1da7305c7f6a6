package org.latentbrush.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntBinaryOperator;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.latentbrush.app.tools.DragSink;
import org.latentbrush.app.tools.StrokeSink;
import org.latentbrush.app.tools.Tool;
import org.latentbrush.app.tools.ToolsViewModel;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.constraint.Stroke;
import org.latentbrush.bridge.constraint.StrokeTool;
import org.latentbrush.bridge.image.RasterImage;

class CanvasViewModelTest {

    private final ToolsViewModel tools = new ToolsViewModel();
    private final List<String> events = new ArrayList<>();
    private Stroke finished;
    private final SimpleObjectProperty<RasterImage> result = new SimpleObjectProperty<>();
    private final CanvasViewModel vm = new CanvasViewModel(512, tools, new StrokeSink() {
        @Override
        public void strokeStarted() {
            events.add("start");
        }

        @Override
        public void strokeMoved(Stroke partial) {
            events.add("move " + partial.pointCount());
        }

        @Override
        public void strokeFinished(Stroke stroke) {
            events.add("finish");
            finished = stroke;
        }
    }, result, new SimpleObjectProperty<>(ConstraintSet.empty(512, 512)), new SimpleObjectProperty<>(),
            new SimpleBooleanProperty());

    @Test
    void pressDragRelease_colorBrush_makesOneStrokeWithBrushSettings() {
        tools.colorProperty().set(0xFF0000);
        tools.radiusProperty().set(10);
        vm.pressed(10, 10, false);
        vm.dragged(10.5, 10);
        vm.dragged(50, 10);
        vm.released(90, 10);
        assertEquals(List.of("start", "move 1", "move 2", "move 3", "finish"), events);
        assertEquals(StrokeTool.COLOR, finished.tool());
        assertEquals(0xFF0000, finished.rgb());
        assertEquals(10, finished.radius());
    }

    @Test
    void dragged_outsideCanvas_clampsPoints() {
        tools.toolProperty().set(Tool.SKETCH);
        vm.pressed(-20, 600, false);
        vm.released(700, -5);
        double[] p = finished.points();
        assertEquals(0, p[0]);
        assertEquals(512, p[1]);
        assertEquals(512, p[2]);
        assertEquals(0, p[3]);
        assertEquals(StrokeTool.SKETCH, finished.tool());
        assertEquals(0, finished.rgb());
    }

    @Test
    void pressed_eyedropper_picksResultColourAndReturnsToBrush() {
        float[] data = new float[3 * 4];
        // 2x2 image: top-left pixel pure blue.
        data[8] = 1f;
        result.set(new RasterImage(2, 2, 3, data));
        tools.toolProperty().set(Tool.EYEDROPPER);
        vm.pressed(10, 10, false);
        assertEquals(0x0000FF, tools.colorProperty().get());
        assertEquals(Tool.COLOR, tools.toolProperty().get());
        assertTrue(events.isEmpty());
        assertNull(finished);
    }

    @Test
    void pressed_altWithBrush_picksColourInstead() {
        float[] data = new float[3 * 4];
        data[3] = 1f;
        result.set(new RasterImage(2, 2, 3, data));
        vm.pressed(400, 400, true);
        assertEquals(0xFF0000, tools.colorProperty().get());
        assertTrue(events.isEmpty());
    }

    @Test
    void dragTool_sendsPressesToTheDragSink_andMakesNoStroke() {
        List<String> drags = new ArrayList<>();
        vm.setDragSink(new DragSink() {
            @Override
            public void pressed(double x, double y, boolean region, double radius) {
                drags.add("press " + x + " " + y + " " + region + " " + radius);
            }

            @Override
            public void dragged(double x, double y) {
                drags.add("drag " + x + " " + y);
            }

            @Override
            public void released(double x, double y) {
                drags.add("release " + x + " " + y);
            }
        });
        tools.toolProperty().set(Tool.DRAG);
        tools.radiusProperty().set(12);
        vm.pressed(10, 20, false, true);
        vm.dragged(30, 600);
        vm.released(40, 50);
        assertEquals(List.of("press 10.0 20.0 true 12.0", "drag 30.0 512.0", "release 40.0 50.0"), drags);
        assertTrue(events.isEmpty());
        assertNull(finished);
        tools.toolProperty().set(Tool.COLOR);
        vm.pressed(10, 20, false, true);
        vm.released(10, 20);
        assertEquals(3, drags.size(), "other tools paint strokes, Shift or not");
        assertEquals("finish", events.get(events.size() - 1));
    }

    @Test
    void upscaleArgb_constantImage_staysConstant() {
        int[] big = ResultImages.upscaleArgb(new int[] {0xFF102030, 0xFF102030, 0xFF102030, 0xFF102030}, 2, 2, 16);
        for (int v : big) {
            assertEquals(0xFF102030, v);
        }
    }

    @Test
    void upscaleArgb_twoColours_blendsBetweenThem() {
        int[] big = ResultImages.upscaleArgb(new int[] {0xFF000000, 0xFFFFFFFF}, 2, 1, 8);
        assertEquals(0xFF000000, big[0]);
        assertEquals(0xFFFFFFFF, big[7]);
        int mid = big[4] & 0xFF;
        assertTrue(mid > 60 && mid < 200, "blend " + mid);
    }

    @Test
    void upscaleArgb_randomImage_isBilinearToWithinOneLevel() {
        int w = 5;
        int h = 3;
        int side = 37;
        int[] small = new Random(7).ints(w * h).map(v -> v | 0xFF000000).toArray();
        int[] big = ResultImages.upscaleArgb(small, w, h, side);
        for (int y = 0; y < side; y++) {
            double sy = Math.max(0, Math.min(h - 1, (y + 0.5) * h / side - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(h - 1, y0 + 1);
            for (int x = 0; x < side; x++) {
                double sx = Math.max(0, Math.min(w - 1, (x + 0.5) * w / side - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(w - 1, x0 + 1);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int s = shift;
                    IntBinaryOperator at = (px, py) -> (small[py * w + px] >> s) & 0xFF;
                    double top = at.applyAsInt(x0, y0) * (1 - (sx - x0)) + at.applyAsInt(x1, y0) * (sx - x0);
                    double bottom = at.applyAsInt(x0, y1) * (1 - (sx - x0)) + at.applyAsInt(x1, y1) * (sx - x0);
                    double exact = top * (1 - (sy - y0)) + bottom * (sy - y0);
                    int got = (big[y * side + x] >> shift) & 0xFF;
                    assertEquals(exact, got, 1.0, "pixel " + x + "," + y + " channel at bit " + shift);
                }
                assertEquals(0xFF, big[y * side + x] >>> 24, "opaque");
            }
        }
    }

    @Test
    void brush_paintsAnywhereInTheArea_theDragToolStaysOnTheSquare() {
        vm.areaProperty().set(new CanvasArea(-256, 0, 768, 512));
        vm.pressed(-100, 50, false);
        vm.released(-300, 600);
        assertEquals(-100, finished.points()[0], 1e-9, "off the square, on the photo");
        assertEquals(-256, finished.points()[2], 1e-9, "held at the photo's edge");
        assertEquals(512, finished.points()[3], 1e-9);
        List<Double> dragged = new ArrayList<>();
        vm.setDragSink(new DragSink() {
            @Override
            public void pressed(double x, double y, boolean region, double radius) {
                dragged.add(x);
            }

            @Override
            public void dragged(double x, double y) {
            }

            @Override
            public void released(double x, double y) {
            }
        });
        tools.toolProperty().set(Tool.DRAG);
        vm.pressed(-100, 50, false);
        assertEquals(List.of(0.0), dragged);
    }
}
