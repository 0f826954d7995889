package org.parallax.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.parallax.align.Aligner;
import org.parallax.align.StoryAnalyzer;
import org.parallax.claims.ClaimExtractor;
import org.parallax.claims.EntityResolver;
import org.parallax.compare.Embedder;
import org.parallax.compare.ReuseDetector;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.ingest.ArticleLoader;
import org.parallax.ingest.IngestResult;
import org.parallax.ingest.TimeBudget;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Claim;
import org.parallax.model.Cluster;
import org.parallax.model.DateAnomaly;
import org.parallax.model.Entity;
import org.parallax.model.InputProblem;
import org.parallax.model.ProgressListener;
import org.parallax.model.Reuse;
import org.parallax.model.StoryFindings;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.Annotator;
import org.parallax.story.ProvenanceGraph;
import org.parallax.story.StoryTimeline;

/**
 * Runs the engine: articles → annotations → entities → claims → clusters → framing → story
 * findings, into one immutable {@link AnalysisResult}.
 */
public final class Analyzer {
    public static final String GENERATOR = "parallax " + Version.VERSION;

    private final Annotator annotator;
    private final EntityResolver entityResolver = new EntityResolver();
    private final ClaimExtractor claimExtractor = new ClaimExtractor();
    private final Matcher matcher;
    private final FramingAnalyzer framingAnalyzer = new FramingAnalyzer();
    private final ReuseDetector reuseDetector = new ReuseDetector();
    private final StoryAnalyzer storyAnalyzer = new StoryAnalyzer();
    private final ProvenanceGraph provenanceGraph = new ProvenanceGraph();

    private final TimeBudget articleBudget;
    private final AnnotationCache cache;
    private final int threads;

    /** The analyzer the command line and the window use: default budget, the user's annotation cache, every core. */
    public Analyzer() {
        this(TimeBudget.DEFAULT);
    }

    /** @param articleBudget time for annotating one article; one that takes longer is dropped and named (zero: no limit) */
    public Analyzer(Duration articleBudget) {
        this(articleBudget, AnnotationCache.inUserCacheFolder(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param cache   annotations of unchanged articles are taken from here instead of running CoreNLP again
     * @param threads how many articles are annotated at once
     */
    public Analyzer(Duration articleBudget, AnnotationCache cache, int threads) {
        this(articleBudget, cache, threads, new Aligner()::align);
    }

    /**
     * As above, with another way of matching claims: for the benchmark's naive baseline, which
     * measures what the aligner's blocking saves.
     */
    public Analyzer(Duration articleBudget, AnnotationCache cache, int threads, Matcher matcher) {
        this.articleBudget = new TimeBudget(articleBudget);
        this.cache = cache;
        this.threads = Math.max(1, threads);
        this.annotator = Annotator.shared();
        this.matcher = matcher;
    }

    /** Groups claims of different articles that report the same fact into clusters, each pair labelled. */
    @FunctionalInterface
    public interface Matcher {
        List<Cluster> align(List<AnnotatedArticle> articles, List<Claim> claims, List<Entity> entities);
    }

    public AnalysisResult analyze(IngestResult input, ProgressListener progress) {
        String model = Embedder.shared().modelName();
        boolean unannotated = input.articles().stream().anyMatch(a -> !cache.contains(a));
        ModelLoader.startLoading(unannotated, unannotated || input.articles().stream().anyMatch(a -> !cache.containsVectors(a, model)));
        List<InputProblem> problems = new ArrayList<>(input.problems());
        List<AnnotatedArticle> annotated = annotateAll(input.articles(), problems, progress);
        List<Article> articles = annotated.stream().map(AnnotatedArticle::article).toList();
        progress.progress(0.6, "Resolving entities");
        List<Entity> entities = entityResolver.resolve(annotated);
        List<Claim> claims = new ArrayList<>();
        for (AnnotatedArticle a : annotated) {
            claims.addAll(claimExtractor.extract(a, entities, claims.size() + 1));
        }
        progress.progress(0.7, "Matching claims across sources");
        Map<String, Map<String, float[]>> kept = rememberVectors(annotated, model);
        List<Cluster> clusters = matcher.align(annotated, claims, entities);
        keepVectors(annotated, claims, model, kept);
        progress.progress(0.85, "Reading framing");
        Map<String, ArticleFraming> framing = new LinkedHashMap<>();
        for (AnnotatedArticle a : annotated) {
            framing.put(a.article().id(), framingAnalyzer.analyze(a, entities));
        }
        progress.progress(0.9, "Finding shared text");
        List<Reuse> reuse = reuseDetector.find(articles);
        StoryFindings story = storyAnalyzer.analyze(annotated, claims, clusters);
        progress.progress(1.0, "Analysis done");
        return new AnalysisResult(AnalysisResult.SCHEMA, GENERATOR, articles, claims, entities, clusters,
                framing, reuse, story, problems, StoryTimeline.of(articles, claims, clusters, story),
                provenanceGraph.of(articles, claims, clusters, reuse,
                        story.dateAnomalies().stream().map(DateAnomaly::article).collect(Collectors.toSet())));
    }

    /** The claim vectors the cache keeps for each article (article id → text → vector), handed to the embedder. */
    private Map<String, Map<String, float[]>> rememberVectors(List<AnnotatedArticle> annotated, String model) {
        Embedder embedder = Embedder.shared();
        Map<String, Map<String, float[]>> kept = new HashMap<>();
        for (AnnotatedArticle a : annotated) {
            Map<String, float[]> vectors = cache.vectors(a.article(), model);
            vectors.forEach(embedder::remember);
            kept.put(a.article().id(), vectors);
        }
        return kept;
    }

    /** Keeps the vectors of each article's claims where the cache lacked some (new articles, or claims found anew). */
    private void keepVectors(List<AnnotatedArticle> annotated, List<Claim> claims, String model, Map<String, Map<String, float[]>> kept) {
        Embedder embedder = Embedder.shared();
        Map<String, List<Claim>> byArticle = claims.stream().collect(Collectors.groupingBy(Claim::article));
        for (AnnotatedArticle a : annotated) {
            Map<String, float[]> vectors = new LinkedHashMap<>();
            for (Claim c : byArticle.getOrDefault(a.article().id(), List.of())) {
                float[] v = embedder.known(c.text());
                if (v != null) {
                    vectors.put(c.text(), v);
                }
            }
            if (!vectors.isEmpty() && !kept.getOrDefault(a.article().id(), Map.of()).keySet().containsAll(vectors.keySet())) {
                cache.putVectors(a.article(), model, vectors);
            }
        }
    }

    /** Annotates the articles on every core (cached ones are not annotated again), keeping their order. */
    private List<AnnotatedArticle> annotateAll(List<Article> articles, List<InputProblem> problems, ProgressListener progress) {
        int n = articles.size();
        List<Future<AnnotationOutcome>> futures = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, n)), daemon());
        try {
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    AnnotationOutcome outcome = annotateWithinBudget(a);
                    int finished = done.incrementAndGet();
                    progress.progress(0.6 * finished / Math.max(1, n), "Read the sentences of " + a.fileName()
                            + " (" + finished + " of " + n + ")");
                    return outcome;
                }));
            }
            List<AnnotatedArticle> annotated = new ArrayList<>();
            for (Future<AnnotationOutcome> f : futures) {
                AnnotationOutcome outcome = f.get();
                if (outcome.annotated() != null) {
                    annotated.add(outcome.annotated());
                } else {
                    problems.add(outcome.problem());
                }
            }
            return annotated;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("analysis cancelled");
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotation failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record AnnotationOutcome(AnnotatedArticle annotated, InputProblem problem) {
    }

    /** An article whose annotation overruns the budget or fails becomes a problem naming it; the rest go on. */
    private AnnotationOutcome annotateWithinBudget(Article a) {
        Optional<AnnotatedArticle> cached = cache.get(a);
        if (cached.isPresent()) {
            return new AnnotationOutcome(cached.get(), null);
        }
        try {
            AnnotatedArticle annotated = articleBudget.run(() -> annotator.annotate(a), "analysis");
            cache.put(annotated);
            return new AnnotationOutcome(annotated, null);
        } catch (TimeBudget.ExceededException e) {
            return new AnnotationOutcome(null, new InputProblem(a.path(), e.getMessage()));
        } catch (ExecutionException e) {
            return new AnnotationOutcome(null, new InputProblem(a.path(), ArticleLoader.unexpected("analysis", e.getCause())));
        }
    }

    private static ThreadFactory daemon() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "parallax-annotate-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
