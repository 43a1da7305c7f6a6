package org.latentbrush.bridge.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on standard error, so standard output stays clean for results. */
public final class Progress {

    /** Whether a bar has drawn on standard error, whose last line may then lack its end. */
    private static volatile boolean drawn;

    private Progress() {}

    /** Whether any bar was started in this run. */
    static boolean wasDrawn() {
        return drawn;
    }

    /**
     * Starts a progress bar.
     *
     * @param task what is being done
     * @param max the number of steps
     * @return the bar; close it when done
     */
    public static ProgressBar bar(String task, long max) {
        drawn = true;
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().build();
    }
}
