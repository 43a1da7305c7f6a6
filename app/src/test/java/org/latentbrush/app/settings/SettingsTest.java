package org.latentbrush.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private Preferences node;
    private Settings settings;

    @BeforeEach
    void freshNode() {
        node = Preferences.userRoot().node("org/latentbrush/test/settings-" + System.nanoTime());
        settings = new Settings(node);
    }

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void window_neverSaved_givesDefaults() {
        WindowBounds b = settings.window();
        assertTrue(Double.isNaN(b.x()));
        assertEquals(WindowBounds.DEFAULT_WIDTH, b.width());
        assertNull(settings.lastModel());
    }

    @Test
    void setters_thenGetters_remember() {
        settings.setWindow(new WindowBounds(10, 20, 800, 600, true));
        settings.setLastModel("landscape-64");
        settings.setBrushRadius(7);
        settings.setBrushColor(0x123456);
        assertEquals(new WindowBounds(10, 20, 800, 600, true), new Settings(node).window());
        assertEquals("landscape-64", new Settings(node).lastModel());
        assertEquals(7, new Settings(node).brushRadius(1));
        assertEquals(0x123456, new Settings(node).brushColor(0));
    }

    @Test
    void addRecentFile_again_movesToFrontWithoutDuplicate() {
        settings.addRecentFile(Path.of("/a.lbrush"));
        settings.addRecentFile(Path.of("/b.lbrush"));
        settings.addRecentFile(Path.of("/a.lbrush"));
        assertEquals(java.util.List.of(Path.of("/a.lbrush"), Path.of("/b.lbrush")), settings.recentFiles());
    }

    @Test
    void addRecentFile_pastLimit_keepsNewest() {
        for (int i = 0; i < Settings.MAX_RECENT + 3; i++) {
            settings.addRecentFile(Path.of("/f" + i + ".lbrush"));
        }
        assertEquals(Settings.MAX_RECENT, settings.recentFiles().size());
        assertEquals(Path.of("/f" + (Settings.MAX_RECENT + 2) + ".lbrush"), settings.recentFiles().get(0));
    }
}
