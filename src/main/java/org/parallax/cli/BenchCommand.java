package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.parallax.ingest.ArticleLoader;
import org.parallax.ingest.IngestResult;
import org.parallax.model.AnalysisResult;
import org.parallax.model.ProgressListener;
import org.parallax.ingest.TimeBudget;
import org.parallax.pipeline.AnnotationCache;
import org.parallax.pipeline.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures the engine as a user meets it: the first analysis in a fresh process (models load),
 * warm re-analysis of the sample story, and a scale series of larger story sets, with peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the engine and print a Markdown table; the uncached rows also time the naive"
            + " baseline (every claim compared with every claim of the other articles).",
            "Scale series input: a folder of .txt articles, e.g. the ECB+ stories written by",
            "  python3 ../shared/eval/ecb_stories.py build ../shared/eval/external/ecbplus /tmp/ecb --topics 1-35"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sample", paramLabel = "DIR", defaultValue = "sample-corpus/macron-china",
            description = "The story analysed cold and warm (default: ${DEFAULT-VALUE}).")
    Path sample;

    @Option(names = "--runs", defaultValue = "5", description = "Warm runs; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--scale", paramLabel = "DIR", description = "Folder of .txt articles (searched recursively) for the scale series.")
    Path scale;

    @Option(names = "--sizes", split = ",", defaultValue = "25,50,100,200", description = "Article counts of the scale series (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--naive-budget", paramLabel = "SECONDS", defaultValue = "60",
            description = "The naive baseline runs until it ends or has taken " + NAIVE_BUDGET_FACTOR + "x the engine's time on the"
                + " same input, and at least this long; a run cut off is reported as a lower bound (\"> N\")."
                + " 0: no baseline (default: ${DEFAULT-VALUE}).")
    int naiveBudget;

    /** Enough to show the target (the engine at least twice as fast) even when the baseline is cut off. */
    private static final int NAIVE_BUDGET_FACTOR = 3;

    /** One timed analysis; {@code seconds} is a lower bound when {@code cutOff}. */
    private record Measured(double seconds, int claims, long peakHeapBytes, boolean cutOff) {
        Measured(double seconds, int claims, long peakHeapBytes) {
            this(seconds, claims, peakHeapBytes, false);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ArticleLoader loader = new ArticleLoader();
        int cores = Runtime.getRuntime().availableProcessors();

        out.println("| measurement | articles | seconds | claims | claims/s | peak heap MB | naive baseline s | baseline ÷ engine |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        // The analyzer the window uses: annotations cached in memory and in the user's cache folder
        // (point -Dparallax.cache.dir at an empty folder for a truly cold first row). Built inside
        // the timing: building it starts the model loads.
        Analyzer[] shared = new Analyzer[1];
        Measured cold = measure(() -> {
            shared[0] = new Analyzer();
            return shared[0].analyze(loader.load(List.of(sample), false, ProgressListener.NONE), ProgressListener.NONE);
        });
        double sinceStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        Analyzer analyzer = shared[0];
        int sampleArticles = loader.load(List.of(sample), false, ProgressListener.NONE).articles().size();
        row(out, "sample story, cold (first analysis in the process, models load)", sampleArticles, cold, null);
        row(out, "sample story, cold, counted from process start (JVM start-up included)", sampleArticles,
                new Measured(sinceStart, cold.claims(), cold.peakHeapBytes()), null);
        double[] warm = new double[Math.max(1, runs)];
        Measured last = cold;
        for (int i = 0; i < warm.length; i++) {
            last = measure(() -> analyzer.analyze(loader.load(List.of(sample), false, ProgressListener.NONE), ProgressListener.NONE));
            warm[i] = last.seconds();
        }
        row(out, "sample story, warm re-analysis (median of " + warm.length + ")", sampleArticles,
                new Measured(median(warm), last.claims(), last.peakHeapBytes()), null);
        // What an edit that changes every article's annotations costs: nothing cached, models loaded.
        for (int i = 0; i < warm.length; i++) {
            Analyzer uncached = new Analyzer(TimeBudget.DEFAULT, AnnotationCache.memoryOnly(), cores);
            last = measure(() -> uncached.analyze(loader.load(List.of(sample), false, ProgressListener.NONE), ProgressListener.NONE));
            warm[i] = last.seconds();
        }
        Measured uncachedSample = new Measured(median(warm), last.claims(), last.peakHeapBytes());
        Measured naiveSample = null;
        if (naiveBudget > 0) {
            for (int i = 0; i < warm.length; i++) {
                naiveSample = measureNaive(loader.load(List.of(sample), false, ProgressListener.NONE), cores, uncachedSample);
                warm[i] = naiveSample.seconds();
            }
            naiveSample = new Measured(median(warm), naiveSample.claims(), naiveSample.peakHeapBytes(), naiveSample.cutOff());
        }
        row(out, "sample story, warm, no annotation cached (median of " + warm.length + ")", sampleArticles,
                uncachedSample, naiveSample);
        if (scale != null) {
            List<Path> files = articleFiles(scale);
            for (int size : sizes) {
                if (size > files.size()) {
                    out.println("| scale: only " + files.size() + " articles in " + scale + " |  |  |  |  |  |  |  |");
                    break;
                }
                IngestResult input = loader.load(files.subList(0, size), false, ProgressListener.NONE);
                // The sets are nested (25 of the 50, ...): a fresh, uncached analyzer keeps sizes comparable.
                Analyzer uncached = new Analyzer(TimeBudget.DEFAULT, AnnotationCache.memoryOnly(), cores);
                Measured engine = measure(() -> uncached.analyze(input, ProgressListener.NONE));
                row(out, "scale series (no annotation cached)", size, engine, naiveBudget > 0 ? measureNaive(input, cores, engine) : null);
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Runs the naive baseline on its own thread for at most its budget (see --naive-budget); past
     * it, the run is interrupted, awaited, and reported as cut off at the budget.
     */
    private Measured measureNaive(IngestResult input, int cores, Measured engine) {
        double budget = Math.max(naiveBudget, NAIVE_BUDGET_FACTOR * engine.seconds());
        Analyzer naive = NaiveBaseline.analyzer(cores);
        Measured[] result = new Measured[1];
        Thread run = new Thread(() -> {
            try {
                result[0] = measure(() -> naive.analyze(input, ProgressListener.NONE));
            } catch (CancellationException e) {
                // cut off: reported below
            }
        }, "naive-baseline");
        run.setDaemon(true);
        run.start();
        try {
            run.join((long) (budget * 1000));
            if (run.isAlive()) {
                run.interrupt();
                run.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result[0] != null ? result[0] : new Measured(budget, 0, 0, true);
    }

    private static List<Path> articleFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Measured measure(java.util.function.Supplier<AnalysisResult> work) {
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long t0 = System.nanoTime();
        AnalysisResult r;
        try {
            r = work.get();
        } finally {
            sampler.stop();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Measured(seconds, r.claims().size(), sampler.peak());
    }

    /** One table row; the baseline's columns stay empty when it did not run. */
    private static void row(PrintWriter out, String what, int articles, Measured m, Measured naive) {
        String baseline = naive == null ? " | " : String.format(Locale.ROOT, "%s%.1f | %s%.1f",
                naive.cutOff() ? "> " : "", naive.seconds(), naive.cutOff() ? "> " : "", naive.seconds() / Math.max(1e-9, m.seconds()));
        out.printf(Locale.ROOT, "| %s | %d | %.2f | %d | %.0f | %.0f | %s |%n", what, articles, m.seconds(), m.claims(),
                m.claims() / Math.max(1e-9, m.seconds()), m.peakHeapBytes() / 1048576.0, baseline);
        out.flush();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Samples used heap every few milliseconds on a daemon thread; the maximum seen is the peak. */
    private static final class HeapSampler {
        private volatile boolean running;
        private volatile long peak;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (running) {
                    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
            Runtime rt = Runtime.getRuntime();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }

        long peak() {
            return peak;
        }
    }
}
