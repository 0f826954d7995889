package org.parallax.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.parallax.align.Aligner;
import org.parallax.align.StoryAnalyzer;
import org.parallax.claims.ClaimExtractor;
import org.parallax.claims.EntityResolver;
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
import org.parallax.model.Entity;
import org.parallax.model.InputProblem;
import org.parallax.model.ProgressListener;
import org.parallax.model.Reuse;
import org.parallax.model.StoryFindings;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.Annotator;

/**
 * Runs the engine: articles → annotations → entities → claims → clusters → framing → story
 * findings, into one immutable {@link AnalysisResult}.
 */
public final class Analyzer {
    public static final String GENERATOR = "parallax " + Version.VERSION;

    private final Annotator annotator = Annotator.shared();
    private final EntityResolver entityResolver = new EntityResolver();
    private final ClaimExtractor claimExtractor = new ClaimExtractor();
    private final Aligner aligner = new Aligner();
    private final FramingAnalyzer framingAnalyzer = new FramingAnalyzer();
    private final ReuseDetector reuseDetector = new ReuseDetector();
    private final StoryAnalyzer storyAnalyzer = new StoryAnalyzer();

    private final TimeBudget articleBudget;

    public Analyzer() {
        this(TimeBudget.DEFAULT);
    }

    /** @param articleBudget time for annotating one article; one that takes longer is dropped and named (zero: no limit) */
    public Analyzer(Duration articleBudget) {
        this.articleBudget = new TimeBudget(articleBudget);
    }

    public AnalysisResult analyze(IngestResult input, ProgressListener progress) {
        List<InputProblem> problems = new ArrayList<>(input.problems());
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (int i = 0; i < input.articles().size(); i++) {
            Article a = input.articles().get(i);
            progress.progress(0.6 * i / Math.max(1, input.articles().size()), "Reading sentences of " + a.fileName());
            annotateWithinBudget(a, problems).ifPresent(annotated::add);
        }
        List<Article> articles = annotated.stream().map(AnnotatedArticle::article).toList();
        progress.progress(0.6, "Resolving entities");
        List<Entity> entities = entityResolver.resolve(annotated);
        List<Claim> claims = new ArrayList<>();
        for (AnnotatedArticle a : annotated) {
            claims.addAll(claimExtractor.extract(a, entities, claims.size() + 1));
        }
        progress.progress(0.7, "Matching claims across sources");
        List<Cluster> clusters = aligner.align(annotated, claims, entities);
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
                framing, reuse, story, problems);
    }

    /** An article whose annotation overruns the budget or fails becomes a problem naming it; the rest go on. */
    private Optional<AnnotatedArticle> annotateWithinBudget(Article a, List<InputProblem> problems) {
        try {
            return Optional.of(articleBudget.run(() -> annotator.annotate(a), "analysis"));
        } catch (TimeBudget.ExceededException e) {
            problems.add(new InputProblem(a.path(), e.getMessage()));
        } catch (ExecutionException e) {
            problems.add(new InputProblem(a.path(), ArticleLoader.unexpected("analysis", e.getCause())));
        }
        return Optional.empty();
    }
}
