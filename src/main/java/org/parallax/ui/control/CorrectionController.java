package org.parallax.ui.control;

import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.view.StatusBar;

/**
 * The user's corrections to the selected claim: not the same claim, confirm the match, a note.
 * The model records each as an undoable correction saved with the project; this asks for what
 * it needs and says what happened.
 */
public final class CorrectionController {
    private final WorkspaceModel model;
    private final Stage stage;
    private final StatusBar status;

    public CorrectionController(WorkspaceModel model, Stage stage, StatusBar status) {
        this.model = model;
        this.stage = stage;
        this.status = status;
    }

    /** Takes the selected claim out of its match. */
    public void notSame() {
        String c = model.selectedClaimProperty().get();
        if (c == null || model.selectedGroupProperty().get() == null || !model.selectedGroupProperty().get().shared()) {
            status.say("Select a claim that is matched with other sources first");
            return;
        }
        model.markNotSame(c);
        status.say("Taken out of the match. Undo with Ctrl+Z.");
    }

    /** Records that the selected claim's match is right. */
    public void confirmMatch() {
        String c = model.selectedClaimProperty().get();
        if (c == null) {
            status.say("Select a claim first");
            return;
        }
        model.confirm(c);
        status.say("Match confirmed. Undo with Ctrl+Z.");
    }

    /** Asks for a note on the selected claim's fact. */
    public void note() {
        String c = model.selectedClaimProperty().get();
        if (c == null) {
            status.say("Select a claim first");
            return;
        }
        TextInputDialog d = new TextInputDialog();
        d.setTitle("Note");
        d.setHeaderText("A note on this fact (saved with the project)");
        d.getEditor().setPromptText("e.g. checked against the ministry's statement");
        d.initOwner(stage);
        d.showAndWait().ifPresent(text -> model.addNote(c, text));
    }
}
