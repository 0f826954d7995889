package org.parallax.ui.view;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status line at the bottom of the window: the last message, and while a background task
 * runs its own message, its progress and a Cancel button. Every controller reports here, so the
 * user reads the outcome of an action in one place.
 */
public final class StatusBar extends HBox {
    private final Label status = new Label("Ready");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    /** The task whose message and progress the bar shows, or null. */
    private Task<?> following;

    public StatusBar() {
        super(10);
        progress.setPrefWidth(220);
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.setId("cancel-analysis");
        cancel.setTooltip(new Tooltip("Stop the analysis (Ctrl+.)"));
        status.setId("status");
        status.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(status, spacer, progress, cancel);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        getStyleClass().add("status-line");
    }

    /** What the Cancel button does; the window decides, the bar only shows the button. */
    public void setOnCancel(Runnable action) {
        cancel.setOnAction(e -> action.run());
    }

    /**
     * Shows the message. While a task is followed (a step with Alt+Down during an analysis) it
     * stands until the task reports its next message, then the line follows the task again.
     */
    public void say(String message) {
        Task<?> task = following;
        if (task != null && status.textProperty().isBound()) {
            status.textProperty().unbind();
            task.messageProperty().addListener(new ChangeListener<String>() {
                @Override
                public void changed(ObservableValue<? extends String> value, String before, String now) {
                    value.removeListener(this);
                    if (following == task && !status.textProperty().isBound()) {
                        status.textProperty().bind(task.messageProperty());
                    }
                }
            });
        }
        status.setText(message);
    }

    /** Shows the task's message and progress (and the Cancel button) until {@link #release()}. */
    public void follow(Task<?> task) {
        following = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
    }

    /** Back to plain messages: the task's last message stays until the next {@link #say}. */
    public void release() {
        following = null;
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        progress.setVisible(false);
        cancel.setVisible(false);
    }

    /** The progress shown, for the larger progress view while a first analysis runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.progressProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return status.textProperty();
    }
}
