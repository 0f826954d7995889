package org.parallax.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.compare.ClaimComparator;
import org.parallax.compare.Comparison;
import org.parallax.compare.Embedder;
import org.parallax.compare.Settings;
import org.parallax.compare.Statement;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.Entity;
import org.parallax.model.Relation;
import org.parallax.nlp.AnnotatedArticle;

/**
 * Finds claims of different articles that report the same fact, and labels each pair in a cluster.
 *
 * <p>Candidates come from blocking (each claim's nearest claims by embedding in every other
 * article, and claims sharing resolved entities), each scored by the pair comparator; groups are
 * then merged by average linkage, so a cluster holds claims that are similar as a whole, not a
 * chain of look-alikes. A cluster needs claims of two or more articles; the rest stay unique.
 */
public final class Aligner {
    private final ClaimComparator comparator;
    private final int neighbours;
    private final double minCosine;
    private final double linkAt;

    public Aligner() {
        this(new ClaimComparator(), Settings.load("align/aligner.properties"));
    }

    public Aligner(ClaimComparator comparator, Settings settings) {
        this.comparator = comparator;
        neighbours = settings.integer("candidate.neighbours");
        minCosine = settings.number("candidate.min.cosine");
        linkAt = settings.number("link.threshold");
    }

    public List<Cluster> align(List<AnnotatedArticle> articles, List<Claim> claims, List<Entity> entities) {
        if (claims.size() < 2) {
            return List.of();
        }
        Map<String, LocalDate> published = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            Article art = a.article();
            if (art.published() != null) {
                published.put(art.id(), art.published());
            }
        }
        Map<String, String> entityNames = new HashMap<>();
        for (Entity e : entities) {
            entityNames.put(e.id(), e.name());
        }
        int n = claims.size();
        List<float[]> vectors = comparator.embedder().embedAll(claims.stream().map(Claim::text).toList());
        List<Statement> statements = new ArrayList<>(n);
        for (Claim c : claims) {
            statements.add(Statement.of(c.text()).withNames(c.entities().stream()
                    .map(id -> entityNames.getOrDefault(id, id)).toList()));
        }
        Scores scores = new Scores(claims, statements, vectors);

        // Blocking: nearest claims per other article by cosine; shared entities.
        Map<Long, Double> edges = new HashMap<>();
        Map<String, List<Integer>> byArticle = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byArticle.computeIfAbsent(claims.get(i).article(), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, List<Integer>> other : byArticle.entrySet()) {
                if (other.getKey().equals(claims.get(i).article())) {
                    continue;
                }
                final int fi = i;
                other.getValue().stream()
                        .filter(j -> scores.cosine(fi, j) >= minCosine)
                        .sorted(Comparator.comparingDouble(j -> -scores.cosine(fi, j)))
                        .limit(neighbours)
                        .forEach(j -> edges.put(key(fi, j), scores.similarity(fi, j)));
            }
        }
        Map<String, List<Integer>> byEntity = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String e : claims.get(i).entities()) {
                byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> sharedCount = new HashMap<>();
            for (String e : new HashSet<>(claims.get(i).entities())) {
                for (int j : byEntity.get(e)) {
                    if (j > i && !claims.get(j).article().equals(claims.get(i).article())) {
                        sharedCount.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> s : sharedCount.entrySet()) {
                if (s.getValue() >= 2) {
                    edges.putIfAbsent(key(i, s.getKey()), scores.similarity(i, s.getKey()));
                }
            }
        }

        // Average-linkage merging along candidate edges, strongest first.
        int[] group = new int[n];
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            group[i] = i;
            members.put(i, new ArrayList<>(List.of(i)));
        }
        List<Map.Entry<Long, Double>> sorted = new ArrayList<>(edges.entrySet());
        sorted.sort(Map.Entry.<Long, Double>comparingByValue().reversed());
        for (Map.Entry<Long, Double> e : sorted) {
            if (e.getValue() < linkAt) {
                break;
            }
            int gi = group[(int) (e.getKey() >> 32)];
            int gj = group[(int) (e.getKey() & 0xffffffffL)];
            if (gi == gj) {
                continue;
            }
            List<Integer> x = members.get(gi);
            List<Integer> y = members.get(gj);
            double sum = 0;
            for (int i : x) {
                for (int j : y) {
                    sum += scores.similarity(i, j);
                }
            }
            if (sum / (x.size() * y.size()) < linkAt) {
                continue;
            }
            x.addAll(y);
            for (int j : y) {
                group[j] = gi;
            }
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
                    int i = g.get(p);
                    int j = g.get(q);
                    Claim a = claims.get(i);
                    Claim b = claims.get(j);
                    if (a.article().equals(b.article())) {
                        continue;
                    }
                    Comparison c = comparator.compare(statements.get(i), statements.get(j), scores.cosine(i, j),
                            published.get(a.article()), published.get(b.article()));
                    Relation rel = c.relation() == Relation.UNRELATED ? Relation.RELATED : c.relation();
                    String why = c.relation() == Relation.UNRELATED
                            ? "A and B share little wording; they are linked through the other claims of this cluster."
                            : c.explanation();
                    pairs.add(new ClaimPair(a.id(), b.id(), rel, c.kind(), round(c.score()), why));
                }
            }
            clusters.add(new Cluster("k" + (clusters.size() + 1), topic(g, statements, scores),
                    g.stream().map(i -> claims.get(i).id()).toList(), pairs));
        }
        return clusters;
    }

    /** The words of the cluster's most central claim that other members share, in its word order. */
    private static String topic(List<Integer> g, List<Statement> statements, Scores scores) {
        int centre = g.get(0);
        double best = -1;
        for (int i : g) {
            double s = 0;
            for (int j : g) {
                s += i == j ? 0 : scores.cosine(i, j);
            }
            if (s > best) {
                best = s;
                centre = i;
            }
        }
        Statement c = statements.get(centre);
        Map<String, Integer> support = new HashMap<>();
        for (int i : g) {
            if (i != centre) {
                for (String stem : statements.get(i).contentStems()) {
                    support.merge(stem, 1, Integer::sum);
                }
            }
        }
        Set<String> used = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (Statement.Word w : c.words()) {
            if (c.contentStems().contains(w.stem()) && support.containsKey(w.stem()) && used.add(w.stem())) {
                words.add(w.text());
            }
            if (words.size() == 8) {
                break;
            }
        }
        if (words.size() < 2) {
            String t = c.text();
            return t.length() <= 80 ? t : t.substring(0, t.lastIndexOf(' ', 80) > 0 ? t.lastIndexOf(' ', 80) : 80) + "…";
        }
        return String.join(" ", words);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private static long key(int i, int j) {
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        return ((long) lo << 32) | hi;
    }

    /** Cosines and comparator similarities between claims, computed on demand and remembered. */
    private final class Scores {
        private final List<Claim> claims;
        private final List<Statement> statements;
        private final List<float[]> vectors;
        private final Map<Long, Double> similarity = new HashMap<>();

        Scores(List<Claim> claims, List<Statement> statements, List<float[]> vectors) {
            this.claims = claims;
            this.statements = statements;
            this.vectors = vectors;
        }

        double cosine(int i, int j) {
            return Embedder.cosine(vectors.get(i), vectors.get(j));
        }

        double similarity(int i, int j) {
            return similarity.computeIfAbsent(key(i, j), k -> comparator.similarity(comparator.features(
                    statements.get(i), statements.get(j), cosine(i, j))));
        }
    }
}
