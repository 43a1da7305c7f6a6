package org.latentbrush.bridge.generator;

import java.nio.file.Path;

/**
 * A model folder, manifest or weight file that cannot be used, with a message a user can act on.
 *
 * <p>The message always names the file and the problem, e.g. {@code "models/foo/generator.params:
 * parameter '03SubPixelUpsample_weight' contains NaN values"}.
 */
public final class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param file the file at fault (its name is put in the message)
     * @param problem what is wrong with it
     */
    public ModelLoadException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param file the file at fault
     * @param problem what is wrong with it
     * @param cause the low-level error
     */
    public ModelLoadException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
    }

    private ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The exception for a file every model or upscaler folder has under the same name, such as
     * {@code manifest.json} or {@code generator.params}: the message names it by its path as given
     * ({@code "models/foo/manifest.json: ..."}), so that a user with several folders sees which one
     * is at fault.
     *
     * @param file the file at fault, as the user's folder path resolves it
     * @param problem what is wrong with it
     * @param cause the low-level error, or {@code null}
     * @return the exception
     */
    public static ModelLoadException inFolder(Path file, String problem, Throwable cause) {
        return new ModelLoadException(file + ": " + problem, cause);
    }
}
