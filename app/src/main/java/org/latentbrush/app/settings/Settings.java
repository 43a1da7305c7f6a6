package org.latentbrush.app.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the editor remembers between runs, kept with {@link java.util.prefs.Preferences}.
 *
 * <p>The node is injected, so tests use a throw-away node.
 */
public final class Settings {

    /** The user's preferences node, which the application uses. */
    public static final String DEFAULT_NODE = "org/latentbrush/editor";
    /** Recent files kept. */
    public static final int MAX_RECENT = 8;

    private static final String RECENT_SEPARATOR = "\n";

    private final Preferences node;

    public Settings(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    public WindowBounds window() {
        return new WindowBounds(node.getDouble("window.x", Double.NaN), node.getDouble("window.y", Double.NaN),
                node.getDouble("window.width", WindowBounds.DEFAULT_WIDTH),
                node.getDouble("window.height", WindowBounds.DEFAULT_HEIGHT),
                node.getBoolean("window.maximized", false));
    }

    public void setWindow(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
    }

    /** The model opened last, or {@code null}. */
    public String lastModel() {
        return node.get("model.last", null);
    }

    public void setLastModel(String reference) {
        node.put("model.last", reference);
    }

    /** Model folders the user opened, newest first. */
    public List<String> modelFolders() {
        return list("model.folders");
    }

    public void addModelFolder(String folder) {
        putFirst("model.folders", folder);
    }

    public double brushRadius(double fallback) {
        return node.getDouble("brush.radius", fallback);
    }

    public void setBrushRadius(double radius) {
        node.putDouble("brush.radius", radius);
    }

    /** The brush colour as 0xRRGGBB. */
    public int brushColor(int fallback) {
        return node.getInt("brush.color", fallback);
    }

    public void setBrushColor(int rgb) {
        node.putInt("brush.color", rgb);
    }

    public String tool(String fallback) {
        return node.get("brush.tool", fallback);
    }

    public void setTool(String tool) {
        node.put("brush.tool", tool);
    }

    /** The last scale chosen for Export PNG, or {@code fallback}. */
    public int exportScale(int fallback) {
        return node.getInt("export.scale", fallback);
    }

    public void setExportScale(int scale) {
        node.putInt("export.scale", scale);
    }

    public boolean showStrokes() {
        return node.getBoolean("view.strokes", true);
    }

    public void setShowStrokes(boolean show) {
        node.putBoolean("view.strokes", show);
    }

    /** Recently opened or saved session files, newest first. */
    public List<Path> recentFiles() {
        return list("files.recent").stream().map(Path::of).toList();
    }

    public void addRecentFile(Path file) {
        putFirst("files.recent", file.toAbsolutePath().normalize().toString());
    }

    public void removeRecentFile(Path file) {
        List<String> list = new ArrayList<>(list("files.recent"));
        list.remove(file.toAbsolutePath().normalize().toString());
        node.put("files.recent", String.join(RECENT_SEPARATOR, list));
    }

    private List<String> list(String key) {
        String value = node.get(key, "");
        return value.isEmpty() ? List.of() : List.of(value.split(RECENT_SEPARATOR));
    }

    private void putFirst(String key, String value) {
        List<String> list = new ArrayList<>(list(key));
        list.remove(value);
        list.add(0, value);
        node.put(key, String.join(RECENT_SEPARATOR, list.subList(0, Math.min(MAX_RECENT, list.size()))));
    }

    /** Writes the settings to the backing store now (they are also written at exit). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: losing them must not stop the editor.
        }
    }
}
