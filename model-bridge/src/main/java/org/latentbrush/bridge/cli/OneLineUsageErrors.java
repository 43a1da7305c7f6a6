package org.latentbrush.bridge.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Turns a command line that does not parse (an unknown option, a value of the wrong type, a
 * missing required option) into one line on standard error and exit code 2, pointing at
 * {@code --help} instead of printing the whole usage.
 */
final class OneLineUsageErrors implements IParameterExceptionHandler {

    static final int USAGE_ERROR = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String command = cmd.getCommandSpec().qualifiedName(" ");
        // Picocli starts some messages with "Error: ", which the program's prefix already says.
        String message = String.valueOf(e.getMessage()).replaceFirst("^Error: ", "");
        cmd.getErr().println("latent-brush: " + message + " (see '" + command + " --help')");
        return USAGE_ERROR;
    }
}
