package org.parallax.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one analysis found: the single immutable object the report writers and the views
 * are drawn from. Field names follow the report format (shared spec, version 1).
 */
public record AnalysisResult(
        String schema,
        String generator,
        List<Article> articles,
        List<Claim> claims,
        List<Entity> entities,
        List<Cluster> clusters,
        Map<String, ArticleFraming> framing,
        List<Reuse> reuse,
        StoryFindings story,
        List<InputProblem> problems,
        Timeline timeline,
        Provenance provenance) {

    public static final String SCHEMA = "parallax-report/1";

    /**
     * The articles as read and cleaned, before any analysis: no claims, relations or findings.
     * The window shows their columns while the analysis runs.
     */
    public static AnalysisResult textsOnly(String generator, List<Article> articles, List<InputProblem> problems) {
        return new AnalysisResult(SCHEMA, generator, articles, List.of(), List.of(), List.of(), Map.of(), List.of(),
                StoryFindings.none(), problems);
    }

    /** A result without timeline and provenance (the analysis derives them from the claims, clusters and reuse). */
    public AnalysisResult(String schema, String generator, List<Article> articles, List<Claim> claims, List<Entity> entities,
                          List<Cluster> clusters, Map<String, ArticleFraming> framing, List<Reuse> reuse,
                          StoryFindings story, List<InputProblem> problems) {
        this(schema, generator, articles, claims, entities, clusters, framing, reuse, story, problems, Timeline.none(),
                Provenance.none());
    }

    public AnalysisResult {
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
        entities = List.copyOf(entities);
        clusters = List.copyOf(clusters);
        framing = Collections.unmodifiableMap(new LinkedHashMap<>(framing));
        reuse = List.copyOf(reuse);
        problems = List.copyOf(problems);
        timeline = timeline == null ? Timeline.none() : timeline;
        provenance = provenance == null ? Provenance.none() : provenance;
    }
}
