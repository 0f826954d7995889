package org.parallax.cli;

import org.parallax.pipeline.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = ParallaxCommand.VersionInfo.class,
        description = {"Compare news articles about one story, claim by claim.",
            "With no command, bin/parallax opens the desktop window on the sample story."},
        subcommands = {
            CompareCommand.class,
            PairsCommand.class,
            BenchCommand.class,
            ClaimsCommand.class,
            FramingCommand.class,
            WireCommand.class,
            CommandLine.HelpCommand.class})
public final class ParallaxCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        return configure(new CommandLine(new ParallaxCommand())).execute(args);
    }

    /** Exit code 2 for bad usage and unexpected failures, with a one-line message instead of a stack trace. */
    static CommandLine configure(CommandLine cl) {
        return cl.setExitCodeExceptionMapper(e -> 2)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("parallax: " + oneLine(e));
                    return 2;
                });
    }

    /** A failure nobody foresaw still says what happened; a null message says nothing. */
    static String oneLine(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? null : e.getMessage().strip().lines().findFirst().orElse("");
        return message != null ? message
                : "unexpected " + e.getClass().getSimpleName() + " (please report it with the command you ran)";
    }

    static final class VersionInfo implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"parallax " + Version.VERSION};
        }
    }
}
