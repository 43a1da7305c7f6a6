package org.latentbrush.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CanvasViewportTest {

    private static final double EPS = 1e-9;
    private final CanvasViewport viewport = new CanvasViewport(512);

    @ParameterizedTest
    @CsvSource({"800, 600, 1.171875", "600, 800, 1.171875", "1024, 1024, 2", "300, 700, 0.5859375",
        "512, 512, 1", "6000, 5000, 8"})
    void setViewSize_fitting_showsWholeCanvasAsLargeAsTheViewAllows(double width, double height, double zoom) {
        viewport.setViewSize(width, height);
        assertEquals(zoom, viewport.zoomProperty().get(), EPS);
        assertTrue(viewport.fitProperty().get());
        double shown = 512 * zoom;
        // Centred: equal margins (to a pixel), the canvas inside the view.
        assertEquals((width - shown) / 2, viewport.originXProperty().get(), 1);
        assertEquals((height - shown) / 2, viewport.originYProperty().get(), 1);
        assertTrue(viewport.toViewX(512) <= width && viewport.toViewY(512) <= height);
    }

    @Test
    void setViewSize_fitting_followsTheWindowAsItGrows() {
        viewport.setViewSize(700, 600);
        viewport.setViewSize(1200, 1000);
        assertEquals(1000 / 512.0, viewport.zoomProperty().get(), EPS);
    }

    @Test
    void setViewSize_zoomed_keepsZoomAndTheCanvasPointAtTheCentre() {
        viewport.setViewSize(400, 400);
        viewport.zoomAt(2, 300, 100);
        double centreX = viewport.toCanvasX(200);
        double centreY = viewport.toCanvasY(200);
        viewport.setViewSize(500, 300);
        assertEquals(2, viewport.zoomProperty().get(), EPS);
        assertEquals(centreX, viewport.toCanvasX(250), EPS);
        assertEquals(centreY, viewport.toCanvasY(150), EPS);
    }

    @Test
    void zoomIn_fromFit_goesToTheNextRoundStepAndStopsFitting() {
        viewport.setViewSize(700, 600);
        viewport.zoomIn();
        assertEquals(1.25, viewport.zoomProperty().get(), EPS);
        assertFalse(viewport.fitProperty().get());
        viewport.zoomIn();
        assertEquals(1.5, viewport.zoomProperty().get(), EPS);
        viewport.zoomIn();
        assertEquals(2, viewport.zoomProperty().get(), EPS);
    }

    @Test
    void zoomOut_fromFit_goesToTheNextSmallerStep() {
        viewport.setViewSize(700, 600);
        viewport.zoomOut();
        assertEquals(1, viewport.zoomProperty().get(), EPS);
        viewport.zoomOut();
        assertEquals(0.75, viewport.zoomProperty().get(), EPS);
        viewport.zoomIn();
        assertEquals(1, viewport.zoomProperty().get(), EPS);
    }

    @Test
    void zoomInAndOut_stopAtTheLimits() {
        viewport.setViewSize(800, 600);
        for (int i = 0; i < 40; i++) {
            viewport.zoomIn();
        }
        assertEquals(CanvasViewport.MAX_ZOOM, viewport.zoomProperty().get(), EPS);
        viewport.zoomBy(3, 10, 10);
        assertEquals(CanvasViewport.MAX_ZOOM, viewport.zoomProperty().get(), EPS);
        for (int i = 0; i < 40; i++) {
            viewport.zoomOut();
        }
        assertEquals(CanvasViewport.MIN_ZOOM, viewport.zoomProperty().get(), EPS);
        viewport.zoomBy(0.1, 10, 10);
        assertEquals(CanvasViewport.MIN_ZOOM, viewport.zoomProperty().get(), EPS);
    }

    @Test
    void actualSizeThenFit_returnsToTheFittingZoom() {
        viewport.setViewSize(900, 700);
        viewport.actualSize();
        assertEquals(1, viewport.zoomProperty().get(), EPS);
        assertEquals("Zoom 100 %", viewport.zoomText());
        viewport.fitToView();
        assertEquals(700 / 512.0, viewport.zoomProperty().get(), EPS);
        assertEquals("Zoom 137 % (fit)", viewport.zoomText());
    }

    @Test
    void zoomBy_keepsTheCanvasPointUnderThePointer() {
        viewport.setViewSize(600, 600);
        double canvasX = viewport.toCanvasX(420);
        double canvasY = viewport.toCanvasY(170);
        viewport.zoomBy(2.5, 420, 170);
        assertEquals(canvasX, viewport.toCanvasX(420), EPS);
        assertEquals(canvasY, viewport.toCanvasY(170), EPS);
    }

    @ParameterizedTest
    @CsvSource({"0.25, 0, 0", "1, 0, 0", "1.5, -100, 40", "2, 300, -250", "4.3, -900, -1200", "8, 2000, 5"})
    void toCanvas_isTheInverseOfToView(double zoom, double panX, double panY) {
        viewport.setViewSize(640, 480);
        viewport.zoomAt(zoom, 320, 240);
        viewport.panBy(panX, panY);
        for (double c : new double[] {0, 1, 37.5, 256, 511.25, 512}) {
            assertEquals(c, viewport.toCanvasX(viewport.toViewX(c)), EPS);
            assertEquals(c, viewport.toCanvasY(viewport.toViewY(c)), EPS);
        }
        for (double v : new double[] {0, 13, 320.5, 479}) {
            assertEquals(v, viewport.toViewX(viewport.toCanvasX(v)), EPS);
            assertEquals(v, viewport.toViewY(viewport.toCanvasY(v)), EPS);
        }
    }

    @Test
    void panBy_zoomedIn_isClampedSoTheCanvasCoversTheView() {
        viewport.setViewSize(400, 300);
        viewport.zoomAt(2, 200, 150);
        assertTrue(viewport.isPannable());
        viewport.panBy(5000, 5000);
        assertEquals(0, viewport.originXProperty().get(), EPS);
        assertEquals(0, viewport.originYProperty().get(), EPS);
        viewport.panBy(-5000, -5000);
        assertEquals(400 - 1024, viewport.originXProperty().get(), EPS);
        assertEquals(300 - 1024, viewport.originYProperty().get(), EPS);
        viewport.panBy(30, 20);
        assertEquals(400 - 1024 + 30, viewport.originXProperty().get(), EPS);
        assertEquals(300 - 1024 + 20, viewport.originYProperty().get(), EPS);
    }

    @Test
    void panBy_canvasSmallerThanView_keepsItCentred() {
        viewport.setViewSize(800, 600);
        viewport.zoomAt(0.5, 0, 0);
        assertFalse(viewport.isPannable());
        viewport.panBy(120, -80);
        assertEquals(272, viewport.originXProperty().get(), EPS);
        assertEquals(172, viewport.originYProperty().get(), EPS);
    }

    @Test
    void panBy_widerThanViewOnlyOneWay_pansThatWayAndCentresTheOther() {
        viewport.setViewSize(1000, 500);
        viewport.zoomAt(1.5, 500, 250);
        viewport.panBy(0, 1000);
        assertEquals(0, viewport.originYProperty().get(), EPS);
        viewport.panBy(300, 0);
        assertEquals(Math.floor((1000 - 768) / 2.0), viewport.originXProperty().get(), EPS);
    }

    @Test
    void setArea_wholePhoto_fitsThePhotoAndCentresIt_theSquareInside() {
        // A 3:2 photo whose middle square is the canvas: 256 units either side of it.
        viewport.setViewSize(1024, 512);
        viewport.setArea(new CanvasArea(-256, 0, 768, 512));
        assertEquals(1, viewport.zoomProperty().get(), EPS, "1024 units wide in 1024 pixels");
        assertEquals(0, viewport.toViewX(-256), EPS, "the photo's left edge at the view's");
        assertEquals(256, viewport.toViewX(0), EPS, "the square where the photo puts it");
        assertEquals(1024, viewport.toViewX(768), EPS);
        assertFalse(viewport.isPannable());
    }

    @Test
    void setArea_zoomedIn_panStopsAtThePhotosEdges() {
        viewport.setViewSize(512, 512);
        viewport.setArea(new CanvasArea(-256, 0, 768, 512));
        viewport.zoomAt(2, 256, 256);
        viewport.panBy(10000, 0);
        assertEquals(0, viewport.toViewX(-256), EPS, "panned right to the photo's left edge, not the square's");
        viewport.panBy(-10000, 0);
        assertEquals(512, viewport.toViewX(768), EPS);
        assertTrue(viewport.isPannable());
    }

    @Test
    void setArea_zoomedIn_theSquareMovesOverThePhoto_thePhotoStaysPutOnTheScreen() {
        viewport.setViewSize(512, 512);
        viewport.setArea(new CanvasArea(-256, 0, 768, 512));
        viewport.zoomAt(2, 256, 256);
        double photoLeft = viewport.toViewX(-256);
        double photoTop = viewport.toViewY(0);
        // The square moves right by 200 units: the photo now starts 456 units left of it.
        viewport.setArea(new CanvasArea(-456, 0, 568, 512));
        assertEquals(2, viewport.zoomProperty().get(), EPS);
        assertEquals(photoLeft, viewport.toViewX(-456), EPS);
        assertEquals(photoTop, viewport.toViewY(0), EPS);
        // A smaller square shows the same photo in larger units: the zoom shrinks to match.
        viewport.setArea(new CanvasArea(-912, 0, 1136, 1024));
        assertEquals(1, viewport.zoomProperty().get(), EPS);
        assertEquals(photoLeft, viewport.toViewX(-912), EPS);
    }
}
