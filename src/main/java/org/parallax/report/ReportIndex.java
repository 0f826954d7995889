package org.parallax.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.DateAnomaly;
import org.parallax.model.Entity;
import org.parallax.model.Relation;

/**
 * Look-ups the export writers share over one analysis result: claims, articles and entities by id,
 * the cluster of each claim, the headline relation of a cluster and the claims no other source carries.
 */
final class ReportIndex {
    /** Most telling first: a reader wants contradictions before agreements. */
    static final List<Relation> SEVERITY = List.of(
            Relation.CONTRADICT, Relation.DIVERGE, Relation.AGREE, Relation.RELATED, Relation.UNRELATED);

    /** A title stands in for an unknown outlet; past this length it is cut at a word. */
    private static final int MAX_NAME = 40;

    private final AnalysisResult result;
    private final Map<String, Article> articles;
    private final Map<String, Claim> claims;
    private final Map<String, Entity> entities;
    private final Map<String, Cluster> clusterOfClaim = new LinkedHashMap<>();

    ReportIndex(AnalysisResult result) {
        this.result = result;
        this.articles = byId(result.articles(), Article::id);
        this.claims = byId(result.claims(), Claim::id);
        this.entities = byId(result.entities(), Entity::id);
        for (Cluster c : result.clusters()) {
            for (String claimId : c.claims()) {
                clusterOfClaim.putIfAbsent(claimId, c);
            }
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }

    AnalysisResult result() {
        return result;
    }

    Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    Optional<Claim> claim(String id) {
        return Optional.ofNullable(claims.get(id));
    }

    /** The entity's canonical name, or its id when the result does not list it. */
    String entityName(String id) {
        Entity e = entities.get(id);
        return e == null ? id : e.name();
    }

    /** How a reader knows the source: its outlet, else its title, else its file name. */
    String sourceName(String articleId) {
        Article a = articles.get(articleId);
        if (a == null) {
            return articleId;
        }
        if (notBlank(a.outlet())) {
            return a.outlet();
        }
        return notBlank(a.title()) ? shorten(a.title().strip(), MAX_NAME) : a.fileName();
    }

    /** The outlet as known, "" when unknown (the CSV keeps what is known apart from what is guessed). */
    String outlet(String articleId) {
        Article a = articles.get(articleId);
        return a == null || a.outlet() == null ? "" : a.outlet();
    }

    static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }

    /** The article id of a claim, or "" for an unknown claim id. */
    String articleOf(String claimId) {
        Claim c = claims.get(claimId);
        return c == null ? "" : c.article();
    }

    Optional<Cluster> clusterOf(String claimId) {
        return Optional.ofNullable(clusterOfClaim.get(claimId));
    }

    /** The most telling relation among the cluster's pairs, empty for a cluster without pairs. */
    static Optional<Relation> headline(Cluster c) {
        return c.pairs().stream().map(ClaimPair::relation).filter(Objects::nonNull)
                .min(Comparator.comparingInt(ReportIndex::rank));
    }

    /** The most telling relation of the pairs that hold this claim. */
    static Optional<Relation> relationOf(Cluster c, String claimId) {
        return c.pairs().stream()
                .filter(p -> claimId.equals(p.a()) || claimId.equals(p.b()))
                .map(ClaimPair::relation)
                .filter(Objects::nonNull)
                .min(Comparator.comparingInt(ReportIndex::rank));
    }

    static int rank(Relation r) {
        return r == null ? SEVERITY.size() : SEVERITY.indexOf(r);
    }

    /** Contradictions first, then divergences, agreements, related; wider clusters before narrower ones. */
    List<Cluster> clustersMostTellingFirst() {
        return result.clusters().stream()
                .sorted(Comparator.comparingInt((Cluster c) -> rank(headline(c).orElse(null)))
                        .thenComparing(Comparator.comparingInt((Cluster c) -> sourcesOf(c).size()).reversed()))
                .toList();
    }

    /** The pairs of a cluster, most telling first. */
    static List<ClaimPair> pairsMostTellingFirst(Cluster c) {
        return c.pairs().stream().sorted(Comparator.comparingInt(p -> rank(p.relation()))).toList();
    }

    /** The articles that carry a claim of the cluster, in the order of the result's articles. */
    List<String> sourcesOf(Cluster c) {
        Set<String> ids = c.claims().stream().map(this::articleOf).collect(Collectors.toSet());
        return result.articles().stream().map(Article::id).filter(ids::contains).toList();
    }

    /** The cluster's claims from one article. */
    List<Claim> claimsOf(Cluster c, String articleId) {
        List<Claim> out = new ArrayList<>();
        for (String id : c.claims()) {
            Claim claim = claims.get(id);
            if (claim != null && articleId.equals(claim.article())) {
                out.add(claim);
            }
        }
        return out;
    }

    /** Claims of the article that no cluster holds: what only this source says. */
    List<Claim> uniqueClaims(String articleId) {
        return result.claims().stream()
                .filter(c -> articleId.equals(c.article()) && !clusterOfClaim.containsKey(c.id()))
                .toList();
    }

    long countClaims(String articleId) {
        return result.claims().stream().filter(c -> articleId.equals(c.article())).count();
    }

    boolean offTopic(String articleId) {
        return result.story() != null && result.story().offTopic().contains(articleId);
    }

    List<DateAnomaly> dateAnomalies(String articleId) {
        if (result.story() == null) {
            return List.of();
        }
        return result.story().dateAnomalies().stream().filter(d -> articleId.equals(d.article())).toList();
    }

    /** How many pairs of each relation the result holds. */
    Map<Relation, Integer> pairCounts() {
        Map<Relation, Integer> counts = new LinkedHashMap<>();
        for (Relation r : SEVERITY) {
            counts.put(r, 0);
        }
        for (Cluster c : result.clusters()) {
            for (ClaimPair p : c.pairs()) {
                if (p.relation() != null) {
                    counts.merge(p.relation(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Clusters whose headline is this relation. */
    long clustersWithHeadline(Relation r) {
        return result.clusters().stream().filter(c -> headline(c).orElse(null) == r).count();
    }

    /** Distinct entity ids in first-seen order. */
    static List<String> distinct(List<String> ids) {
        return new ArrayList<>(new LinkedHashSet<>(ids));
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
