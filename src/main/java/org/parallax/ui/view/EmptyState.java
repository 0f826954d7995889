package org.parallax.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the window shows before there is a story: where to drop articles, the other ways to add
 * them, and the sample story one click away, so a first user is never left with a blank window.
 */
public final class EmptyState extends StackPane {
    public EmptyState(Runnable onSample) {
        Label title = new Label("Drop articles here");
        title.getStyleClass().add("empty-title");
        Label help = new Label(
                "1.  Drag article files or folders (.txt .md .html .pdf) here, or use File ▸ Open (Ctrl+O).\n"
                + "2.  Or paste an article's text (Ctrl+Shift+V) or add one from a web address (Ctrl+Shift+U).\n"
                + "3.  Parallax lines up the claims: ✓ agree, ≈ diverge, ✗ contradict, ○ only one source.");
        help.getStyleClass().add("empty-help");
        help.setWrapText(true);
        Button sample = new Button("Try the sample story");
        sample.setId("try-sample");
        sample.getStyleClass().add("accent");
        sample.setDefaultButton(true);
        sample.setOnAction(e -> onSample.run());
        VBox box = new VBox(18, title, help, sample);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(820);
        box.getStyleClass().add("empty-state");
        box.setId("empty-state");
        getChildren().add(box);
        getStyleClass().add("drop-target");
    }
}
