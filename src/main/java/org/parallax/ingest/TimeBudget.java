package org.parallax.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the work on one article with a time limit, so a pathological input (a page that sends a
 * parser or a regular expression into a very long run) costs one article, not the whole batch.
 * The work runs on a worker thread with a large stack (deeply nested markup recurses deeply);
 * when the budget is spent the worker is interrupted and abandoned: it is a daemon thread, so it
 * never keeps the program alive, but Java cannot stop code that ignores interrupts, so it may
 * use a core until it finishes on its own.
 */
public final class TimeBudget {
    /** What most callers use: far above what a long news article takes, short enough to notice. */
    public static final Duration DEFAULT = Duration.ofSeconds(120);

    /** Room for deep recursion in parsers and regular expressions (a default thread has 0.5–1 MB). */
    private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(null, r, "parallax-article-" + count.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        }
    });

    /** The budget was spent; the message names the limit and how to raise it. */
    public static final class ExceededException extends Exception {
        public ExceededException(String message) {
            super(message);
        }
    }

    private final Duration limit;

    /** A budget of zero or less means no limit (the work still runs on a big-stack worker). */
    public TimeBudget(Duration limit) {
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /**
     * Runs the task within the budget. Its own exceptions come back as the cause of an
     * {@link ExecutionException}, errors such as StackOverflowError included.
     *
     * @param what what is being done, for the message: "reading", "analysis"
     */
    public <T> T run(Callable<T> task, String what) throws ExceededException, ExecutionException {
        Future<T> future = WORKERS.submit(task);
        try {
            if (limit.isZero() || limit.isNegative()) {
                return future.get();
            }
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ExceededException(String.format(Locale.ROOT,
                    "%s took longer than the %s budget for one article; skipped (raise it with --article-timeout)",
                    what, describe(limit)));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExecutionException("interrupted", e);
        }
    }

    static String describe(Duration d) {
        long s = d.toSeconds();
        return s >= 1 ? s + " s" : d.toMillis() + " ms";
    }
}
