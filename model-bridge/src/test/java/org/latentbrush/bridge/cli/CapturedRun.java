package org.latentbrush.bridge.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process for tests, capturing what it writes to standard error. */
final class CapturedRun {

    private CapturedRun() {}

    /** Runs the command line, returning the exit code and standard error. */
    static String[] runCapturing(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = LatentBrushCli.run(args);
        } finally {
            System.setErr(oldErr);
        }
        return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8)};
    }
}
