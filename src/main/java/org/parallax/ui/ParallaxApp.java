package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.parallax.pipeline.ModelLoader;
import org.parallax.ui.project.ProjectFiles;

/** The desktop application: `parallax open [PATH...]` opens files, folders or a .parallax project. */
public final class ParallaxApp extends Application {
    private static List<String> initialPaths = List.of();
    /**
     * JavaFX warns at every start that it was loaded from the class path ("Unsupported JavaFX
     * configuration"), which is how bin/parallax runs it and works; a user can do nothing about it.
     * Only that message is dropped; the filter is held here so it is not collected with the logger.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    /** Launches the window; returns when it closes. */
    public static void launch(List<String> paths) {
        initialPaths = List.copyOf(paths);
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        Application.launch(ParallaxApp.class);
    }

    @Override
    public void start(Stage stage) {
        ProjectFiles files = ProjectFiles.standard();
        MainWindow window = new MainWindow(stage, new EngineBackend(), files);
        window.show();
        if (!initialPaths.isEmpty()) {
            window.openPaths(initialPaths.stream().map(Path::of).toList());
        } else if (!files.recent().isEmpty() && files.recent().get(0).toFile().isFile()) {
            window.openProject(files.recent().get(0));
        } else {
            // An empty window: the models load while the user picks the articles.
            ModelLoader.startLoading();
        }
    }
}
