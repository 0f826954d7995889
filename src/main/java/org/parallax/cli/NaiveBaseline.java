package org.parallax.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.parallax.align.Aligner;
import org.parallax.compare.ClaimComparator;
import org.parallax.compare.Comparison;
import org.parallax.compare.Embedder;
import org.parallax.ingest.TimeBudget;
import org.parallax.model.Claim;
import org.parallax.model.Cluster;
import org.parallax.model.Entity;
import org.parallax.model.Settings;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.pipeline.Analyzer;
import org.parallax.pipeline.AnnotationCache;

/**
 * The benchmark's yardstick: the pipeline as it would be without the aligner's blocking. Every
 * claim is compared by the {@link ClaimComparator} with every claim of the other articles; claims
 * are then grouped by average linkage over all those pairs, at a likely-paraphrase bar
 * ({@code naive.link.threshold}). Articles annotate as in the engine (coarse NER on every core): the
 * ratio measures that one choice. (The fine-grained NER rules, the other choice once timed here,
 * are measured by src/eval/AnnotationSpeed.java; their model files do not ship.) Not a user option: it exists to be timed. Stops when its thread is interrupted.
 */
final class NaiveBaseline {
    private NaiveBaseline() {
    }

    static Analyzer analyzer(int threads) {
        return new Analyzer(TimeBudget.DEFAULT, AnnotationCache.memoryOnly(), threads,
                new AllPairs(new ClaimComparator(), Settings.load("align/aligner.properties").number("naive.link.threshold"))::align);
    }

    /** All-pairs comparison, then average-linkage clustering; the clusters are labelled as the engine labels its own. */
    static final class AllPairs {
        private final ClaimComparator comparator;
        private final Aligner labeller;
        private final double linkAt;

        AllPairs(ClaimComparator comparator, double linkAt) {
            this.comparator = comparator;
            this.labeller = new Aligner(comparator, Settings.load("align/aligner.properties"));
            this.linkAt = linkAt;
        }

        List<Cluster> align(List<AnnotatedArticle> articles, List<Claim> claims, List<Entity> entities) {
            return labeller.alignBy(articles, claims, entities, (statements, vectors, published) -> {
                int n = claims.size();
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
                return new ArrayList<>(members.values());
            });
        }
    }
}
