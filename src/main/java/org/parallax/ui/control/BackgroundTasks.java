package org.parallax.ui.control;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.parallax.ui.view.StatusBar;

/**
 * The window's one background thread, so reading, analysing, fetching, exporting and autosaving
 * never hold up the FX thread and run one after another. The task started last is the one the
 * status bar follows and Cancel stops.
 */
public final class BackgroundTasks {
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parallax-background");
        t.setDaemon(true);
        return t;
    });
    private final StatusBar status;
    private final Runnable showState;
    private Task<?> running;

    /** {@code showState} lays out the window for what runs (the progress view while a first analysis does). */
    public BackgroundTasks(StatusBar status, Runnable showState) {
        this.status = status;
        this.showState = showState;
    }

    public void start(Task<?> task) {
        running = task;
        status.follow(task);
        showState.run();
        background.submit(task);
    }

    /** Called by each task's handlers when it ends, however it ends. */
    public void finished(Task<?> task) {
        if (running == task) {
            running = null;
        }
        status.release();
    }

    /** Work that reports nothing on the status bar (the autosave). */
    public void submit(Runnable work) {
        background.submit(work);
    }

    public boolean busy() {
        return running != null;
    }

    /** Whether {@code task} is still the task started last (not yet replaced or finished). */
    public boolean current(Task<?> task) {
        return running == task;
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Stops the running task and the thread, waiting briefly for a save under way to finish. */
    public void shutdown() {
        cancel();
        background.shutdown();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
