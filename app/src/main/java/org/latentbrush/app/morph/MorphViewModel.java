package org.latentbrush.app.morph;

import java.nio.file.Files;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.dialogs.FileKind;
import org.latentbrush.app.document.EditorViewModel;
import org.latentbrush.app.engine.EnlargeCalls;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.tasks.TaskExecutor;
import org.latentbrush.bridge.image.ImageFiles;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The morph from the starting image to the current result: frames, a position, playback, export.
 */
public final class MorphViewModel {

    /** Frames rendered between the start and the result. */
    public static final int FRAMES = 24;
    /** Time per frame when playing and in the GIF. */
    public static final int FRAME_MILLIS = 80;
    /** Exported frames are enlarged by this factor. */
    public static final int EXPORT_SCALE = 4;

    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final DoubleProperty position = new SimpleDoubleProperty(1);
    private final ReadOnlyObjectWrapper<RasterImage> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private List<RasterImage> frames = List.of();
    private boolean stale = true;

    public MorphViewModel(EditorViewModel editor, DialogService dialogs, TaskExecutor tasks) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.tasks = tasks;
        editor.live().resultProperty().addListener((obs, old, now) -> {
            stale = true;
            if (!playing.get()) {
                frame.set(now);
            }
        });
        position.addListener((obs, old, now) -> showPosition());
    }

    /** Renders the frames if the start or the result changed, then runs {@code then}. */
    public void prepare(Runnable then) {
        float[] from = editor.startLatent();
        float[] to = editor.live().currentZ();
        if (!stale && !frames.isEmpty()) {
            then.run();
            return;
        }
        if (from == null || to == null || preparing.get()) {
            return;
        }
        preparing.set(true);
        stale = false;
        editor.live().morph(from, to, FRAMES, rendered -> {
            preparing.set(false);
            frames = rendered;
            showPosition();
            then.run();
        }, failure -> {
            preparing.set(false);
            stale = true;
            dialogs.showError("Morph failed", FailureText.of(failure));
        });
    }

    /** Moves the position one frame on, wrapping at the end (called by the playback timer). */
    public void step() {
        double next = position.get() + 1.0 / (FRAMES - 1);
        position.set(next > 1.0001 ? 0 : Math.min(1, next));
    }

    private void showPosition() {
        if (frames.isEmpty()) {
            return;
        }
        int index = (int) Math.round(position.get() * (frames.size() - 1));
        frame.set(frames.get(Math.max(0, Math.min(frames.size() - 1, index))));
    }

    /** Asks for a file and writes the morph as a looping GIF. */
    public void exportGif() {
        prepare(() -> dialogs.chooseSaveFile("Export morph as GIF", FileKind.GIF, "morph.gif").ifPresent(path -> {
            List<RasterImage> shots = frames;
            // Asked for here, on the user-interface thread; the export waits for it in the background.
            var enlarged = new EnlargeCalls(editor.live()).enlargeAll(shots, EXPORT_SCALE);
            tasks.run(() -> {
                List<RasterImage> big = enlarged.get();
                GifWriter.write(big.stream().map(RasterImage::toBufferedImage).toList(), FRAME_MILLIS, path);
                return path;
            }, done -> editor.say("Exported " + done.getFileName() + " (" + shots.size() + " frames)"),
                    failure -> dialogs.showError("Could not export " + path.getFileName(),
                            FailureText.of(failure)));
        }));
    }

    /** Asks for a folder and writes the morph as numbered PNG files. */
    public void exportPngSequence() {
        prepare(() -> dialogs.chooseFolder("Export morph frames to folder").ifPresent(folder -> {
            List<RasterImage> shots = frames;
            var enlarged = new EnlargeCalls(editor.live()).enlargeAll(shots, EXPORT_SCALE);
            tasks.run(() -> {
                Files.createDirectories(folder);
                List<RasterImage> big = enlarged.get();
                for (int i = 0; i < big.size(); i++) {
                    ImageFiles.writePng(big.get(i), folder.resolve(String.format("frame-%03d.png", i)), 1);
                }
                return folder;
            }, done -> editor.say("Exported " + shots.size() + " frames to " + done),
                    failure -> dialogs.showError("Could not export the frames", FailureText.of(failure)));
        }));
    }

    /** Where in the morph: 0 is the start, 1 the result. */
    public DoubleProperty positionProperty() {
        return position;
    }

    /** The frame shown. */
    public ReadOnlyObjectProperty<RasterImage> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** The frames rendered, for tests. */
    List<RasterImage> frames() {
        return frames;
    }
}
