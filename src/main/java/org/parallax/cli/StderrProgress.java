package org.parallax.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.parallax.model.ProgressListener;

/** Progress lines on standard error, only once work has taken a couple of seconds, at most one a second. */
final class StderrProgress implements ProgressListener {
    private static final long QUIET_MILLIS = 2000;
    private static final long EVERY_MILLIS = 1000;

    private final PrintStream err;
    private final long started = System.currentTimeMillis();
    private long lastPrinted;

    StderrProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        long now = System.currentTimeMillis();
        if (now - started < QUIET_MILLIS || now - lastPrinted < EVERY_MILLIS) {
            return;
        }
        lastPrinted = now;
        err.printf(Locale.ROOT, "[%3d%%] %s%n", Math.round(fraction * 100), message);
    }
}
