package org.latentbrush.bridge.io;

/** The Java heap's free memory, as {@link FreeMemory#heap()} reports it. */
final class HeapMemory implements FreeMemory {

    static final HeapMemory INSTANCE = new HeapMemory();

    private HeapMemory() {}

    @Override
    public long bytes() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    @Override
    public boolean fits(long needed) {
        if (needed <= bytes()) {
            return true;
        }
        System.gc(); // Once, before saying no: garbage may be holding what is needed.
        return needed <= bytes();
    }
}
