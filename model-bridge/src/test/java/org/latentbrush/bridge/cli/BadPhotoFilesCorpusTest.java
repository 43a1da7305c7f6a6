package org.latentbrush.bridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad photos, as a user might hand them over to {@code invert}, {@code edit} and {@code upscale}:
 * damaged, truncated, empty, of another format, claiming an absurd size, a folder, missing, or
 * with a frame that does not fit. Every file is made here; each must be refused as
 * {@link RefusalCheck} says. {@link BadModelFilesCorpusTest} covers model and upscaler folders,
 * {@link BadArgumentsCorpusTest} bad option values.
 */
class BadPhotoFilesCorpusTest {

    @TempDir
    static Path dir;
    private static Path model;
    private static Path upscaler;

    @BeforeAll
    static void writeInputs() throws IOException {
        model = TinyCliModel.writeTo(dir);
        upscaler = TinyCliUpscaler.writeTo(dir);
        ImageIO.write(BadImages.gradient(40, 30), "png", dir.resolve("photo.png").toFile());
        BadImages.writeStrokes(dir.resolve("strokes.json"));
        byte[] png = encode(64, 48, "png");
        byte[] jpeg = encode(64, 48, "jpeg");
        Files.write(dir.resolve("corrupt.png"), corrupt(png));
        Files.write(dir.resolve("corrupt.jpg"), corrupt(jpeg));
        Files.write(dir.resolve("truncated.png"), Arrays.copyOf(png, png.length / 2));
        Files.write(dir.resolve("truncated.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        Files.write(dir.resolve("zero.png"), new byte[0]);
        Files.write(dir.resolve("zero.jpg"), new byte[0]);
        Files.write(dir.resolve("zero.json"), new byte[0]);
        Files.writeString(dir.resolve("notes.jpg"), "eggs, milk, bread");
        Files.write(dir.resolve("anim.gif"), encode(16, 16, "gif"));
        Files.write(dir.resolve("paint.bmp"), encode(16, 16, "bmp"));
        Files.write(dir.resolve("bomb.png"), claiming(png, 100_000, 100_000));
        Files.write(dir.resolve("flat.png"), claiming(png, 0, 0));
        Files.createDirectories(dir.resolve("folder.png"));
    }

    /** The first bytes of a file (its signature and header) followed by garbage. */
    private static byte[] corrupt(byte[] file) {
        byte[] out = Arrays.copyOf(file, file.length);
        for (int i = 40; i < out.length; i++) {
            out[i] = (byte) (i * 31 + 7);
        }
        return out;
    }

    /** A PNG whose IHDR claims another size, with the chunk's CRC corrected to match. */
    private static byte[] claiming(byte[] png, int width, int height) {
        byte[] out = png.clone();
        ByteBuffer.wrap(out, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(out, 12, 17);
        ByteBuffer.wrap(out, 29, 4).putInt((int) crc.getValue());
        return out;
    }

    private static byte[] encode(int width, int height, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(true, ImageIO.write(BadImages.gradient(width, height), format, out), format);
        return out.toByteArray();
    }

    // ---- the commands, as a user types them; what they would write goes to out/ ----

    private static String in(String name) {
        return dir.resolve(name).toString();
    }

    private static String out(String name) {
        return dir.resolve("out").resolve(name).toString();
    }

    private static List<String> invert(String image, String... more) {
        return with(List.of("invert", "--model", model.toString(), "--image", in(image), "--out", out("inv")), more);
    }

    private static List<String> edit(String image, String... more) {
        return with(List.of("edit", "--model", model.toString(), "--image", in(image), "--strokes",
                in("strokes.json"), "--out", out("edited.png")), more);
    }

    private static List<String> upscale(String image) {
        return List.of("upscale", "--upscaler", upscaler.toString(), "--image", in(image), "--out", out("big.png"));
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> args = new ArrayList<>(base);
        args.addAll(List.of(more));
        return args;
    }

    private static Arguments bad(String name, Supplier<List<String>> args, String mentions) {
        return Arguments.of(name, args, mentions);
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                bad("invert corrupt PNG", () -> invert("corrupt.png"), "corrupt.png: the file is damaged"),
                bad("edit corrupt PNG", () -> edit("corrupt.png"), "corrupt.png: the file is damaged"),
                bad("invert corrupt JPEG", () -> invert("corrupt.jpg"), "corrupt.jpg: "),
                bad("upscale corrupt JPEG", () -> upscale("corrupt.jpg"), "corrupt.jpg: "),
                bad("invert truncated JPEG", () -> invert("truncated.jpg"), "truncated.jpg: the file is damaged or truncated"),
                bad("edit truncated JPEG", () -> edit("truncated.jpg"), "truncated.jpg: the file is damaged or truncated"),
                bad("upscale truncated PNG", () -> upscale("truncated.png"), "truncated.png: the file is damaged"),
                bad("invert zero-byte PNG", () -> invert("zero.png"), "zero.png: the file is empty"),
                bad("edit zero-byte JPEG", () -> edit("zero.jpg"), "zero.jpg: the file is empty"),
                bad("upscale zero-byte PNG", () -> upscale("zero.png"), "zero.png: the file is empty"),
                bad("edit zero-byte strokes", () -> with(List.of("edit", "--model", model.toString(), "--image",
                        in("photo.png"), "--strokes", in("zero.json"), "--out", out("edited.png"))),
                        "zero.json: the file is empty"),
                bad("edit text named .jpg", () -> edit("notes.jpg"), "notes.jpg: not a PNG or JPEG"),
                bad("invert GIF", () -> invert("anim.gif"), "anim.gif: GIF images are not supported"),
                bad("upscale BMP", () -> upscale("paint.bmp"), "paint.bmp: BMP images are not supported"),
                bad("invert 100000x100000 header", () -> invert("bomb.png"), "bomb.png: 100000x100000 pixels"),
                bad("edit 100000x100000 header", () -> edit("bomb.png"), "bomb.png: 100000x100000 pixels"),
                bad("upscale 100000x100000 header", () -> upscale("bomb.png"), "bomb.png: 100000x100000 pixels"),
                bad("invert 0x0 header", () -> invert("flat.png"), "flat.png: "),
                bad("invert folder as image", () -> invert("folder.png"), "folder.png: not a file"),
                bad("upscale folder as image", () -> upscale("folder.png"), "folder.png: not a file"),
                bad("edit missing photo", () -> edit("absent.jpg"), "absent.jpg: file not found"),
                bad("upscale missing photo", () -> upscale("absent.png"), "absent.png: file not found"),
                bad("invert --frame two numbers", () -> invert("photo.png", "--frame", "1,2"), "--frame"),
                bad("invert --frame negative", () -> invert("photo.png", "--frame", "-1,0,10"), "--frame"),
                bad("edit --frame side 0", () -> edit("photo.png", "--frame", "0,0,0"), "--frame"),
                bad("edit --frame beyond the photo", () -> edit("photo.png", "--frame", "0,0,1000"),
                        "does not fit inside the 40x30 photo"),
                bad("invert --frame words", () -> invert("photo.png", "--frame", "left,top,big"), "--frame"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badPhoto_oneClearLine_exitOne_nothingWritten(String name, Supplier<List<String>> args, String mentions) {
        RefusalCheck.assertRefused(name, 1, args.get(), mentions, dir);
    }
}
