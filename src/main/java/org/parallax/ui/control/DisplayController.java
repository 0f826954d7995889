package org.parallax.ui.control;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.parallax.ui.WorkspaceModel;
import org.parallax.ui.view.PresentationView;
import org.parallax.ui.view.StatusBar;

/**
 * How the window looks: the text size, the light or dark theme and presentation mode. All three
 * act on the whole window's root, so every pane follows without knowing of them.
 */
public final class DisplayController {
    private static final double BASE_FONT = 14;

    private final BorderPane root;
    private final StackPane center;
    private final Stage stage;
    private final WorkspaceModel model;
    private final StatusBar status;
    private final Runnable showState;
    private double fontSize = BASE_FONT;
    private final javafx.beans.property.BooleanProperty dark = new javafx.beans.property.SimpleBooleanProperty();
    private PresentationView presentation;

    /** {@code center} is where the presentation goes; {@code showState} puts back what was there. */
    public DisplayController(BorderPane root, StackPane center, Stage stage, WorkspaceModel model, StatusBar status,
            Runnable showState) {
        this.root = root;
        this.center = center;
        this.stage = stage;
        this.model = model;
        this.status = status;
        this.showState = showState;
        applyFont();
    }

    /** {@code delta} pixels bigger or smaller; 0 is back to the actual size. */
    public void zoom(int delta) {
        fontSize = delta == 0 ? BASE_FONT : Math.max(9, Math.min(40, fontSize + delta));
        applyFont();
        status.say("Text size " + Math.round(fontSize / BASE_FONT * 100) + "%");
    }

    /** The zoomed size on the root, which every pane inherits; presentation mode doubles it (at least 28 px). */
    private void applyFont() {
        double size = presentation != null ? Math.max(fontSize * 2, 28) : fontSize;
        root.setStyle("-fx-font-size: " + size + "px;");
    }

    public boolean isDark() {
        return dark.get();
    }

    /** Whether the dark theme is on, for the menu's check mark (the toolbar's ◐ switches it too). */
    public javafx.beans.property.ReadOnlyBooleanProperty darkProperty() {
        return dark;
    }

    public void setDark(boolean value) {
        dark.set(value);
        Application.setUserAgentStylesheet(value ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().remove("dark");
        if (value) {
            root.getStyleClass().add("dark");
        }
    }

    /** While presenting, the window shows one fact at a time and the other keys stay out of its way. */
    public boolean presenting() {
        return presentation != null;
    }

    /** Into presentation mode (full screen, no menus or status line) or back out of it. */
    public void togglePresentation() {
        if (presentation != null) {
            presentation = null;
            showState.run();
            for (Node n : List.of(root.getTop(), root.getBottom())) {
                n.setVisible(true);
                n.setManaged(true);
            }
            stage.setFullScreen(false);
            applyFont();
            return;
        }
        if (!model.hasResult()) {
            status.say("Open a story first");
            return;
        }
        presentation = new PresentationView(model, this::togglePresentation);
        center.getChildren().setAll(presentation);
        for (Node n : List.of(root.getTop(), root.getBottom())) {
            n.setVisible(false);
            n.setManaged(false);
        }
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        applyFont();
        presentation.requestFocus();
    }
}
