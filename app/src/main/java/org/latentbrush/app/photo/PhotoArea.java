package org.latentbrush.app.photo;

import org.latentbrush.app.canvas.CanvasArea;
import org.latentbrush.bridge.api.EditablePhoto;

/** The whole photo in the canvas's units: the canvas covers the edited square, the photo reaches beyond it. */
public final class PhotoArea {

    private PhotoArea() {}

    /**
     * The photo's rectangle on the canvas.
     *
     * @param photo the photo, with the square the canvas covers
     * @param canvas the canvas's side in canvas units
     * @return the area; [0, canvas]² is the square
     */
    public static CanvasArea of(EditablePhoto photo, int canvas) {
        double scale = (double) canvas / photo.cropSide();
        return new CanvasArea(-photo.cropX() * scale, -photo.cropY() * scale,
                (photo.width() - photo.cropX()) * scale, (photo.height() - photo.cropY()) * scale);
    }
}
