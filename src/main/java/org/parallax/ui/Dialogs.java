package org.parallax.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.parallax.ui.view.StatusBar;

/**
 * The window's error and information alerts, owned by the window so they stay in front of it.
 * An error is also said in the status line, where it stays after the alert is closed.
 */
public final class Dialogs {
    private final Stage stage;
    private final StatusBar status;

    public Dialogs(Stage stage, StatusBar status) {
        this.stage = stage;
        this.status = status;
    }

    public void error(String header, String text) {
        status.say(header + ": " + text);
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(stage);
        a.setTitle(header);
        a.setHeaderText(header);
        a.setContentText(text);
        a.show();
    }

    /** Monospaced, so the shortcut list's columns line up. */
    public void info(String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle(header);
        a.setHeaderText(header);
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("mono");
        a.getDialogPane().setContent(l);
        a.show();
    }
}
