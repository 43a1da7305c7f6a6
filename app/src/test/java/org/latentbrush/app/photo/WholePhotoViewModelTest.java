package org.latentbrush.app.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentbrush.app.canvas.CanvasArea;
import org.latentbrush.app.document.PhotoDocument;
import org.latentbrush.app.tasks.CurrentThreadTaskExecutor;
import org.latentbrush.bridge.image.RasterImage;

/** The whole 60×40 test photo on a 400-unit canvas: its centred square is 40 px at x 10, 10 units a pixel. */
class WholePhotoViewModelTest {

    @TempDir
    Path dir;

    private final SimpleObjectProperty<PhotoDocument> photo = new SimpleObjectProperty<>();
    private final WholePhotoViewModel whole = new WholePhotoViewModel(photo, 400, new CurrentThreadTaskExecutor());

    @Test
    void area_isTheWholePhoto_theSquareWithoutOne_orWhenSwitchedOff() throws Exception {
        assertEquals(CanvasArea.square(400), whole.areaProperty().get());
        photo.set(PhotoDocument.read(PhotoViewModelTest.gradientPng(dir, "p.png")));
        assertEquals(new CanvasArea(-100, 0, 500, 400), whole.areaProperty().get());
        whole.enabledProperty().set(false);
        assertEquals(CanvasArea.square(400), whole.areaProperty().get());
        whole.enabledProperty().set(true);
        photo.set(photo.get().withSquare(30, 10, 20));
        assertEquals(new CanvasArea(-600, -200, 600, 600), whole.areaProperty().get(), "20 units a pixel");
    }

    @Test
    void overview_isMadeOncePerPhoto_notForEachSquare() throws Exception {
        PhotoDocument document = PhotoDocument.read(PhotoViewModelTest.gradientPng(dir, "p.png"));
        photo.set(document);
        RasterImage overview = whole.overviewProperty().get();
        assertNotNull(overview);
        assertEquals(60, overview.width());
        photo.set(document.withSquare(0, 0, 40));
        assertSame(overview, whole.overviewProperty().get());
        photo.set(null);
        assertNull(whole.overviewProperty().get());
    }

    @Test
    void colorAt_readsThePhotoUnderACanvasPoint() throws Exception {
        PhotoDocument document = PhotoDocument.read(PhotoViewModelTest.gradientPng(dir, "p.png"));
        photo.set(document);
        // Canvas (-95, 5) is photo (0, 0); canvas (495, 395) is photo (59, 39).
        assertEquals(document.photo().rgbAt(0, 0), whole.colorAt(-95, 5));
        assertEquals(document.photo().rgbAt(59, 39), whole.colorAt(495, 395));
        assertEquals(-1, whole.colorAt(-101, 5), "off the photo");
    }
}
