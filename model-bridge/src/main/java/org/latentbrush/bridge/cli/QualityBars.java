package org.latentbrush.bridge.cli;

import me.tongfei.progressbar.ProgressBar;
import org.latentbrush.bridge.quality.QualityListener;

/** One progress bar per stage of a measurement, on standard error. */
final class QualityBars implements QualityListener {

    private ProgressBar bar;

    @Override
    public void stageStarted(String stage, long total) {
        bar = Progress.bar(stage, total);
    }

    @Override
    public void advanced(long done) {
        bar.stepTo(done);
    }

    @Override
    public void stageFinished() {
        bar.close();
    }
}
