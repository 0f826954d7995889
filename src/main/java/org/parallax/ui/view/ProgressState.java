package org.parallax.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The middle of the window while a first analysis runs and there is nothing to show yet: the
 * status bar's progress and message, large, and a Cancel button.
 */
public final class ProgressState extends StackPane {
    public ProgressState(StatusBar status, Runnable onCancel) {
        Label title = new Label("Analysing the story…");
        title.getStyleClass().add("empty-title");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(status.progressProperty());
        Label what = new Label();
        what.textProperty().bind(status.textProperty());
        Button stop = new Button("Cancel");
        stop.setOnAction(e -> onCancel.run());
        VBox box = new VBox(14, title, bar, what, stop);
        box.setAlignment(Pos.CENTER);
        box.setId("progress-state");
        getChildren().add(box);
    }
}
