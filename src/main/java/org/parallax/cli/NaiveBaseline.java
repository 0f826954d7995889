package org.parallax.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.parallax.compare.ClaimComparator;
import org.parallax.compare.Comparison;
import org.parallax.compare.Embedder;
import org.parallax.compare.Settings;
import org.parallax.compare.Statement;
import org.parallax.ingest.TimeBudget;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.Entity;
import org.parallax.model.Relation;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.Annotator;
import org.parallax.pipeline.AnnotationCache;
import org.parallax.pipeline.Analyzer;

/**
 * The benchmark's yardstick: the pipeline as it would be without the engine's speed choices.
 * CoreNLP runs with its fine-grained NER rules, and every claim is compared by the
 * {@link ClaimComparator} with every claim of the other articles (no blocking); claims are then
 * grouped by average linkage over all those pairs, at the aligner's cross-event linking bar
 * ({@code link.threshold}). Articles still annotate on every core: the ratio measures those two
 * choices only. Not a user option: it exists to be timed. Stops when its thread is interrupted.
 */
final class NaiveBaseline {
    private NaiveBaseline() {
    }

    static Analyzer analyzer(int threads) {
        return new Analyzer(TimeBudget.DEFAULT, AnnotationCache.memoryOnly(), threads, Annotator.withFineGrainedNer(),
                new AllPairs(new ClaimComparator(), Settings.load("align/aligner.properties").number("link.threshold"))::align);
    }

    /** All-pairs comparison, then average-linkage clustering. */
    static final class AllPairs {
        private final ClaimComparator comparator;
        private final double linkAt;

        AllPairs(ClaimComparator comparator, double linkAt) {
            this.comparator = comparator;
            this.linkAt = linkAt;
        }

        List<Cluster> align(List<AnnotatedArticle> articles, List<Claim> claims, List<Entity> entities) {
            int n = claims.size();
            Map<String, LocalDate> published = new HashMap<>();
            for (AnnotatedArticle a : articles) {
                if (a.article().published() != null) {
                    published.put(a.article().id(), a.article().published());
                }
            }
            Map<String, String> names = new HashMap<>();
            entities.forEach(e -> names.put(e.id(), e.name()));
            List<float[]> vectors = comparator.embedder().embedAll(claims.stream().map(Claim::text).toList());
            List<Statement> statements = new ArrayList<>(n);
            for (Claim c : claims) {
                statements.add(Statement.of(c.text()).withNames(c.entities().stream().map(id -> names.getOrDefault(id, id)).toList()));
            }
            // Every pair of claims of different articles, compared in full.
            float[][] margin = new float[n][];
            List<long[]> edges = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("naive baseline stopped");
                }
                margin[i] = new float[i];
                for (int j = 0; j < i; j++) {
                    Claim a = claims.get(i);
                    Claim b = claims.get(j);
                    if (a.article().equals(b.article())) {
                        margin[i][j] = Float.NEGATIVE_INFINITY;
                        continue;
                    }
                    Comparison c = comparator.compare(statements.get(i), statements.get(j),
                            Embedder.cosine(vectors.get(i), vectors.get(j)), published.get(a.article()), published.get(b.article()));
                    margin[i][j] = (float) (c.similarity() - linkAt);
                    if (margin[i][j] >= 0) {
                        edges.add(new long[] {i, j});
                    }
                }
            }
            // Average linkage along the pairs above the bar, strongest first.
            edges.sort(Comparator.comparingDouble(e -> -margin[(int) e[0]][(int) e[1]]));
            int[] group = new int[n];
            Map<Integer, List<Integer>> members = new HashMap<>();
            for (int i = 0; i < n; i++) {
                group[i] = i;
                members.put(i, new ArrayList<>(List.of(i)));
            }
            for (long[] e : edges) {
                int gi = group[(int) e[0]];
                int gj = group[(int) e[1]];
                if (gi == gj) {
                    continue;
                }
                List<Integer> x = members.get(gi);
                List<Integer> y = members.get(gj);
                double sum = 0;
                for (int i : x) {
                    for (int j : y) {
                        float m = i > j ? margin[i][j] : margin[j][i];
                        sum += m == Float.NEGATIVE_INFINITY ? 0 : m;
                    }
                }
                if (sum < 0) {
                    continue;
                }
                x.addAll(y);
                y.forEach(j -> group[j] = gi);
                members.remove(gj);
            }
            List<Cluster> clusters = new ArrayList<>();
            List<List<Integer>> groups = new ArrayList<>(members.values());
            groups.sort(Comparator.comparingInt(g -> g.stream().mapToInt(Integer::intValue).min().orElse(0)));
            for (List<Integer> g : groups) {
                g.sort(Integer::compare);
                Set<String> sources = new HashSet<>();
                g.forEach(i -> sources.add(claims.get(i).article()));
                if (sources.size() < 2) {
                    continue;
                }
                List<ClaimPair> pairs = new ArrayList<>();
                for (int p = 0; p < g.size(); p++) {
                    for (int q = p + 1; q < g.size(); q++) {
                        Claim a = claims.get(g.get(p));
                        Claim b = claims.get(g.get(q));
                        if (a.article().equals(b.article())) {
                            continue;
                        }
                        Comparison c = comparator.compare(statements.get(g.get(p)), statements.get(g.get(q)),
                                Embedder.cosine(vectors.get(g.get(p)), vectors.get(g.get(q))),
                                published.get(a.article()), published.get(b.article()), true);
                        Relation rel = c.relation() == Relation.UNRELATED ? Relation.RELATED : c.relation();
                        pairs.add(new ClaimPair(a.id(), b.id(), rel, c.kind(), c.score(), c.explanation()));
                    }
                }
                clusters.add(new Cluster("k" + (clusters.size() + 1), statements.get(g.get(0)).text(),
                        g.stream().map(i -> claims.get(i).id()).toList(), pairs));
            }
            return clusters;
        }
    }
}
