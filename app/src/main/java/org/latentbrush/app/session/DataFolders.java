package org.latentbrush.app.session;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the editor keeps its own files (autosave, crash marker), by the platform's custom. */
public final class DataFolders {

    /** System property that names the data folder explicitly (tests, portable installs). */
    public static final String PROPERTY = "latentbrush.data";

    private static final String APP = "latent-brush";

    private DataFolders() {}

    /** The data folder for this user on this platform. */
    public static Path userDataFolder() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /**
     * Resolves the data folder.
     *
     * @param override an explicit folder, or {@code null}
     * @param osName the operating system's name
     * @param home the user's home folder
     * @param env the environment
     * @return the folder: {@code ~/.local/share/latent-brush} on Linux ({@code $XDG_DATA_HOME} if set),
     *     {@code ~/Library/Application Support/Latent Brush} on macOS, {@code %APPDATA%\Latent Brush}
     *     on Windows
     */
    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Latent Brush");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Latent Brush");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve(APP);
    }
}
