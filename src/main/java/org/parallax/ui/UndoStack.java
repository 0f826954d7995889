package org.parallax.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Undo and redo for the user's edits (corrections, notes, metadata, include/exclude). */
public final class UndoStack {
    /** One reversible edit. */
    public record Edit(String name, Runnable undo, Runnable redo) {
    }

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper();

    /** Does the edit and records it. */
    public void perform(Edit edit) {
        edit.redo().run();
        done.push(edit);
        undone.clear();
        update();
    }

    public void undo() {
        if (!done.isEmpty()) {
            Edit e = done.pop();
            e.undo().run();
            undone.push(e);
            update();
        }
    }

    public void redo() {
        if (!undone.isEmpty()) {
            Edit e = undone.pop();
            e.redo().run();
            done.push(e);
            update();
        }
    }

    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    /** The name of the edit Undo would revert, or null. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    private void update() {
        undoName.set(done.isEmpty() ? null : done.peek().name());
        redoName.set(undone.isEmpty() ? null : undone.peek().name());
    }
}
