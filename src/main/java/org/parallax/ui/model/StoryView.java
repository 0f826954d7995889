package org.parallax.ui.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Article;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.DateAnomaly;
import org.parallax.model.Entity;
import org.parallax.model.FramingItem;
import org.parallax.model.StoryFindings;

/**
 * The analysis as the user sees it: the included sources only, with the user's corrections
 * applied (claims marked "not the same claim" taken out of their cluster, confirmations, notes).
 * Pure data, no JavaFX: the views and the tests draw from it.
 */
public final class StoryView {
    private final AnalysisResult result;
    private final List<Article> articles;
    private final Map<String, Article> articleById = new LinkedHashMap<>();
    private final Map<String, Integer> sourceNumber = new HashMap<>();
    private final Map<String, Claim> claimById = new HashMap<>();
    private final Map<String, Entity> entityById = new HashMap<>();
    private final List<Entity> entities;
    private final List<Group> groups;
    private final Map<String, Group> groupByClaim = new HashMap<>();
    private final Map<String, List<Group>> groupsByClaim = new HashMap<>();
    private final Map<String, Long> claimCount = new HashMap<>();
    private Map<String, List<FramingItem>> distinctiveFraming;

    public StoryView(AnalysisResult result, Set<String> excludedArticles, List<Correction> corrections) {
        this.result = result;
        for (int i = 0; i < result.articles().size(); i++) {
            sourceNumber.put(result.articles().get(i).id(), i + 1);
        }
        this.articles = result.articles().stream().filter(a -> !excludedArticles.contains(a.id())).toList();
        articles.forEach(a -> articleById.put(a.id(), a));
        result.claims().stream().filter(c -> articleById.containsKey(c.article())).forEach(c -> claimById.put(c.id(), c));
        this.entities = applyEntityCorrections(result.entities(), corrections);
        this.groups = buildGroups(corrections);
        for (Group g : groups) {
            for (Claim c : g.claims()) {
                groupByClaim.merge(c.id(), g, (held, other) -> primary(c.id(), held, other));
                groupsByClaim.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(g);
            }
        }
        for (Claim c : claimById.values()) {
            claimCount.merge(c.article(), 1L, Long::sum);
        }
    }

    /**
     * The user's entity corrections: a split moves the mentions spelled one way into an entity of
     * their own; a merge makes several entities one (the first keeps its id and name). Every old
     * id still finds the entity it became.
     */
    private List<Entity> applyEntityCorrections(List<Entity> found, List<Correction> corrections) {
        List<Entity> list = new ArrayList<>(found);
        Map<String, String> movedTo = new HashMap<>();
        for (Correction c : corrections) {
            if (c.kind() == Correction.Kind.SPLIT_ENTITY && c.entities().size() == 2) {
                for (int i = 0; i < list.size(); i++) {
                    Entity e = list.get(i);
                    if (!e.name().equals(c.entities().get(0))) {
                        continue;
                    }
                    String variant = c.entities().get(1);
                    List<org.parallax.model.Mention> away = e.mentions().stream().filter(m -> m.text().equals(variant)).toList();
                    if (away.isEmpty() || away.size() == e.mentions().size()) {
                        continue;
                    }
                    list.set(i, new Entity(e.id(), e.name(), e.type(), e.mentions().stream().filter(m -> !away.contains(m)).toList()));
                    list.add(i + 1, new Entity(e.id() + "~" + variant, variant, e.type(), away));
                    break;
                }
            } else if (c.kind() == Correction.Kind.MERGE_ENTITIES && c.entities().size() >= 2) {
                List<Entity> parts = c.entities().stream()
                        .map(n -> list.stream().filter(e -> e.name().equals(n)).findFirst().orElse(null))
                        .filter(java.util.Objects::nonNull).distinct().toList();
                if (parts.size() < 2) {
                    continue;
                }
                Entity keep = parts.get(0);
                List<org.parallax.model.Mention> all = new ArrayList<>();
                parts.forEach(p -> all.addAll(p.mentions()));
                list.set(list.indexOf(keep), new Entity(keep.id(), keep.name(), keep.type(), all));
                for (Entity p : parts.subList(1, parts.size())) {
                    list.remove(p);
                    movedTo.put(p.id(), keep.id());
                }
            }
        }
        list.forEach(e -> entityById.put(e.id(), e));
        for (Map.Entry<String, String> m : movedTo.entrySet()) {
            String target = m.getValue();
            while (movedTo.containsKey(target)) {
                target = movedTo.get(target);
            }
            entityById.put(m.getKey(), entityById.get(target));
        }
        return List.copyOf(list);
    }

    /**
     * A claim may report facts of two clusters (a sentence telling two things). It opens the one
     * where it stands worst, so a red or amber mark always leads to the pair that earned it; between
     * equals, the one holding its closest counterpart.
     */
    private static Group primary(String claimId, Group held, Group other) {
        int byStatus = Integer.compare(ownStatus(claimId, other).ordinal(), ownStatus(claimId, held).ordinal());
        if (byStatus != 0) {
            return byStatus < 0 ? other : held;
        }
        return closestScore(claimId, other) > closestScore(claimId, held) ? other : held;
    }

    /** How the claim's own pairs in a group stand; a member listed without a pair of its own is only related. */
    private static Status ownStatus(String claimId, Group g) {
        return g.statusByClaim().getOrDefault(claimId, Status.RELATED);
    }

    private static double closestScore(String claimId, Group g) {
        Status status = ownStatus(claimId, g);
        return g.pairs().stream()
                .filter(p -> p.a().equals(claimId) || p.b().equals(claimId))
                .filter(p -> Status.of(p.relation()) == status)
                .mapToDouble(ClaimPair::score).max().orElse(0);
    }

    /** The entities after the user's merges and splits. */
    public List<Entity> entities() {
        return entities;
    }

    public static StoryView empty() {
        return new StoryView(new AnalysisResult(AnalysisResult.SCHEMA, "", List.of(), List.of(), List.of(), List.of(),
                Map.of(), List.of(), StoryFindings.none(), List.of()), Set.of(), List.of());
    }

    private List<Group> buildGroups(List<Correction> corrections) {
        Set<ClaimKey> notSame = new LinkedHashSet<>();
        Set<ClaimKey> confirmed = new LinkedHashSet<>();
        Map<ClaimKey, List<String>> notes = new HashMap<>();
        for (Correction o : corrections) {
            switch (o.kind()) {
                case NOT_SAME -> notSame.add(o.claim());
                case CONFIRM -> confirmed.add(o.claim());
                case NOTE -> notes.computeIfAbsent(o.claim(), k -> new ArrayList<>()).add(o.text());
                default -> { }
            }
        }
        List<Group> out = new ArrayList<>();
        Set<String> clustered = new LinkedHashSet<>();
        for (Cluster cluster : result.clusters()) {
            List<Claim> members = new ArrayList<>();
            for (String id : cluster.claims()) {
                Claim c = claimById.get(id);
                if (c != null && !notSame.contains(key(c))) {
                    members.add(c);
                }
            }
            long sources = members.stream().map(Claim::article).distinct().count();
            if (sources < 2) {
                continue;
            }
            Set<String> memberIds = new LinkedHashSet<>();
            members.forEach(c -> memberIds.add(c.id()));
            List<ClaimPair> pairs = cluster.pairs().stream()
                    .filter(p -> memberIds.contains(p.a()) && memberIds.contains(p.b())).toList();
            Map<String, Status> byClaim = statusByClaim(pairs);
            Status worst = worstOf(byClaim);
            members.sort(order());
            boolean isConfirmed = members.stream().anyMatch(c -> confirmed.contains(key(c)));
            List<String> groupNotes = members.stream().flatMap(c -> notes.getOrDefault(key(c), List.of()).stream()).toList();
            String topic = cluster.topic() == null || cluster.topic().isBlank() ? members.get(0).text() : cluster.topic();
            out.add(new Group(cluster.id(), topic, members, pairs, worst, byClaim, isConfirmed, groupNotes));
            clustered.addAll(memberIds);
        }
        for (Claim c : claimById.values()) {
            if (!clustered.contains(c.id())) {
                out.add(new Group("u:" + c.id(), c.text(), List.of(c), List.of(), Status.UNIQUE, Map.of(),
                        confirmed.contains(key(c)), notes.getOrDefault(key(c), List.of())));
            }
        }
        out.sort(Comparator.comparing(Group::first, order()));
        return List.copyOf(out);
    }

    /** Reading order: source order, then position in the article. */
    private Comparator<Claim> order() {
        List<String> ids = result.articles().stream().map(Article::id).toList();
        return Comparator.<Claim>comparingInt(c -> ids.indexOf(c.article())).thenComparingInt(Claim::start);
    }

    public ClaimKey key(Claim claim) {
        return ClaimKey.of(result.articles().stream().filter(a -> a.id().equals(claim.article())).findFirst().orElseThrow(), claim);
    }

    /** Every framing item of the source, as the analysis found it. */
    public List<FramingItem> framing(String articleId) {
        ArticleFraming f = result.framing().get(articleId);
        return f == null ? List.of() : f.items();
    }

    /**
     * The framing items of a source that set it apart from the other included sources: a label for
     * an entity that another source also names but never with that label, and any other framing word
     * (loaded term, hedge, verb of saying) that no other source uses. What every source writes is
     * the story's language, not one outlet's framing.
     */
    public List<FramingItem> distinctiveFraming(String articleId) {
        if (distinctiveFraming == null) {
            Map<String, Set<String>> usedBy = new HashMap<>();
            Map<String, Set<String>> entityIn = new HashMap<>();
            for (Article a : articles) {
                for (FramingItem item : framing(a.id())) {
                    usedBy.computeIfAbsent(framingKey(item), k -> new HashSet<>()).add(a.id());
                }
            }
            for (Entity e : result.entities()) {
                e.mentions().forEach(m -> entityIn.computeIfAbsent(e.id(), k -> new HashSet<>()).add(m.article()));
            }
            Map<String, List<FramingItem>> out = new HashMap<>();
            for (Article a : articles) {
                out.put(a.id(), framing(a.id()).stream().filter(item -> {
                    if (usedBy.getOrDefault(framingKey(item), Set.of()).size() > 1) {
                        return false;
                    }
                    // A label sets the source apart only where another source names the same entity.
                    return item.entity() == null || entityIn.getOrDefault(item.entity(), Set.of()).stream()
                            .anyMatch(other -> !other.equals(a.id()) && articleById.containsKey(other));
                }).toList());
            }
            distinctiveFraming = out;
        }
        return distinctiveFraming.getOrDefault(articleId, List.of());
    }

    private static String framingKey(FramingItem item) {
        return item.category() + "|" + (item.entity() == null ? "" : item.entity()) + "|"
                + item.text().toLowerCase(java.util.Locale.ROOT).strip();
    }

    public AnalysisResult result() {
        return result;
    }

    /** The included sources, in input order. */
    public List<Article> articles() {
        return articles;
    }

    public Article article(String id) {
        return articleById.get(id);
    }

    /** The source's stable number ("S1") among all sources, included or not. */
    public int sourceNumber(String articleId) {
        return sourceNumber.getOrDefault(articleId, 0);
    }

    public String sourceTag(String articleId) {
        return "S" + sourceNumber(articleId);
    }

    /** What the user calls the source: its outlet, else its file name. */
    public static String sourceName(Article a) {
        return a.outlet() != null && !a.outlet().isBlank() ? a.outlet() : a.fileName();
    }

    public String sourceLabel(String articleId) {
        Article a = result.articles().stream().filter(x -> x.id().equals(articleId)).findFirst().orElse(null);
        return sourceTag(articleId) + " " + (a == null ? "?" : sourceName(a));
    }

    public Claim claim(String id) {
        return claimById.get(id);
    }

    public List<Claim> claimsOf(String articleId) {
        return claimById.values().stream().filter(c -> c.article().equals(articleId))
                .sorted(Comparator.comparingInt(Claim::start)).toList();
    }

    public long claimCount(String articleId) {
        return claimCount.getOrDefault(articleId, 0L);
    }

    public Entity entity(String id) {
        return entityById.get(id);
    }

    public List<Group> groups() {
        return groups;
    }

    public Group groupOf(String claimId) {
        return groupByClaim.get(claimId);
    }

    /**
     * What selecting a claim shows: the claim with its own counterparts (the claims it agrees with,
     * diverges from or contradicts) and those relations. A match can hold several facts of one
     * event, so its other members are shown only when the claim has no counterpart of its own.
     * With {@code base} null (a click on the claim) the counterparts come from every match the claim
     * is in, shown as its primary match; else (a matrix row, a step) from {@code base} only, so the
     * row's own fact is what shows.
     */
    public Group focus(String claimId, Group base) {
        boolean member = base != null && base.claims().stream().anyMatch(c -> c.id().equals(claimId));
        Group from = member ? base : groupByClaim.get(claimId);
        if (from == null || !from.shared()) {
            return from;
        }
        Map<String, ClaimPair> own = new LinkedHashMap<>();
        for (Group g : member ? List.of(base) : groupsByClaim.getOrDefault(claimId, List.of())) {
            for (ClaimPair p : g.pairs()) {
                if ((p.a().equals(claimId) || p.b().equals(claimId)) && Status.of(p.relation()) != Status.RELATED) {
                    own.putIfAbsent(p.a().equals(claimId) ? p.b() : p.a(), p);
                }
            }
        }
        if (own.isEmpty()) {
            return from;
        }
        List<Claim> members = new ArrayList<>();
        members.add(claimById.get(claimId));
        own.keySet().forEach(id -> members.add(claimById.get(id)));
        members.sort(order());
        Map<String, Status> byClaim = statusByClaim(own.values());
        Status worst = worstOf(byClaim);
        // Counterparts gathered from several matches tell the clicked claim's fact, not the match's topic.
        String topic = member ? from.topic() : org.parallax.align.ClusterTopic.standard().phrase(claimById.get(claimId).text());
        return new Group(from.id(), topic, members, List.copyOf(own.values()), worst, byClaim, from.confirmed(), from.notes());
    }

    /** The claim a match is shown from: one side of its strongest pair of the match's own status. */
    public Claim lead(Group g) {
        return g.pairs().stream()
                .filter(p -> g.status() != Status.RELATED && Status.of(p.relation()) == g.status())
                .max(java.util.Comparator.comparingDouble(ClaimPair::score))
                .map(p -> claimById.get(p.a()))
                .orElse(g.first());
    }

    /** Each claim's own status: the worst relation among its pairs. */
    private static Map<String, Status> statusByClaim(java.util.Collection<ClaimPair> pairs) {
        Map<String, Status> byClaim = new HashMap<>();
        for (ClaimPair p : pairs) {
            Status s = Status.of(p.relation());
            byClaim.merge(p.a(), s, Status::worst);
            byClaim.merge(p.b(), s, Status::worst);
        }
        return byClaim;
    }

    /** A match's status: the worst of its claims'; only related when no pair says more. */
    private static Status worstOf(Map<String, Status> byClaim) {
        return byClaim.values().stream().reduce(Status.RELATED, Status::worst);
    }

    public Status statusOf(String claimId) {
        Group g = groupByClaim.get(claimId);
        return g == null ? Status.UNIQUE : g.statusOf(claimId);
    }

    public Group group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The groups a user steps through with Alt+Down: the contradictions and divergences the filter
     * shows; claims only one source carries only when there are none of those to show (a story
     * has dozens of them, and stepping should reach the conflicts first).
     */
    public List<Group> differences(Set<Status> shown) {
        List<Group> conflicts = groups.stream()
                .filter(g -> (g.status() == Status.CONTRADICT || g.status() == Status.DIVERGE) && shown.contains(g.status())).toList();
        if (!conflicts.isEmpty()) {
            return conflicts;
        }
        return groups.stream().filter(g -> g.status() == Status.UNIQUE && shown.contains(Status.UNIQUE)).toList();
    }

    /** Groups whose status the filter shows, in reading order. */
    public List<Group> visible(Set<Status> shown) {
        return groups.stream().filter(g -> shown.contains(g.status())).toList();
    }

    public long count(Status status) {
        return groups.stream().filter(g -> g.status() == status).count();
    }

    /** Matches where some source confirms or disputes another's claim; a match of related claims only tells no shared fact. */
    public long sharedFacts() {
        return groups.stream().filter(g -> g.status() != Status.UNIQUE && g.status() != Status.RELATED).count();
    }

    public List<String> offTopic() {
        return result.story().offTopic().stream().filter(articleById::containsKey).toList();
    }

    public List<DateAnomaly> dateAnomalies() {
        return result.story().dateAnomalies().stream().filter(d -> articleById.containsKey(d.article())).toList();
    }

    public boolean isOffTopic(String articleId) {
        return result.story().offTopic().contains(articleId);
    }

    public DateAnomaly dateAnomaly(String articleId) {
        return result.story().dateAnomalies().stream().filter(d -> d.article().equals(articleId)).findFirst().orElse(null);
    }

    /** "5 sources · 14 shared facts · 2 contradictions · 1 divergence · 1 off-topic". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(plural(articles.size(), "source", "sources"));
        parts.add(plural(sharedFacts(), "shared fact", "shared facts"));
        parts.add(plural(count(Status.CONTRADICT), "contradiction", "contradictions"));
        parts.add(plural(count(Status.DIVERGE), "divergence", "divergences"));
        if (!offTopic().isEmpty()) {
            parts.add(offTopic().size() + " off-topic");
        }
        if (!dateAnomalies().isEmpty()) {
            parts.add(plural(dateAnomalies().size(), "date conflict", "date conflicts"));
        }
        return String.join(" · ", parts);
    }

    public static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public static Set<Status> allStatuses() {
        return EnumSet.allOf(Status.class);
    }
}
