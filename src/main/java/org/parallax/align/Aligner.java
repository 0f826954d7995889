package org.parallax.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parallax.compare.ClaimComparator;
import org.parallax.compare.Comparison;
import org.parallax.compare.Embedder;
import org.parallax.compare.Statement;
import org.parallax.ingest.Cleaner;
import org.parallax.model.AnalysisText;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.Entity;
import org.parallax.model.Relation;
import org.parallax.model.Settings;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.Token;

/**
 * Finds claims of different articles that report the same fact, and labels each pair of
 * counterparts in a cluster ({@link Counterparts}); the cluster's other pairs are context.
 *
 * <p>Articles are grouped by the event they report; candidate links come from blocking (each
 * claim's nearest claims in every other article of its event group, and claims sharing resolved
 * entities), never all pairs. Clusters grow from mutual neighbours by union-find, two clusters
 * joining only when their claims are close on average (no chain of look-alikes) and no article
 * would fill them; a claim telling several facts may also stand in a second cluster; a claim its
 * own article restates at more length (a headline the lead repeats) follows that claim. Claims of
 * articles grouped as different events never align. A cluster needs claims of two or more
 * articles; the rest stay unique. Settings: {@code resources/align/aligner.properties}.
 */
public final class Aligner {
    private final ClaimComparator comparator;
    private final int neighbours;
    private final double minCosine;
    private final double sameEventCosine;
    private final double articleLinkAt;
    private final double mergeMeanCosine;
    private final int mutualNeighbours;
    private final int maxPerArticle;
    private final int pairsAllMaxClaims;
    private final double articleFactCosine;
    private final int maxEntityBlock;
    private final double alsoMeanCosine;
    private final double alsoBestCosine;
    private final double alsoMoreBestCosine;
    private final double differentPeopleCosine;
    private final double restatedShare;
    private final double counterpartAt;

    /** What a pair of one topic that is not a pair of counterparts says: no mark. */
    static final String CONTEXT = "Same topic, another fact: each of the two has a closer counterpart in the other's source,"
            + " or they share too little to tell one fact; not compared.";

    public Aligner() {
        this(new ClaimComparator(), Settings.load("align/aligner.properties"));
    }

    public Aligner(ClaimComparator comparator, Settings settings) {
        this.comparator = comparator;
        neighbours = settings.integer("candidate.neighbours");
        minCosine = settings.number("candidate.min.cosine");
        sameEventCosine = settings.number("link.same.event.cosine");
        articleLinkAt = settings.number("article.link.threshold");
        mergeMeanCosine = settings.number("merge.mean.cosine");
        mutualNeighbours = settings.integer("link.mutual.neighbours");
        maxPerArticle = settings.integer("merge.max.per.article");
        pairsAllMaxClaims = settings.integer("pairs.all.max.claims");
        articleFactCosine = settings.number("article.fact.cosine");
        maxEntityBlock = settings.integer("candidate.entity.max.claims");
        alsoMeanCosine = settings.number("also.member.mean.cosine");
        alsoBestCosine = settings.number("also.member.best.cosine");
        alsoMoreBestCosine = settings.number("also.member.more.best.cosine");
        differentPeopleCosine = settings.number("different.people.cosine");
        restatedShare = settings.number("restated.share");
        counterpartAt = settings.number("counterpart.min.similarity");
    }

    public List<Cluster> align(List<AnnotatedArticle> articles, List<Claim> claims, List<Entity> entities) {
        if (claims.size() < 2) {
            return List.of();
        }
        Scores scores = scores(articles, claims, entities);
        int[] twin = restatedIn(claims);
        int[] event = articleEvents(claims, byArticleIds(claims), scores);

        List<Link> seeds = new ArrayList<>();
        List<Map<Integer, Double>> edges = candidates(claims, scores, event, twin, seeds);
        List<List<Integer>> groups = mergeLinks(claims, seeds, scores);
        List<List<Integer>> facts = withSharedMembers(groups, edges, claims, scores, twin);
        withRestatements(facts, twin);

        return clusters(facts, scores, g -> g.size() <= pairsAllMaxClaims ? null : strongestLinks(g, edges, claims));
    }

    /**
     * For each claim that a longer claim of its article restates (at least restated.share of its
     * words: a headline the lead repeats), the index of that claim; -1 for the rest. Such a claim
     * tells its article's fact twice: it takes no part in linking, where the copy would crowd the
     * fuller claim out of its neighbours' nearest links, and stands wherever that claim stands
     * ({@link #withRestatements}).
     */
    private int[] restatedIn(List<Claim> claims) {
        int[] twin = new int[claims.size()];
        java.util.Arrays.fill(twin, -1);
        List<Set<String>> words = claims.stream().map(c -> Cleaner.wordSet(c.text())).toList();
        for (List<Integer> own : byArticleIds(claims).values()) {
            for (int i : own) {
                double best = restatedShare;
                for (int j : own) {
                    if (j != i && claims.get(j).text().length() > claims.get(i).text().length()) {
                        double share = Cleaner.restatedShare(words.get(i), words.get(j));
                        if (share >= best) {
                            best = share;
                            twin[i] = j;
                        }
                    }
                }
            }
        }
        // Along a chain of restatements the longest claim is the one that links.
        for (int i = 0; i < twin.length; i++) {
            while (twin[i] >= 0 && twin[twin[i]] >= 0) {
                twin[i] = twin[twin[i]];
            }
        }
        return twin;
    }

    /** Puts each restated claim in every fact of the claim that restates it. */
    private static void withRestatements(List<List<Integer>> facts, int[] twin) {
        Map<Integer, List<Integer>> restatements = new HashMap<>();
        for (int i = 0; i < twin.length; i++) {
            if (twin[i] >= 0) {
                restatements.computeIfAbsent(twin[i], k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> fact : facts) {
            for (int member : List.copyOf(fact)) {
                fact.addAll(restatements.getOrDefault(member, List.of()));
            }
        }
    }

    /** How a grouping found some other way sees the claims: their statements, embeddings and articles' dates. */
    @FunctionalInterface
    public interface Grouping {
        List<List<Integer>> group(List<Statement> statements, List<float[]> vectors, Map<String, LocalDate> published);
    }

    /**
     * Clusters from claims grouped some other way (the benchmark's all-pairs baseline), prepared
     * and labelled as {@link #align} does, every pair of claims of different articles in a group.
     */
    public List<Cluster> alignBy(List<AnnotatedArticle> articles, List<Claim> claims, List<Entity> entities, Grouping grouping) {
        Scores scores = scores(articles, claims, entities);
        return clusters(grouping.group(scores.statements, scores.vectors, scores.published), scores, g -> null);
    }

    /** The claims as the comparator reads them: statements with resolved names, embeddings, each article's date. */
    private Scores scores(List<AnnotatedArticle> articles, List<Claim> claims, List<Entity> entities) {
        Map<String, LocalDate> published = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            Article art = a.article();
            if (art.published() != null) {
                published.put(art.id(), art.published());
            }
        }
        Map<String, String> entityNames = new HashMap<>();
        Set<String> people = new HashSet<>();
        for (Entity e : entities) {
            entityNames.put(e.id(), e.name());
            if ("PERSON".equals(e.type())) {
                people.add(e.id());
            }
        }
        List<float[]> vectors = comparator.embedder().embedAll(claims.stream().map(Claim::text).toList());
        List<Statement> statements = new ArrayList<>(claims.size());
        Map<String, List<Token>> tokens = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            List<Token> all = new ArrayList<>();
            a.sentences().forEach(s -> all.addAll(s.tokens()));
            tokens.put(a.article().id(), all);
            texts.put(a.article().id(), AnalysisText.of(a.article()));
        }
        for (Claim c : claims) {
            String text = texts.get(c.article());
            Statement s = (text == null ? Statement.of(c.text()) : Statement.of(c.text(), tokens.get(c.article()), positions(c, text)))
                    .withNames(c.entities().stream().map(id -> entityNames.getOrDefault(id, id)).toList())
                    .withPeople(c.entities().stream().filter(people::contains).map(id -> entityNames.getOrDefault(id, id)).toList());
            statements.add(s);
        }
        return new Scores(claims, statements, vectors, people, published);
    }

    /**
     * Where each character of a claim's text stands in its article's text: the claim's text is
     * the article's span with each run of whitespace made one space.
     */
    private static java.util.function.IntUnaryOperator positions(Claim c, String text) {
        String claim = c.text();
        int[] at = new int[claim.length() + 1];
        int j = Math.min(c.start(), text.length());
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        for (int i = 0; i < claim.length(); i++) {
            at[i] = j;
            if (Character.isWhitespace(claim.charAt(i))) {
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
            } else if (j < text.length()) {
                j++;
            }
        }
        at[claim.length()] = j;
        return i -> at[Math.max(0, Math.min(i, claim.length()))];
    }

    /**
     * Groups of claims from two or more articles as clusters, each pair labelled by the comparator;
     * {@code labelledPairs} names the pairs to label in a group (by {@link #key}), null for all.
     */
    private List<Cluster> clusters(List<List<Integer>> facts, Scores scores, Function<List<Integer>, Set<Long>> labelledPairs) {
        List<Claim> claims = scores.claims;
        List<Statement> statements = scores.statements;
        List<Cluster> clusters = new ArrayList<>();
        Set<String> names = new HashSet<>();
        facts.sort(Comparator.comparingInt(g -> g.stream().mapToInt(Integer::intValue).min().orElse(0)));
        // Being counterparts is a property of the two claims: a pair that tells one fact in one
        // topic is labelled alike wherever else the two stand together.
        Set<Long> counterparts = new HashSet<>();
        for (List<Integer> g : facts) {
            counterparts.addAll(Counterparts.of(g, i -> claims.get(i).article(), scores::similarity, counterpartAt));
        }
        Map<Long, Comparison> compared = new HashMap<>();
        for (List<Integer> g : facts) {
            g.sort(Integer::compare);
            Set<String> sources = new HashSet<>();
            g.forEach(i -> sources.add(claims.get(i).article()));
            if (sources.size() < 2) {
                continue;
            }
            List<ClaimPair> pairs = new ArrayList<>();
            Set<Long> labelled = labelledPairs.apply(g);
            for (int p = 0; p < g.size(); p++) {
                for (int q = p + 1; q < g.size(); q++) {
                    int i = g.get(p);
                    int j = g.get(q);
                    Claim a = claims.get(i);
                    Claim b = claims.get(j);
                    boolean counterpart = counterparts.contains(key(i, j));
                    if (a.article().equals(b.article()) || !counterpart && labelled != null && !labelled.contains(key(i, j))) {
                        continue;
                    }
                    if (!counterpart) {
                        pairs.add(new ClaimPair(a.id(), b.id(), Relation.RELATED, null, round(scores.similarity(i, j)), CONTEXT, false));
                        continue;
                    }
                    // A pair standing in several topics is compared once.
                    Comparison c = compared.computeIfAbsent(key(i, j), k -> comparator.compareCounterparts(
                            statements.get(i), statements.get(j), scores.cosine(i, j),
                            scores.published.get(a.article()), scores.published.get(b.article())));
                    Relation rel = c.relation() == Relation.UNRELATED ? Relation.RELATED : c.relation();
                    String why = c.relation() == Relation.UNRELATED
                            ? "A and B share little wording; they are linked through the other claims of this cluster."
                            : c.explanation();
                    // A RELATED pair takes no kind; the kind of a difference named without a mark is kept apart.
                    boolean marked = rel != Relation.RELATED;
                    pairs.add(new ClaimPair(a.id(), b.id(), rel, marked ? c.kind() : null, round(c.score()), why, true,
                            marked ? null : c.kind()));
                }
            }
            String topic = topic(g, statements, scores, names);
            names.add(topic);
            clusters.add(new Cluster("k" + (clusters.size() + 1), topic,
                    g.stream().map(i -> claims.get(i).id()).toList(), pairs));
        }
        return clusters;
    }

    /** For each claim of a cluster, its strongest link to a claim of another article in the cluster. */
    private static Set<Long> strongestLinks(List<Integer> g, List<Map<Integer, Double>> edges, List<Claim> claims) {
        Set<Integer> inCluster = new HashSet<>(g);
        Set<Long> out = new HashSet<>();
        for (int i : g) {
            int best = -1;
            double strength = Double.NEGATIVE_INFINITY;
            for (Map.Entry<Integer, Double> e : edges.get(i).entrySet()) {
                if (inCluster.contains(e.getKey()) && e.getValue() > strength
                        && !claims.get(e.getKey()).article().equals(claims.get(i).article())) {
                    best = e.getKey();
                    strength = e.getValue();
                }
            }
            if (best >= 0) {
                out.add(key(i, best));
            }
        }
        return out;
    }

    /** A candidate link between two claims of different articles and how strong it is. */
    private record Link(int a, int b, double strength) {
    }

    /**
     * Candidate links (blocking), never all pairs: each claim's nearest claims (by link strength)
     * in every other article of its event group, and claims of other articles of the group sharing
     * two or more resolved entities. Claims of different event groups never link: the look-alike
     * sentences of two similar events (a coach fired, a coach hired) would join their clusters.
     * Strength is the embedding cosine, or different.people.cosine when the two name different
     * people. Returns, per claim, its candidates with their strengths; {@code seeds} receives the
     * links that start clusters: mutual neighbours (each among the other's link.mutual.neighbours
     * nearest in its article) at or above link.same.event.cosine.
     */
    private List<Map<Integer, Double>> candidates(List<Claim> claims, Scores scores, int[] event, int[] twin, List<Link> seeds) {
        int n = claims.size();
        List<Map<Integer, Double>> edges = new ArrayList<>(n);
        List<Map<String, List<Integer>>> nearest = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            edges.add(new HashMap<>());
            nearest.add(new HashMap<>());
        }
        Map<Integer, Map<String, List<Integer>>> byEventArticle = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (twin[i] < 0) {
                byEventArticle.computeIfAbsent(event[i], k -> new LinkedHashMap<>())
                        .computeIfAbsent(claims.get(i).article(), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (twin[i] >= 0) {
                continue;
            }
            for (Map.Entry<String, List<Integer>> other : byEventArticle.get(event[i]).entrySet()) {
                if (other.getKey().equals(claims.get(i).article())) {
                    continue;
                }
                List<Integer> near = scores.nearest(i, other.getValue(), neighbours, minCosine);
                nearest.get(i).put(other.getKey(), near);
                for (int j : near) {
                    link(edges, i, j, scores.strength(i, j));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, List<Integer>> near : nearest.get(i).entrySet()) {
                List<Integer> mine = near.getValue();
                for (int r = 0; r < Math.min(mutualNeighbours, mine.size()); r++) {
                    int j = mine.get(r);
                    if (j < i) {
                        continue;
                    }
                    List<Integer> theirs = nearest.get(j).getOrDefault(claims.get(i).article(), List.of());
                    int back = theirs.indexOf(i);
                    if (back >= 0 && back < mutualNeighbours && scores.strength(i, j) >= sameEventCosine) {
                        seeds.add(new Link(i, j, scores.strength(i, j)));
                    }
                }
            }
        }
        Map<String, List<Integer>> byEntity = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String e : twin[i] >= 0 ? Set.<String>of() : new HashSet<>(claims.get(i).entities())) {
                byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (twin[i] >= 0) {
                continue;
            }
            Map<Integer, Integer> sharedCount = new HashMap<>();
            for (String e : new HashSet<>(claims.get(i).entities())) {
                List<Integer> holders = byEntity.get(e);
                if (holders.size() > maxEntityBlock) {
                    continue;
                }
                for (int j : holders) {
                    if (j > i && !claims.get(j).article().equals(claims.get(i).article())) {
                        sharedCount.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> s : sharedCount.entrySet()) {
                int j = s.getKey();
                if (s.getValue() >= 2 && event[i] == event[j] && !edges.get(i).containsKey(j)) {
                    link(edges, i, j, scores.strength(i, j));
                }
            }
        }
        return edges;
    }

    private static void link(List<Map<Integer, Double>> edges, int i, int j, double strength) {
        edges.get(i).put(j, strength);
        edges.get(j).put(i, strength);
    }

    /**
     * Builds clusters from the seed links, strongest first (union-find): two clusters join when the
     * mean strength over all their pairs of claims from different articles reaches
     * merge.mean.cosine, so a chain of look-alikes cannot pull two different facts together. Each
     * pair's strength is computed once, when its two clusters join; cost grows with the links and
     * the cluster sizes, not with the square of all claims.
     */
    private List<List<Integer>> mergeLinks(List<Claim> claims, List<Link> seeds, Scores scores) {
        int n = claims.size();
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        List<Link> sorted = new ArrayList<>(seeds);
        sorted.sort(Comparator.comparingDouble(Link::strength).reversed());
        for (Link l : sorted) {
            int x = find(parent, l.a());
            int y = find(parent, l.b());
            if (x == y) {
                continue;
            }
            if (tooManyPerArticle(claims, members.get(x), members.get(y))) {
                continue;
            }
            double sum = 0;
            int count = 0;
            for (int i : members.get(x)) {
                for (int j : members.get(y)) {
                    if (!claims.get(i).article().equals(claims.get(j).article())) {
                        sum += scores.strength(i, j);
                        count++;
                    }
                }
            }
            if (count > 0 && sum / count < mergeMeanCosine) {
                continue;
            }
            parent[y] = x;
            members.get(x).addAll(members.get(y));
            members.set(y, List.of());
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (parent[i] == i) {
                out.add(new ArrayList<>(members.get(i)));
            }
        }
        return out;
    }

    /** The two clusters together would hold more than merge.max.per.article claims of one article. */
    private boolean tooManyPerArticle(List<Claim> claims, List<Integer> x, List<Integer> y) {
        Map<String, Integer> count = new HashMap<>();
        for (List<Integer> side : List.of(x, y)) {
            for (int i : side) {
                if (count.merge(claims.get(i).article(), 1, Integer::sum) > maxPerArticle) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /**
     * A sentence often reports several facts ("X happened, and Y said Z"), so a claim may also stand
     * in the clusters of other facts it tells: it joins the cluster of a linked claim when its mean
     * strength to that cluster's claims of other articles reaches also.member.mean.cosine and its
     * best one also.member.best.cosine; of several such clusters, the closest on average, and each
     * other one where its best link reaches also.member.more.best.cosine.
     */
    private List<List<Integer>> withSharedMembers(List<List<Integer>> groups, List<Map<Integer, Double>> edges,
                                                  List<Claim> claims, Scores scores, int[] twin) {
        int n = claims.size();
        int[] groupOf = new int[n];
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                groupOf[i] = g;
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> g : groups) {
            out.add(new ArrayList<>(g));
        }
        for (int i = 0; i < n; i++) {
            if (twin[i] >= 0) {
                continue;
            }
            Set<Integer> tried = new HashSet<>();
            tried.add(groupOf[i]);
            Map<Integer, Double> meanOf = new HashMap<>();
            Map<Integer, Double> bestOf = new HashMap<>();
            for (int j : edges.get(i).keySet()) {
                int g = groupOf[j];
                if (!tried.add(g) || groups.get(g).size() < 2 || tooManyPerArticle(claims, out.get(g), List.of(i))) {
                    continue;
                }
                double sum = 0;
                double best = 0;
                int count = 0;
                for (int k : groups.get(g)) {
                    if (!claims.get(k).article().equals(claims.get(i).article())) {
                        double c = scores.strength(i, k);
                        sum += c;
                        best = Math.max(best, c);
                        count++;
                    }
                }
                if (count > 0 && sum / count >= alsoMeanCosine && best >= alsoBestCosine) {
                    meanOf.put(g, sum / count);
                    bestOf.put(g, best);
                }
            }
            // The closest cluster on average first; more only on a link as strong as a near-paraphrase.
            List<Integer> passing = new ArrayList<>(meanOf.keySet());
            passing.sort(Comparator.comparingDouble(g -> -meanOf.get(g)));
            for (int r = 0; r < passing.size(); r++) {
                int g = passing.get(r);
                if (r == 0 || bestOf.get(g) >= alsoMoreBestCosine) {
                    out.get(g).add(i);
                }
            }
        }
        return out;
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
    private int[] articleEvents(List<Claim> claims, Map<String, List<Integer>> byArticle, Scores scores) {
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
                sim[x][y] = sim[y][x] = profileCosine(profiles.get(x), profiles.get(y));
            }
        }
        // Two articles telling one fact almost alike (claims sharing an entity, no different people,
        // strength at least article.fact.cosine) report one event whatever else they name.
        Map<String, Integer> articleIndex = new HashMap<>();
        for (int x = 0; x < m; x++) {
            articleIndex.put(ids.get(x), x);
        }
        Map<String, List<Integer>> byEntity = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            for (String e : new HashSet<>(claims.get(i).entities())) {
                byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> holders : byEntity.values()) {
            if (holders.size() > maxEntityBlock) {
                continue;
            }
            for (int p = 0; p < holders.size(); p++) {
                for (int q = p + 1; q < holders.size(); q++) {
                    int x = articleIndex.get(claims.get(holders.get(p)).article());
                    int y = articleIndex.get(claims.get(holders.get(q)).article());
                    if (x != y && sim[x][y] < 1 && scores.strength(holders.get(p), holders.get(q)) >= articleFactCosine) {
                        sim[x][y] = sim[y][x] = 1;
                    }
                }
            }
        }
        int[] group = new int[m];
        List<List<Integer>> groups = new ArrayList<>();
        for (int x = 0; x < m; x++) {
            group[x] = x;
            groups.add(new ArrayList<>(List.of(x)));
        }
        // Average linkage with the group similarities updated on each merge (Lance-Williams), not recomputed.
        int[] size = new int[m];
        java.util.Arrays.fill(size, 1);
        while (true) {
            double best = articleLinkAt;
            int bx = -1;
            int by = -1;
            for (int x = 0; x < m; x++) {
                if (size[x] == 0) {
                    continue;
                }
                for (int y = x + 1; y < m; y++) {
                    if (size[y] > 0 && sim[x][y] >= best) {
                        best = sim[x][y];
                        bx = x;
                        by = y;
                    }
                }
            }
            if (bx < 0) {
                break;
            }
            for (int z = 0; z < m; z++) {
                if (size[z] > 0 && z != bx && z != by) {
                    sim[bx][z] = sim[z][bx] = (size[bx] * sim[bx][z] + size[by] * sim[by][z]) / (size[bx] + size[by]);
                }
            }
            size[bx] += size[by];
            size[by] = 0;
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

    /** Cosine of two entity profiles; an article naming no entity cannot be told apart, so it joins at the bar. */
    private double profileCosine(Map<String, Double> a, Map<String, Double> b) {
        return a.isEmpty() || b.isEmpty() ? articleLinkAt : cosine(a, b);
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

    /** A short readable name, none of the {@code taken} ones: the main clause of the cluster's most central claim ({@link ClusterTopic}). */
    private static String topic(List<Integer> g, List<Statement> statements, Scores scores, Set<String> taken) {
        return ClusterTopic.standard().name(g.stream().map(i -> statements.get(i).text()).toList(),
                (p, q) -> scores.cosine(g.get(p), g.get(q)), taken);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    static long key(int i, int j) {
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
        private final Set<String> people;
        private final List<Set<String>> peopleOf = new ArrayList<>();
        private final Map<String, LocalDate> published;

        Scores(List<Claim> claims, List<Statement> statements, List<float[]> vectors, Set<String> people,
               Map<String, LocalDate> published) {
            this.people = people;
            this.published = published;
            for (Claim c : claims) {
                Set<String> p = new HashSet<>(c.entities());
                p.retainAll(people);
                peopleOf.add(p);
            }
            this.claims = claims;
            this.statements = statements;
            this.vectors = vectors;
        }

        double cosine(int i, int j) {
            return Embedder.cosine(vectors.get(i), vectors.get(j));
        }

        /** Link strength of a candidate pair: its cosine, or different.people.cosine when each names a person the other does not. */
        double strength(int i, int j) {
            return differentPeople(i, j) ? differentPeopleCosine : cosine(i, j);
        }

        /** Each claim names a person the other does not (a call with one president, calls with another): likely two facts. */
        boolean differentPeople(int i, int j) {
            Set<String> a = peopleOf.get(i);
            Set<String> b = peopleOf.get(j);
            return !a.isEmpty() && !b.isEmpty() && !b.containsAll(a) && !a.containsAll(b);
        }

        /** The {@code k} claims of {@code among} with the greatest strength to claim i, at least {@code min}, strongest first. */
        List<Integer> nearest(int i, List<Integer> among, int k, double min) {
            double[] strength = new double[among.size()];
            List<Integer> order = new ArrayList<>();
            for (int x = 0; x < among.size(); x++) {
                strength[x] = strength(i, among.get(x));
                if (strength[x] >= min) {
                    order.add(x);
                }
            }
            order.sort(Comparator.comparingDouble(x -> -strength[x]));
            List<Integer> out = new ArrayList<>(Math.min(k, order.size()));
            for (int x = 0; x < Math.min(k, order.size()); x++) {
                out.add(among.get(order.get(x)));
            }
            return out;
        }

        double similarity(int i, int j) {
            return similarity.computeIfAbsent(key(i, j), k -> comparator.similarity(comparator.features(
                    statements.get(i), statements.get(j), cosine(i, j))));
        }
    }
}
