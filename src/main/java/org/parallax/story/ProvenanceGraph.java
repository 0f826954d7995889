package org.parallax.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.LikelySource;
import org.parallax.model.Provenance;
import org.parallax.model.ProvenanceEdge;
import org.parallax.model.Relation;
import org.parallax.model.Reuse;
import org.parallax.model.Settings;

/**
 * Who took from whom. Two sources are linked by the text they share near-verbatim and by the
 * facts one tells again; the arrow goes from the earlier to the later where both are dated on
 * different days. Shared facts alone link sources but never make a likely source: outlets covering
 * one event independently tell the same facts, while long shared passages are copied.
 */
public final class ProvenanceGraph {
    private final double edgeText;
    private final double edgeClaims;
    private final double likelyText;

    public ProvenanceGraph() {
        this(Settings.load("story/provenance.properties"));
    }

    public ProvenanceGraph(Settings s) {
        edgeText = s.number("edge.min.text");
        edgeClaims = s.number("edge.min.claims");
        likelyText = s.number("likely.min.text");
    }

    /**
     * @param misdated articles whose date conflicts with what they report (story findings): their
     *                 links get no direction, as an undated article's
     */
    public Provenance of(List<Article> articles, List<Claim> claims, List<Cluster> clusters, List<Reuse> reuse,
                         Set<String> misdated) {
        Map<String, Double> textShare = new HashMap<>();
        reuse.forEach(r -> textShare.put(r.a() + "|" + r.b(), r.share()));
        Map<String, Double> toldShare = toldShare(claims, clusters);

        List<ProvenanceEdge> edges = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article x = articles.get(i);
                Article y = articles.get(j);
                int order = misdated.contains(x.id()) || misdated.contains(y.id()) ? 0 : order(x.published(), y.published());
                if (order != 0) {
                    Article earlier = order < 0 ? x : y;
                    Article later = order < 0 ? y : x;
                    double text = textShare.getOrDefault(later.id() + "|" + earlier.id(), 0.0);
                    double told = toldShare.getOrDefault(later.id() + "|" + earlier.id(), 0.0);
                    if (text > 0 && text >= edgeText || told >= edgeClaims) {
                        edges.add(new ProvenanceEdge(earlier.id(), later.id(), true, round(text), round(told)));
                    }
                } else {
                    double text = Math.max(textShare.getOrDefault(x.id() + "|" + y.id(), 0.0),
                            textShare.getOrDefault(y.id() + "|" + x.id(), 0.0));
                    double told = Math.max(toldShare.getOrDefault(x.id() + "|" + y.id(), 0.0),
                            toldShare.getOrDefault(y.id() + "|" + x.id(), 0.0));
                    if (text > 0 && text >= edgeText || told >= edgeClaims) {
                        edges.add(new ProvenanceEdge(x.id(), y.id(), false, round(text), round(told)));
                    }
                }
            }
        }

        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<LikelySource> likely = new ArrayList<>();
        Map<String, Integer> takenFrom = new LinkedHashMap<>();
        for (Article a : articles) {
            edges.stream().filter(e -> e.directed() && e.to().equals(a.id()) && e.textShare() >= likelyText)
                    .max(Comparator.comparingDouble(ProvenanceEdge::textShare).thenComparingDouble(ProvenanceEdge::claimShare))
                    .ifPresent(e -> {
                        long days = java.time.temporal.ChronoUnit.DAYS.between(byId.get(e.from()).published(), a.published());
                        likely.add(new LikelySource(a.id(), e.from(), String.format(Locale.ROOT,
                                "%d%% of its text stands near-verbatim in %s, published %d %s earlier; %d%% of its claims tell %s's facts",
                                Math.round(e.textShare() * 100), e.from(), days, days == 1 ? "day" : "days",
                                Math.round(e.claimShare() * 100), e.from())));
                        takenFrom.merge(e.from(), 1, Integer::sum);
                    });
        }
        String proposed = takenFrom.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> byId.get(e.getKey()).published(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
        return new Provenance(edges, likely, proposed);
    }

    /**
     * For each ordered pair of articles "a|b", the share of a's claims that have a marked
     * counterpart in b; one pass over the pairs, so a large story costs no article × article ×
     * claim loop.
     */
    private static Map<String, Double> toldShare(List<Claim> claims, List<Cluster> clusters) {
        Map<String, String> articleOf = new HashMap<>();
        Map<String, Integer> claimCount = new HashMap<>();
        claims.forEach(c -> {
            articleOf.put(c.id(), c.article());
            claimCount.merge(c.article(), 1, Integer::sum);
        });
        Map<String, Set<String>> toldIn = new HashMap<>();
        for (Cluster k : clusters) {
            for (ClaimPair p : k.pairs()) {
                if (p.counterpart() && p.relation() != Relation.RELATED && p.relation() != Relation.UNRELATED
                        && articleOf.containsKey(p.a()) && articleOf.containsKey(p.b())) {
                    toldIn.computeIfAbsent(p.a(), c -> new HashSet<>()).add(articleOf.get(p.b()));
                    toldIn.computeIfAbsent(p.b(), c -> new HashSet<>()).add(articleOf.get(p.a()));
                }
            }
        }
        Map<String, Integer> told = new HashMap<>();
        toldIn.forEach((claim, others) -> others.forEach(other -> told.merge(articleOf.get(claim) + "|" + other, 1, Integer::sum)));
        Map<String, Double> out = new HashMap<>();
        told.forEach((pair, n) -> out.put(pair, (double) n / claimCount.get(pair.substring(0, pair.indexOf('|')))));
        return out;
    }

    /** Negative when {@code a} is earlier, positive when later, 0 when the dates do not order them. */
    private static int order(LocalDate a, LocalDate b) {
        return a == null || b == null ? 0 : a.compareTo(b);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
