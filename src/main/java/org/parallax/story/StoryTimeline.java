package org.parallax.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.Relation;
import org.parallax.model.StoryFindings;
import org.parallax.model.TimeValue;
import org.parallax.model.Timeline;
import org.parallax.model.TimelineChange;
import org.parallax.model.TimelineFact;
import org.parallax.model.TimelineReport;

/**
 * Places the story's facts along time. A fact is a set of counterpart claims (same fact, different
 * sources) joined through their marked pairs within a topic; context pairs of a topic join nothing,
 * so a topic with two facts gives two. A later report changes a fact when its pair with an earlier
 * report of it is a DIVERGE or a CONTRADICT and the two sources were published on different days;
 * a difference between sources of one day is a conflict, not a change over time, and a source
 * whose date the story findings doubt changes nothing.
 */
public final class StoryTimeline {
    /** A calendar date or part of one; durations ("P3D"), weeks and seasons place nothing. */
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private StoryTimeline() {
    }

    /**
     * @param findings the story findings: an off-topic article is not part of the coverage span, and
     *                 one whose date conflicts with what it reports is placed at its date but no
     *                 change over time is read from it, nor does it widen the span
     */
    public static Timeline of(List<Article> articles, List<Claim> claims, List<Cluster> clusters, StoryFindings findings) {
        Set<String> misdated = new LinkedHashSet<>();
        findings.dateAnomalies().forEach(d -> misdated.add(d.article()));
        Set<String> offTopic = Set.copyOf(findings.offTopic());
        Map<String, Article> articleById = new HashMap<>();
        articles.forEach(a -> articleById.put(a.id(), a));
        Map<String, Claim> claimById = new HashMap<>();
        claims.forEach(c -> claimById.put(c.id(), c));

        List<TimelineFact> facts = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (Cluster cluster : clusters) {
            for (Set<String> members : factsOf(cluster, claimById)) {
                if (seen.add(members)) {
                    facts.add(fact(cluster, members, claimById, articleById, misdated));
                }
            }
        }
        facts.sort(Comparator.comparing((TimelineFact f) -> f.reports().get(0).published(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        List<TimelineFact> numbered = new ArrayList<>();
        for (TimelineFact f : facts) {
            numbered.add(new TimelineFact("t" + (numbered.size() + 1), f.cluster(), f.topic(), f.reports(), f.changes()));
        }

        List<LocalDate> dates = articles.stream()
                .filter(a -> !misdated.contains(a.id()) && !offTopic.contains(a.id()))
                .map(Article::published).filter(Objects::nonNull).sorted().toList();
        List<String> undated = articles.stream().filter(a -> a.published() == null).map(Article::id).toList();
        Map<String, Integer> firsts = new LinkedHashMap<>();
        for (TimelineFact f : numbered) {
            f.reports().stream().filter(TimelineReport::first).map(TimelineReport::article).distinct()
                    .forEach(a -> firsts.merge(a, 1, Integer::sum));
        }
        return new Timeline(dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
                undated, List.copyOf(misdated), firsts, numbered);
    }

    /** The claim sets of a cluster joined by counterpart pairs, each from two sources or more. */
    private static List<Set<String>> factsOf(Cluster cluster, Map<String, Claim> claimById) {
        Map<String, String> parent = new HashMap<>();
        Set<String> paired = new HashSet<>();
        for (ClaimPair p : cluster.pairs()) {
            if (marked(p) && claimById.containsKey(p.a()) && claimById.containsKey(p.b())) {
                paired.add(p.a());
                paired.add(p.b());
                String ra = root(parent, p.a());
                String rb = root(parent, p.b());
                if (!ra.equals(rb)) {
                    parent.put(ra, rb);
                }
            }
        }
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (String id : cluster.claims()) {
            if (paired.contains(id)) {
                groups.computeIfAbsent(root(parent, id), k -> new LinkedHashSet<>()).add(id);
            }
        }
        return groups.values().stream()
                .filter(g -> g.stream().map(id -> claimById.get(id).article()).distinct().count() >= 2)
                .toList();
    }

    /**
     * Counterparts the comparison judged to tell one fact: AGREE, DIVERGE or CONTRADICT. Those below
     * its same-fact bar (RELATED) would chain a topic's facts into one.
     */
    private static boolean marked(ClaimPair p) {
        return p.counterpart() && p.relation() != Relation.RELATED && p.relation() != Relation.UNRELATED;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private static TimelineFact fact(Cluster cluster, Set<String> members, Map<String, Claim> claimById,
                                     Map<String, Article> articleById, Set<String> misdated) {
        List<Claim> told = members.stream().map(claimById::get)
                .sorted(Comparator.comparing((Claim c) -> articleById.get(c.article()).published(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        LocalDate first = articleById.get(told.get(0).article()).published();
        List<TimelineReport> reports = told.stream().map(c -> {
            LocalDate published = articleById.get(c.article()).published();
            return new TimelineReport(c.id(), c.article(), published, eventDate(c), first != null && first.equals(published));
        }).toList();
        List<TimelineChange> changes = new ArrayList<>();
        for (ClaimPair p : cluster.pairs()) {
            if (!p.counterpart() || !members.contains(p.a()) || !members.contains(p.b())
                    || p.relation() != Relation.DIVERGE && p.relation() != Relation.CONTRADICT) {
                continue;
            }
            String sa = claimById.get(p.a()).article();
            String sb = claimById.get(p.b()).article();
            LocalDate da = articleById.get(sa).published();
            LocalDate db = articleById.get(sb).published();
            if (da == null || db == null || da.equals(db) || misdated.contains(sa) || misdated.contains(sb)) {
                continue;
            }
            boolean aEarlier = da.isBefore(db);
            changes.add(new TimelineChange(aEarlier ? p.a() : p.b(), aEarlier ? p.b() : p.a(), p.relation(), p.kind(),
                    Math.abs(ChronoUnit.DAYS.between(da, db)), p.explanation(), aEarlier));
        }
        return new TimelineFact(null, cluster.id(), cluster.topic(), reports, changes);
    }

    /** The first calendar date the claim gives, as written in ISO form; null when it gives none. */
    static String eventDate(Claim claim) {
        for (TimeValue t : claim.dates()) {
            if (t.value() != null && CALENDAR.matcher(t.value()).matches()) {
                return t.value();
            }
        }
        return null;
    }
}
