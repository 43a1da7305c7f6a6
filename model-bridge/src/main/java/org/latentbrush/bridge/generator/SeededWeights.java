package org.latentbrush.bridge.generator;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.function.Supplier;

/**
 * The one way to initialise weights: under the engine's random generator, one initialisation at a
 * time across the process.
 *
 * <p>The engine draws initial weights from a single process-wide generator that a seed resets. Two
 * threads initialising at once (a model loading on the editor's engine thread while a trainer
 * starts, or one test's engine still loading while the next test seeds) interleave their draws,
 * so "the same seed gives the same weights" silently breaks: a resumed run then no longer matches
 * the straight one. Holding one lock from the seed to the last draw keeps every seeded
 * initialisation exact, and an unseeded one (whose values a load overwrites) out of its way.
 */
public final class SeededWeights {

    private static final Object GENERATOR = new Object();

    private SeededWeights() {
    }

    /**
     * Seeds the engine's generator and runs an initialisation with no other initialisation between.
     *
     * @param seed the seed
     * @param initialisation builds and initialises networks
     * @param <T> what it builds
     * @return what it built
     */
    public static <T> T seeded(long seed, Supplier<T> initialisation) {
        synchronized (GENERATOR) {
            Engine.getInstance().setRandomSeed((int) seed);
            return initialisation.get();
        }
    }

    /**
     * Initialises a block's parameters, drawing from the generator while no one else does; inside
     * {@link #seeded} it draws from that seed's stream.
     *
     * @param block the block, its initialisers set
     * @param manager owns the parameters
     * @param dataType their type
     * @param input the input shapes
     */
    public static void initialise(Block block, NDManager manager, DataType dataType, Shape... input) {
        synchronized (GENERATOR) {
            block.initialize(manager, dataType, input);
        }
    }
}
