package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.parallax.ui.project.ProjectFiles;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace window as the UI tests open it: laptop-sized, on a temporary home, analysing the given story. */
final class TestWindows {
    private TestWindows() {
    }

    /** Opens the window at 1440x900 and starts analysing {@code story}. */
    static MainWindow open(Stage stage, AnalysisBackend backend, Path home, Path story) {
        MainWindow window = new MainWindow(stage, backend, new ProjectFiles(home));
        stage.setWidth(1440);
        stage.setHeight(900);
        window.show();
        window.openPaths(List.of(story));
        return window;
    }

    /** Waits until the analysis is shown; the bound only keeps a broken build from hanging CI. */
    static void awaitAnalysis(MainWindow window, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> window.model().hasResult() && !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
