package org.latentbrush.app.square;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.latentbrush.bridge.api.EditablePhoto;

class PhotoFitTest {

    @Test
    void fit_widePhoto_fillsTheWidth() {
        PhotoFit fit = new PhotoFit(4000, 2000, 720, 540);
        assertEquals(720, fit.viewWidth());
        assertEquals(360, fit.viewHeight());
        assertEquals(0.18, fit.scale(), 1e-12);
    }

    @Test
    void fit_tallPhoto_fillsTheHeight() {
        PhotoFit fit = new PhotoFit(3000, 4000, 720, 540);
        assertEquals(405, fit.viewWidth());
        assertEquals(540, fit.viewHeight());
    }

    @Test
    void fit_smallPhoto_isEnlarged() {
        PhotoFit fit = new PhotoFit(60, 40, 720, 540);
        assertEquals(12, fit.scale(), 1e-12);
        assertEquals(720, fit.viewWidth());
        assertEquals(480, fit.viewHeight());
        assertEquals(1, fit.photoPixelsPerViewPixel(), "an arrow key moves at least one photo pixel");
    }

    @Test
    void toPhotoAndToView_roundTrip() {
        PhotoFit fit = new PhotoFit(4032, 3024, 720, 540);
        for (double photo : new double[] {0, 1, 812.5, 3024, 4032}) {
            assertEquals(photo, fit.toPhoto(fit.toView(photo)), 1e-9);
        }
        for (double view : new double[] {0, 0.5, 333.25, 720}) {
            assertEquals(view, fit.toView(fit.toPhoto(view)), 1e-9);
        }
        assertEquals(4032 / 720.0, fit.toPhoto(1), 1e-12);
        assertEquals(6, fit.photoPixelsPerViewPixel());
    }

    @Test
    void preview_shrunkPhoto_averagesTheBlockUnderEachViewPixel() {
        // Columns alternate black and white: shrunk by four, every view pixel is the mid grey.
        int[] rgb = new int[40 * 20];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (i % 40) % 2 == 0 ? 0x000000 : 0xFFFFFF;
        }
        PhotoFit fit = new PhotoFit(40, 20, 10, 10);
        int[] argb = PhotoPreview.argb(EditablePhoto.of(40, 20, rgb), fit);
        assertEquals(10 * 5, argb.length);
        for (int p : argb) {
            assertEquals(0xFF7F7F7F, p);
        }
    }
}
