package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The drag command writes its pictures and report, and refuses bad points and steps in one line. */
class DragCommandTest {

    @TempDir
    static Path dir;

    private static Path model;

    @BeforeAll
    static void tinyModel() {
        model = TinyCliModel.writeTo(dir);
    }

    private static List<String> drag(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("drag", "--model", model.toString(), "--seed", "3",
                "--out", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void drag_writesBeforeAfterAndAReportOfEachHandle() throws Exception {
        Path out = dir.resolve("dragged");
        String[] run = CapturedRun.runCapturing(drag(out, "--handle", "4,8", "--target", "10,8",
                "--handle", "12.5,3", "--target", "12.5,9", "--steps", "3").toArray(String[]::new));
        assertEquals("0", run[0], run[1]);
        for (String name : new String[] {"before.png", "after.png"}) {
            BufferedImage image = ImageIO.read(out.resolve(name).toFile());
            assertEquals(16, image.getWidth(), name);
            assertEquals(16, image.getHeight(), name);
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("tiny-16", report.get("model").asText());
        assertEquals(3, report.get("seed").asLong());
        assertEquals(3, report.get("maxSteps").asInt());
        assertTrue(report.get("steps").asInt() <= 3);
        assertTrue(report.get("millis").asLong() >= 0);
        JsonNode handles = report.get("handles");
        assertEquals(2, handles.size());
        assertEquals(List.of(12.5, 3.0), List.of(handles.get(1).get("start").get(0).asDouble(),
                handles.get(1).get("start").get(1).asDouble()));
        assertEquals(List.of(12.5, 9.0), List.of(handles.get(1).get("target").get(0).asDouble(),
                handles.get(1).get("target").get(1).asDouble()));
        assertEquals(6.0, handles.get(0).get("startDistance").asDouble(), 1e-9);
        JsonNode end = handles.get(0).get("end");
        assertEquals(Math.hypot(10 - end.get(0).asDouble(), 8 - end.get(1).asDouble()),
                handles.get(0).get("endDistance").asDouble(), 1e-9);
        JsonNode imageEnd = handles.get(0).get("imageEnd");
        assertEquals(8, imageEnd.get(1).asDouble(), 2.0 + 1e-9, "searched along the path, at most 2 pixels aside");
        assertEquals(Math.hypot(10 - imageEnd.get(0).asDouble(), 8 - imageEnd.get(1).asDouble()),
                handles.get(0).get("imageEndDistance").asDouble(), 1e-9);
        assertEquals(8, report.get("z").size(), "the dragged latent, to continue from");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("handle right of the image", 1, new String[] {"--handle", "17,3", "--target", "8,8"},
                        "--handle 17,3"),
                Arguments.of("target above the image", 1, new String[] {"--handle", "3,3", "--target", "8,-0.5"},
                        "--target 8,-0.5"),
                Arguments.of("more handles than targets", 1, new String[] {"--handle", "3,3", "--handle", "5,5",
                    "--target", "8,8"}, "--target"),
                Arguments.of("no steps", 1, new String[] {"--handle", "3,3", "--target", "8,8", "--steps", "0"},
                        "--steps"),
                Arguments.of("negative steps", 1, new String[] {"--handle", "3,3", "--target", "8,8", "--steps",
                    "-4"}, "--steps"),
                Arguments.of("point that is not X,Y", 2, new String[] {"--handle", "3;3", "--target", "8,8"},
                        "--handle"),
                Arguments.of("point that is not finite", 2, new String[] {"--handle", "NaN,3", "--target", "8,8"},
                        "--handle"),
                Arguments.of("no target", 2, new String[] {"--handle", "3,3"}, "--target"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void drag_badPointsOrSteps_refusedInOneLineNamingTheOption(String name, int code, String[] points,
            String mentions) throws Exception {
        Path watched = Files.createDirectories(dir.resolve("refused"));
        RefusalCheck.assertRefused(name, code, drag(watched.resolve("out"), points), mentions, watched);
    }

    @Test
    void drag_unknownModel_refusedNamingIt() throws Exception {
        Path watched = Files.createDirectories(dir.resolve("refused-model"));
        RefusalCheck.assertRefused("unknown model", 1, List.of("drag", "--model", "no-such-model", "--handle",
                "3,3", "--target", "8,8", "--out", watched.resolve("out").toString()), "no-such-model", watched);
    }
}
