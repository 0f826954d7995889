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
    private final double sameEventCosine;
    private final double articleLinkAt;

    public Aligner() {
        this(new ClaimComparator(), Settings.load("align/aligner.properties"));
    }

    public Aligner(ClaimComparator comparator, Settings settings) {
        this.comparator = comparator;
        neighbours = settings.integer("candidate.neighbours");
        minCosine = settings.number("candidate.min.cosine");
        linkAt = settings.number("link.threshold");
        sameEventCosine = settings.number("link.same.event.cosine");
        articleLinkAt = settings.number("article.link.threshold");
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
        int[] event = articleEvents(claims, byArticleIds(claims));
        Scores scores = new Scores(claims, statements, vectors, event);

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
                        .forEach(j -> edges.put(key(fi, j), scores.margin(fi, j)));
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
                    edges.putIfAbsent(key(i, s.getKey()), scores.margin(i, s.getKey()));
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
            if (e.getValue() < 0) {
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
                    sum += scores.margin(i, j);
                }
            }
            if (sum / (x.size() * y.size()) < 0) {
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
                            published.get(a.article()), published.get(b.article()), true);
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

    private static Map<String, List<Integer>> byArticleIds(List<Claim> claims) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            out.computeIfAbsent(claims.get(i).article(), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    /**
     * Groups the articles by the event they report, from the entities their claims name (weighted
     * by rarity across the articles, so a name every article carries counts little), by average
     * linkage; returns each claim's group. Articles of one group tell the same event, so their
     * claims may link on embedding closeness alone.
     */
    private int[] articleEvents(List<Claim> claims, Map<String, List<Integer>> byArticle) {
        List<String> ids = new ArrayList<>(byArticle.keySet());
        int m = ids.size();
        List<Map<String, Double>> profiles = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String a : ids) {
            Map<String, Double> tf = new HashMap<>();
            for (int i : byArticle.get(a)) {
                for (String e : claims.get(i).entities()) {
                    tf.merge(e, 1.0, Double::sum);
                }
            }
            tf.keySet().forEach(e -> df.merge(e, 1, Integer::sum));
            profiles.add(tf);
        }
        for (Map<String, Double> tf : profiles) {
            tf.replaceAll((e, v) -> Math.sqrt(v) * Math.log(1.0 + m / (double) df.get(e)));
        }
        double[][] sim = new double[m][m];
        for (int x = 0; x < m; x++) {
            for (int y = x + 1; y < m; y++) {
                sim[x][y] = sim[y][x] = cosine(profiles.get(x), profiles.get(y));
            }
        }
        int[] group = new int[m];
        List<List<Integer>> groups = new ArrayList<>();
        for (int x = 0; x < m; x++) {
            group[x] = x;
            groups.add(new ArrayList<>(List.of(x)));
        }
        while (true) {
            double best = articleLinkAt;
            int bx = -1;
            int by = -1;
            for (int x = 0; x < m; x++) {
                for (int y = x + 1; y < m; y++) {
                    if (groups.get(x).isEmpty() || groups.get(y).isEmpty()) {
                        continue;
                    }
                    double sum = 0;
                    for (int p : groups.get(x)) {
                        for (int q : groups.get(y)) {
                            sum += sim[p][q];
                        }
                    }
                    double avg = sum / (groups.get(x).size() * groups.get(y).size());
                    if (avg >= best) {
                        best = avg;
                        bx = x;
                        by = y;
                    }
                }
            }
            if (bx < 0) {
                break;
            }
            for (int q : groups.get(by)) {
                group[q] = bx;
            }
            groups.get(bx).addAll(groups.get(by));
            groups.get(by).clear();
        }
        int[] out = new int[claims.size()];
        for (int x = 0; x < m; x++) {
            for (int i : byArticle.get(ids.get(x))) {
                out[i] = group[x];
            }
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
            na += e.getValue() * e.getValue();
        }
        for (double v : b.values()) {
            nb += v * v;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
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
        private final int[] event;

        Scores(List<Claim> claims, List<Statement> statements, List<float[]> vectors, int[] event) {
            this.claims = claims;
            this.statements = statements;
            this.vectors = vectors;
            this.event = event;
        }

        /**
         * How far a pair is above its linking bar (negative: below). Claims of articles that report
         * the same event link on embedding closeness; across events only near-paraphrases link.
         */
        double margin(int i, int j) {
            if (event[i] == event[j]) {
                return Math.max(cosine(i, j) - sameEventCosine, similarity(i, j) - linkAt);
            }
            return similarity(i, j) - linkAt;
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
