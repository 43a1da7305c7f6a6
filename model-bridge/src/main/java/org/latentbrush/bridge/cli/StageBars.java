package org.latentbrush.bridge.cli;

import me.tongfei.progressbar.ProgressBar;
import org.latentbrush.bridge.photo.PhotoEditing;

/** One progress bar per stage of a photo edit, each closed when the next one starts. */
final class StageBars implements PhotoEditing.Listener, AutoCloseable {

    private ProgressBar bar;
    private String current;

    @Override
    public void progress(int frame, int frames, PhotoEditing.Stage stage, int done, int total) {
        String name = stage.name().toLowerCase(java.util.Locale.ROOT)
                + (frames > 1 ? " " + (frame + 1) + "/" + frames : "");
        if (!name.equals(current)) {
            close();
            bar = Progress.bar(name, total);
            current = name;
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
