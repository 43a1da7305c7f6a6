package org.latentbrush.bridge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.latentbrush.bridge.constraint.ConstraintSet;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.LatentPaths;
import org.latentbrush.bridge.optim.CandidateBatch;
import org.latentbrush.bridge.optim.EditStart;
import org.latentbrush.bridge.optim.LatentOptimizer;
import org.latentbrush.bridge.optim.LiveOptimizer;
import org.latentbrush.bridge.optim.OptimizerSettings;

/**
 * Measures the optimiser as a user meets it: step times, whole edits, first previews, memory.
 *
 * <p>Step times are read between the optimiser's per-iteration cancellation polls, so they time the
 * real loop (forward, backward to z, Adam, best-so-far bookkeeping) and nothing else.
 */
public final class OptimizerBenchmark {

    /** Snapshots would add host copies to the timed steps: publish only at the end. */
    private static final int NO_PUBLISHING = Integer.MAX_VALUE;

    private final GanModel model;
    private final LatentOptimizer optimizer;
    private final double startBankMillis;

    /**
     * Prepares the benchmark: renders the start bank first, as the editor does while idle after
     * loading, so that edits start as the editor's do a few seconds after launch.
     *
     * @param model the generator
     */
    public OptimizerBenchmark(GanModel model) {
        this.model = model;
        long t0 = System.nanoTime();
        this.optimizer = LatentOptimizer.withStartBank(model);
        this.startBankMillis = (System.nanoTime() - t0) / 1e6;
    }

    /** How long rendering the start bank took, in ms: the editor's idle work after loading. */
    public double startBankMillis() {
        return startBankMillis;
    }

    /**
     * Times optimiser steps at one batch size.
     *
     * @param strokes the constraints
     * @param batch candidates per step
     * @param steps timed steps (after {@code warmup} untimed ones)
     * @param warmup untimed steps first
     * @return per-step milliseconds
     */
    public Stats stepMillis(ConstraintSet strokes, int batch, int steps, int warmup) {
        OptimizerSettings settings = OptimizerSettings.igan().withCandidates(batch)
                .withIterations(steps + warmup).withPublishEvery(NO_PUBLISHING);
        List<Double> times = new ArrayList<>();
        long[] last = {0};
        int[] polls = {0};
        optimizer.optimize(strokes, EditStart.fresh(), settings, b -> { }, () -> {
            long now = System.nanoTime();
            if (polls[0]++ > warmup) {
                times.add((now - last[0]) / 1e6);
            }
            last[0] = now;
            return false;
        });
        return Stats.of(times.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** One protocol's edits: latency and final colour error. */
    public record EditFigures(Stats millis, double meanColorError, int edits) {}

    /**
     * Runs whole edits with a protocol, each from a fresh current result as in the editor.
     *
     * @param strokes the constraints
     * @param settings the protocol
     * @param edits how many edits (different seeds)
     * @param fromCurrent start from a random current result (the editor always has one) rather than
     *     from random restarts only
     * @param progress told after each edit
     * @return latency and mean final colour error
     */
    public EditFigures edits(ConstraintSet strokes, OptimizerSettings settings, int edits,
            boolean fromCurrent, IntConsumer progress) {
        double[] millis = new double[edits];
        double error = 0;
        for (int e = 0; e < edits; e++) {
            EditStart start = fromCurrent
                    ? EditStart.from(LatentPaths.random(model.manifest().latentSize(), 1000 + e))
                    : EditStart.fresh();
            long t0 = System.nanoTime();
            CandidateBatch result = optimizer.optimize(strokes, start,
                    settings.withSeed(e).withPublishEvery(NO_PUBLISHING), b -> { }, () -> false);
            millis[e] = (System.nanoTime() - t0) / 1e6;
            error += result.best().colorError();
            progress.accept(e + 1);
        }
        return new EditFigures(Stats.of(millis), error / edits, edits);
    }

    /**
     * Times from submitting strokes to the live optimiser to its first snapshot.
     *
     * <p>One live optimiser serves every trial, as one serves the editor for a whole session; a
     * warm-up edit comes first, so that the figure is a stroke's, not the program's start-up.
     *
     * @param strokes the constraints
     * @param settings the live protocol
     * @param trials how many submissions
     * @return milliseconds to the first preview
     * @throws InterruptedException if interrupted
     */
    public Stats firstPreviewMillis(ConstraintSet strokes, OptimizerSettings settings, int trials)
            throws InterruptedException {
        double[] millis = new double[trials];
        AtomicReference<CountDownLatch> first = new AtomicReference<>(new CountDownLatch(1));
        AtomicLong at = new AtomicLong();
        try (LiveOptimizer live = new LiveOptimizer(model, settings, b -> {
            CountDownLatch latch = first.get();
            if (latch.getCount() > 0) {
                at.set(System.nanoTime());
                latch.countDown();
            }
        }, e -> { })) {
            awaitStartBank(live);
            for (int i = -1; i < trials; i++) {
                first.set(new CountDownLatch(1));
                live.restore(LatentPaths.random(model.manifest().latentSize(), 77 + i), null);
                long t0 = System.nanoTime();
                live.submit(strokes);
                first.get().await(1, TimeUnit.MINUTES);
                if (i >= 0) {
                    millis[i] = (at.get() - t0) / 1e6;
                }
                live.cancel();
                live.awaitIdle(60_000);
            }
        }
        return Stats.of(millis);
    }

    /** Waits for the live optimiser's start bank, so previews are timed as in a settled editor. */
    private static void awaitStartBank(LiveOptimizer live) throws InterruptedException {
        try {
            live.startBankDone().get(5, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the start bank was not rendered: " + e.getMessage(), e);
        }
    }

    /**
     * Resident memory after 10 edits, after 100 (when there are that many) and after all of them.
     * The C library keeps the pages of the engine's freed buffers for reuse, so resident memory
     * climbs over the first hundred or so edits to where their peaks leave it and then stays: the
     * reading after 100 is the one a leak would move away from.
     */
    public record MemoryFigures(long afterTen, long afterHundred, long afterAll, long peak, int edits) {

        /** The change from the 100th edit to the last, or from the 10th when there are fewer. */
        public double growthAfterWarmUp() {
            long from = afterHundred > 0 ? afterHundred : afterTen;
            return (double) (afterAll - from) / from;
        }
    }

    /**
     * Runs many short edits back to back and reads resident memory, to show nothing accumulates.
     *
     * @param strokes the constraints
     * @param settings the protocol (its iteration count is shortened; memory per edit does not
     *     depend on it)
     * @param edits how many edits, at least 10
     * @param progress told after each edit
     * @return the readings
     */
    public MemoryFigures memory(ConstraintSet strokes, OptimizerSettings settings, int edits,
            IntConsumer progress) {
        OptimizerSettings shortEdits = settings.withIterations(3).withPublishEvery(1);
        long afterTen = -1;
        long afterHundred = -1;
        for (int e = 1; e <= edits; e++) {
            optimizer.optimize(strokes, EditStart.fresh(), shortEdits.withSeed(e), b -> { }, () -> false);
            if (e == 10 || e == 100) {
                System.gc();
                long now = ResidentMemory.current();
                if (e == 10) {
                    afterTen = now;
                } else {
                    afterHundred = now;
                }
            }
            progress.accept(e);
        }
        System.gc();
        return new MemoryFigures(afterTen, afterHundred, ResidentMemory.current(), ResidentMemory.peak(), edits);
    }
}
