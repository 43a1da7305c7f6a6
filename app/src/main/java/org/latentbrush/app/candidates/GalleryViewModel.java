package org.latentbrush.app.candidates;

import java.util.function.IntConsumer;
import javafx.collections.ObservableList;
import org.latentbrush.bridge.api.EditCandidate;

/** The gallery of the optimiser's best candidates; picking one makes it the result. */
public final class GalleryViewModel {

    private final ObservableList<EditCandidate> candidates;
    private final IntConsumer picker;

    /**
     * Creates the gallery's view model.
     *
     * @param candidates ranked candidates, best first
     * @param picker makes the candidate at an index the result
     */
    public GalleryViewModel(ObservableList<EditCandidate> candidates, IntConsumer picker) {
        this.candidates = candidates;
        this.picker = picker;
    }

    public ObservableList<EditCandidate> candidates() {
        return candidates;
    }

    /** Makes the candidate at {@code index} the current result. */
    public void pick(int index) {
        if (index >= 0 && index < candidates.size()) {
            picker.accept(index);
        }
    }

    /** A tooltip for the candidate at {@code index}. */
    public String describe(int index) {
        EditCandidate c = candidates.get(index);
        return String.format("#%d  cost %.4f%ncolour %.4f \u00b7 edges %.4f \u00b7 prior %.4f"
                + " \u00b7 change %.4f%nClick to use it",
                index + 1, c.cost(), c.colorError(), c.edgeError(), c.priorCost(), c.changeCost());
    }
}
