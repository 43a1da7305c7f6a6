package org.latentbrush.bridge.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.latentbrush.bridge.training.StepLosses;
import org.latentbrush.bridge.training.TrainingListener;

/**
 * Shows a training run on standard error: a progress bar with the losses and the time left, and a
 * line per checkpoint.
 *
 * <p>On a terminal the bar redraws in place every second. Redirected to a log file (a long run
 * under {@code nohup}) it prints a fresh line every minute instead, so the log stays readable.
 */
final class TrainingProgress implements TrainingListener, AutoCloseable {

    private static final int TERMINAL_INTERVAL_MS = 1_000;
    private static final int LOG_INTERVAL_MS = 60_000;

    private final String task;
    private final String firstLoss;
    private final String secondLoss;
    private final PrintStream err;
    private final boolean terminal;
    private ProgressBar bar;

    /**
     * Creates the display.
     *
     * @param task the bar's label
     * @param firstLoss the name of {@link StepLosses#discriminator()} in this run, e.g. "D"
     * @param secondLoss the name of {@link StepLosses#generator()} in this run, e.g. "G"
     * @param err where to write
     */
    TrainingProgress(String task, String firstLoss, String secondLoss, PrintStream err) {
        this.task = task;
        this.firstLoss = firstLoss;
        this.secondLoss = secondLoss;
        this.err = err;
        this.terminal = System.console() != null;
    }

    @Override
    public void started(long completedSteps, long totalSteps) {
        ProgressBarConsumer consumer = terminal ? new ConsoleProgressBarConsumer(err)
                : new DelegatingProgressBarConsumer(err::println);
        // The elapsed time before a resume is unknown here; zero keeps the ETA to this session's pace.
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totalSteps)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(consumer)
                .setUpdateIntervalMillis(terminal ? TERMINAL_INTERVAL_MS : LOG_INTERVAL_MS)
                .startsFrom(completedSteps, Duration.ZERO).showSpeed().build();
    }

    @Override
    public void stepped(long completedSteps, StepLosses losses) {
        bar.stepTo(completedSteps);
        bar.setExtraMessage(format(losses));
    }

    @Override
    public void sampled(long completedSteps, Path file) {
        if (!terminal) {
            err.println("step " + completedSteps + ": samples " + file);
        }
    }

    @Override
    public void checkpointed(long completedSteps, StepLosses averageLosses) {
        if (!terminal) {
            err.println("step " + completedSteps + ": checkpoint saved; mean of recent steps:"
                    + format(averageLosses));
        }
    }

    private String format(StepLosses losses) {
        return String.format(Locale.ROOT, " %s %.4f %s %.4f", firstLoss, losses.discriminator(),
                secondLoss, losses.generator());
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
