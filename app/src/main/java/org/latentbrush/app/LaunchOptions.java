package org.latentbrush.app;

import java.nio.file.Path;
import java.util.List;
import org.latentbrush.app.session.DataFolders;

/**
 * The editor's command line.
 *
 * <pre>
 * latent-brush-editor [--model NAME|FOLDER] [--replay STROKES.json] [--ready-file FILE]
 *                     [--timings FILE.json [--draw-speed PX]] [--data-dir DIR] [--seed N] [--no-recovery]
 *                     [SESSION.lbrush | PHOTO.jpg]
 * </pre>
 *
 * @param model the model to open, or {@code null} for the last one used
 * @param replay a strokes file to paint after start (screenshots, demos), or {@code null}
 * @param readyFile a file to create once the replayed strokes are optimised, or {@code null}
 * @param timings a file to write, with {@code replay}, each replayed stroke's time to its first
 *     preview and to its settled result (the strokes are then painted one at a time), or {@code null}
 * @param drawSpeed with {@code timings}, how fast each stroke is drawn along its path, in canvas
 *     pixels a second, as a hand draws it; 0 puts each stroke down whole
 * @param dataDir the folder for autosave and the crash marker, or {@code null} for the usual one
 * @param seed the seed of the first random image, or {@code null} for a random one
 * @param noRecovery whether to skip the offer to recover a crashed session
 * @param session a session file, or a PNG or JPEG photo, to open; or {@code null}
 */
public record LaunchOptions(String model, Path replay, Path readyFile, Path timings, double drawSpeed,
        Path dataDir, Long seed, boolean noRecovery, Path session) {

    /** The usage text. */
    public static final String USAGE = "usage: latent-brush-editor [--model NAME|FOLDER] [--replay STROKES.json]"
            + " [--ready-file FILE] [--timings FILE.json [--draw-speed PX]] [--data-dir DIR] [--seed N] [--no-recovery]"
            + " [SESSION.lbrush | PHOTO.jpg]";

    /** No options: the last model, nothing to replay. */
    public static LaunchOptions defaults() {
        return new LaunchOptions(null, null, null, null, 0, null, null, false, null);
    }

    /**
     * Parses the command line.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException with a one-line reason for bad arguments
     */
    public static LaunchOptions parse(List<String> args) {
        String model = null;
        Path replay = null;
        Path ready = null;
        Path timings = null;
        double drawSpeed = 0;
        Path data = null;
        Long seed = null;
        boolean noRecovery = false;
        Path session = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--model" -> model = value(args, ++i, arg);
                case "--replay" -> replay = Path.of(value(args, ++i, arg));
                case "--ready-file" -> ready = Path.of(value(args, ++i, arg));
                case "--timings" -> timings = Path.of(value(args, ++i, arg));
                case "--draw-speed" -> drawSpeed = speed(value(args, ++i, arg));
                case "--data-dir" -> data = Path.of(value(args, ++i, arg));
                case "--seed" -> {
                    String text = value(args, ++i, arg);
                    try {
                        seed = Long.parseLong(text);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--seed needs a whole number, was '" + text + "'");
                    }
                }
                case "--no-recovery" -> noRecovery = true;
                default -> {
                    if (arg.startsWith("--") || session != null) {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'");
                    }
                    session = Path.of(arg);
                }
            }
        }
        if (timings != null && replay == null) {
            throw new IllegalArgumentException("--timings needs --replay: it times the replayed strokes");
        }
        if (drawSpeed > 0 && timings == null) {
            throw new IllegalArgumentException("--draw-speed needs --timings: it sets how the timed strokes are drawn");
        }
        return new LaunchOptions(model, replay, ready, timings, drawSpeed, data, seed, noRecovery, session);
    }

    /** A drawing speed: a finite number of pixels a second, 0 or more; checked before use. */
    private static double speed(String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--draw-speed needs a number of pixels a second, was '" + text + "'");
        }
        if (!(value >= 0) || value > 100_000) {
            throw new IllegalArgumentException("--draw-speed must be from 0 to 100000 pixels a second, was " + text);
        }
        return value;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /** The folder for autosave, the crash marker and the engine's cache: {@code --data-dir} or the usual one. */
    public Path dataFolder() {
        return dataDir != null ? dataDir : DataFolders.userDataFolder();
    }

    /** These options with another model. */
    public LaunchOptions withModel(String newModel) {
        return new LaunchOptions(newModel, replay, readyFile, timings, drawSpeed, dataDir, seed, noRecovery, session);
    }

    /** These options with another data folder. */
    public LaunchOptions withDataDir(Path dir) {
        return new LaunchOptions(model, replay, readyFile, timings, drawSpeed, dir, seed, noRecovery, session);
    }

    /** These options with a fixed seed. */
    public LaunchOptions withSeed(long newSeed) {
        return new LaunchOptions(model, replay, readyFile, timings, drawSpeed, dataDir, newSeed, noRecovery, session);
    }
}
