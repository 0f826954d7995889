package org.parallax;

import java.util.Arrays;
import org.parallax.cli.ParallaxCommand;
import org.parallax.ui.ParallaxApp;

/**
 * Entry point. {@code open [PATH...]} (what bin/parallax runs with no arguments) opens the desktop
 * window; anything else is the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("open")) {
            openWindow(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int exit = ParallaxCommand.execute(args);
        if (WindowClasses.requested()) {
            WindowClasses.load();
        }
        System.exit(exit);
    }

    private static void openWindow(String[] paths) {
        // The models load once the texts are on screen (ui.control.AnalysisController): loaded while JavaFX starts,
        // they take the cores the first columns need.
        try {
            ParallaxApp.launch(Arrays.asList(paths));
        } catch (UnsupportedOperationException noDisplay) {
            // JavaFX's "Unable to open DISPLAY" (a session over SSH, a server): say so, not a stack trace.
            System.err.println("parallax: cannot open the window (" + noDisplay.getMessage() + "). Without a display the "
                    + "command line does the same analysis: parallax compare DIR --html report.html (parallax --help).");
            System.exit(1);
        }
    }
}
