package org.latentbrush.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Checks that what installers/build.sh hands to jpackage exists and agrees with the program:
 * the launchers' main classes, the icon, the file association and the assets their options name.
 */
class InstallerInputsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path INSTALLERS = ROOT.resolve("installers");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(INSTALLERS.resolve(name))) {
            p.load(in);
        }
        return p;
    }

    @Test
    void launchers_nameMainClassesThatExist() throws Exception {
        for (String file : new String[] {"app.properties", "cli.properties"}) {
            String mainClass = load(file).getProperty("main-class");
            Class<?> type = Class.forName(mainClass);
            assertTrue(java.lang.reflect.Modifier.isStatic(type.getMethod("main", String[].class).getModifiers()),
                    file + ": " + mainClass + " has a static main");
        }
    }

    @Test
    void launchers_pointTheProgramAtTheBundledAssetsOffline() throws Exception {
        for (String file : new String[] {"app.properties", "cli.properties"}) {
            String options = load(file).getProperty("java-options");
            assertTrue(options.contains("-Dlatentbrush.assets=$APPDIR/assets"), file + ": " + options);
            assertTrue(options.contains("-Dai.djl.offline=true"), file + ": " + options);
        }
        assertTrue(Files.isRegularFile(ROOT.resolve("assets/models/landscape-64/manifest.json")),
                "the default model the launchers rely on is in assets");
    }

    @Test
    void icon_isASquarePngOfAtLeast128Pixels() throws Exception {
        Path icon = ROOT.resolve(load("app.properties").getProperty("icon"));
        BufferedImage image = ImageIO.read(icon.toFile());
        assertEquals(image.getWidth(), image.getHeight());
        assertTrue(image.getWidth() >= 128);
        assertTrue(Files.isRegularFile(INSTALLERS.resolve("latent-brush.ico")), "Windows icon");
    }

    @Test
    void fileAssociation_matchesTheEditorsSessionExtension() throws Exception {
        Properties association = load("lbrush.properties");
        assertEquals("lbrush", association.getProperty("extension"));
        assertFalse(association.getProperty("mime-type").isBlank());
        assertTrue(Files.readString(ROOT.resolve("docs/FORMATS.md")).contains(".lbrush"),
                "the session format the association opens is documented");
    }

    @Test
    void recipe_isExecutableAndUsesTheseInputs() throws Exception {
        Path recipe = INSTALLERS.resolve("build.sh");
        assertTrue(Files.isExecutable(recipe));
        String text = Files.readString(recipe);
        for (String input : new String[] {"app.properties", "cli.properties", "lbrush.properties",
                "--add-launcher latent-brush=", "--linux-shortcut", "jlink"}) {
            assertTrue(text.contains(input), "build.sh uses " + input);
        }
    }
}
