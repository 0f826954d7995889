package org.parallax.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.claims.ClaimExtractor;
import org.parallax.ingest.IngestResult;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Claim;
import org.parallax.model.ProgressListener;
import org.parallax.model.StoryFindings;

/**
 * Runs the engine: articles → claims → entities → clusters → framing → story findings, into one
 * immutable {@link AnalysisResult}.
 */
public final class Analyzer {
    public static final String GENERATOR = "parallax " + Version.VERSION;

    private final ClaimExtractor claimExtractor = new ClaimExtractor();

    public AnalysisResult analyze(IngestResult input, ProgressListener progress) {
        List<Article> articles = input.articles();
        List<Claim> claims = new ArrayList<>();
        Map<String, ArticleFraming> framing = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            progress.progress((double) i / Math.max(1, articles.size()), "Extracting claims from " + a.fileName());
            claims.addAll(claimExtractor.extract(a, claims.size() + 1));
            framing.put(a.id(), ArticleFraming.empty());
        }
        progress.progress(1.0, "Analysis done");
        return new AnalysisResult(AnalysisResult.SCHEMA, GENERATOR, articles, claims, List.of(), List.of(),
                framing, List.of(), StoryFindings.none(), input.problems());
    }
}
