package org.parallax;

import java.util.Arrays;
import org.parallax.cli.ParallaxCommand;

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
        System.exit(ParallaxCommand.execute(args));
    }

    private static void openWindow(String[] paths) {
        // The desktop window is not built yet; until it is, show what the command line can do.
        System.err.println("parallax: the desktop window is not available in this build; use the command line:");
        ParallaxCommand.execute("--help");
    }
}
