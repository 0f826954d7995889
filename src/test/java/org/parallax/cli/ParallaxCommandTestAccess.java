package org.parallax.cli;

import picocli.CommandLine;

/** Runs a prepared command line with the same exit-code rules as {@link ParallaxCommand#execute}. */
final class ParallaxCommandTestAccess {
    private ParallaxCommandTestAccess() {
    }

    static int execute(CommandLine cl, String... args) {
        return ParallaxCommand.configure(cl).execute(args);
    }
}
