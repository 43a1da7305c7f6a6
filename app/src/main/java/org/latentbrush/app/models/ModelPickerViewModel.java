package org.latentbrush.app.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.settings.Settings;
import org.latentbrush.bridge.api.ModelInfo;

/** The model picker: built-in models, folders opened before, and "Open model folder…". */
public final class ModelPickerViewModel {

    private final ObservableList<ModelChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ModelChoice> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectProperty<ModelInfo> model;
    private final Supplier<List<String>> builtIns;
    private final Settings settings;
    private final DialogService dialogs;
    private final BiConsumer<String, Runnable> opener;
    private final StringBinding details;

    /**
     * Creates the picker.
     *
     * @param model the model in use
     * @param builtIns lists the built-in models
     * @param settings remembers opened folders and the last model
     * @param dialogs asks for a folder
     * @param opener opens a model by reference and runs the callback once it is in use
     */
    public ModelPickerViewModel(ReadOnlyObjectProperty<ModelInfo> model, Supplier<List<String>> builtIns,
            Settings settings, DialogService dialogs, BiConsumer<String, Runnable> opener) {
        this.model = model;
        this.builtIns = builtIns;
        this.settings = settings;
        this.dialogs = dialogs;
        this.opener = opener;
        this.details = Bindings.createStringBinding(() -> describe(model.get()), model);
        refresh();
    }

    /** One line about a model: title, size, licence. */
    public static String describe(ModelInfo info) {
        if (info == null) {
            return "No model";
        }
        return info.title() + " \u00b7 " + info.imageSize() + "\u00d7" + info.imageSize()
                + (info.channels() == 3 ? " RGB" : " grey") + " \u00b7 licence " + info.licence();
    }

    /** Rebuilds the list of choices. */
    public void refresh() {
        List<ModelChoice> list = new ArrayList<>();
        builtIns.get().forEach(name -> list.add(ModelChoice.builtIn(name)));
        settings.modelFolders().forEach(folder -> list.add(ModelChoice.folder(folder)));
        list.add(ModelChoice.OPEN_FOLDER);
        choices.setAll(list);
    }

    /**
     * Acts on a choice: opens the model, or asks for a folder first.
     *
     * @param choice the picked entry
     */
    public void choose(ModelChoice choice) {
        if (choice == null) {
            return;
        }
        if (choice == ModelChoice.OPEN_FOLDER || choice.reference() == null) {
            dialogs.chooseFolder("Open model folder").ifPresent(this::openFolder);
            return;
        }
        open(choice);
    }

    /** Opens a model folder the user chose and remembers it. */
    public void openFolder(Path folder) {
        String reference = folder.toAbsolutePath().normalize().toString();
        settings.addModelFolder(reference);
        refresh();
        open(choices.stream().filter(c -> reference.equals(c.reference())).findFirst()
                .orElse(ModelChoice.folder(reference)));
    }

    private void open(ModelChoice choice) {
        opener.accept(choice.reference(), () -> {
            settings.setLastModel(choice.reference());
            selected.set(choice);
        });
    }

    /** Marks the choice with this reference as selected (the model opened at start). */
    public void showSelected(String reference) {
        choices.stream().filter(c -> reference.equals(c.reference())).findFirst().ifPresentOrElse(selected::set,
                () -> {
                    ModelChoice extra = new ModelChoice(Path.of(reference).getFileName().toString(), reference);
                    choices.add(choices.size() - 1, extra);
                    selected.set(extra);
                });
    }

    public ObservableList<ModelChoice> choices() {
        return choices;
    }

    /** The choice of the model in use. */
    public ObjectProperty<ModelChoice> selectedProperty() {
        return selected;
    }

    /** Title, size and licence of the model in use. */
    public StringBinding detailsProperty() {
        return details;
    }

    public ReadOnlyObjectProperty<ModelInfo> modelProperty() {
        return model;
    }
}
