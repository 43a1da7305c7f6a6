package org.latentbrush.bridge.cli;

import org.latentbrush.bridge.io.IoMessages;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on standard error and exit code 1.
 *
 * <p>Expected failures (bad files, missing models) carry a message written for users; anything
 * else is reported with its type too, and the stack trace only with {@code -Dlatentbrush.debug}.
 */
final class OneLineErrors implements IExecutionExceptionHandler {

    static final int INPUT_ERROR = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        String message = e instanceof java.io.IOException io ? IoMessages.of(io)
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // File problems are the user's to fix (a path, a permission, a full disk) and are said in
        // words; other exceptions are bugs and keep their type.
        boolean expected = e instanceof java.io.IOException || e instanceof UserInputException
                || e instanceof org.latentbrush.bridge.generator.ModelLoadException
                || e instanceof org.latentbrush.bridge.constraint.StrokesFormatException
                || e instanceof org.latentbrush.bridge.photo.PhotoException;
        if (Progress.wasDrawn()) {
            // A bar redraws its line from a thread of its own and may not have ended it yet.
            cmd.getErr().println();
        }
        cmd.getErr().println("latent-brush: " + (expected ? message
                : e.getClass().getSimpleName() + ": " + message));
        if (Boolean.getBoolean("latentbrush.debug")) {
            e.printStackTrace(cmd.getErr());
        }
        return INPUT_ERROR;
    }
}
