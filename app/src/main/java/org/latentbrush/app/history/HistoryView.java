package org.latentbrush.app.history;

import java.util.function.IntConsumer;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The undo history as a list: "Start" and then each edit; undone edits are greyed; a click moves
 * the document to that point.
 */
public final class HistoryView extends ListView<String> {

    private static final PseudoClass UNDONE = PseudoClass.getPseudoClass("undone");

    private final UndoHistory history;
    private boolean updating;

    /**
     * Creates the list.
     *
     * @param history the history shown
     * @param moveTo moves the document so that the given number of edits is applied
     */
    public HistoryView(UndoHistory history, IntConsumer moveTo) {
        this.history = history;
        setId("history");
        getStyleClass().add("history-list");
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                pseudoClassStateChanged(UNDONE, !empty && getIndex() > history.positionProperty().get());
            }
        });
        history.edits().addListener((ListChangeListener<DocumentEdit>) c -> showHistory());
        history.positionProperty().addListener((obs, old, now) -> showHistory());
        getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!updating && now.intValue() >= 0 && now.intValue() != history.positionProperty().get()) {
                moveTo.accept(now.intValue());
            }
        });
        showHistory();
    }

    private void showHistory() {
        updating = true;
        try {
            getItems().setAll("Start");
            history.edits().forEach(e -> getItems().add(e.name()));
            getSelectionModel().select(history.positionProperty().get());
            scrollTo(history.positionProperty().get());
            // Cells grey undone edits by position, which the text alone does not change.
            refresh();
        } finally {
            updating = false;
        }
    }
}
