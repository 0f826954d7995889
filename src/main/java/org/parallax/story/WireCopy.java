package org.parallax.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.AnalysisResult;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;
import org.parallax.model.Cluster;
import org.parallax.model.Relation;
import org.parallax.model.Reuse;
import org.parallax.model.ReuseSpan;
import org.parallax.model.Settings;
import org.parallax.model.WireCategory;
import org.parallax.model.WireClaim;
import org.parallax.model.WireComparison;

/**
 * The wire-copy view of one original and one rewrite, read off the analysis: near-verbatim shared
 * text makes a claim COPIED; otherwise its counterpart in the rewrite makes it REWORDED (agreeing)
 * or CHANGED (diverging or contradicting, with the comparison's explanation); with neither it is
 * CUT. The rewrite's claims that took nothing from the original are ADDED.
 */
public final class WireCopy {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final double copiedCover;
    private final double copiedOverlap;

    public WireCopy() {
        this(Settings.load("story/wire.properties"));
    }

    public WireCopy(Settings s) {
        copiedCover = s.number("copied.cover");
        copiedOverlap = s.number("copied.overlap");
    }

    public WireComparison compare(AnalysisResult result, String original, String rewrite) {
        List<Claim> ofOriginal = claimsOf(result, original);
        List<Claim> ofRewrite = claimsOf(result, rewrite);
        List<ReuseSpan> shared = spans(result, original, rewrite);
        List<ReuseSpan> sharedBack = spans(result, rewrite, original);
        Map<String, List<ClaimPair>> pairs = counterpartPairs(result.clusters(), ofOriginal, ofRewrite);

        // Copies first: a sentence the rewrite took verbatim is no one else's rewording.
        Map<String, Claim> copies = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Claim c : ofOriginal) {
            Claim copy = copyOf(c, ofRewrite, shared);
            if (copy != null) {
                copies.put(c.id(), copy);
                taken.add(copy.id());
            }
        }
        Set<String> copied = Set.copyOf(taken);
        List<WireClaim> out = new ArrayList<>();
        for (Claim c : ofOriginal) {
            Claim copy = copies.get(c.id());
            if (copy != null) {
                out.add(new WireClaim(c.id(), WireCategory.COPIED, copy.id(), "Taken near-verbatim."));
                continue;
            }
            ClaimPair best = pairs.getOrDefault(c.id(), List.of()).stream()
                    .filter(WireCopy::tellsAgain)
                    .filter(p -> !copied.contains(p.a()) && !copied.contains(p.b()))
                    .min(Comparator.comparingInt(WireCopy::rank).thenComparing(Comparator.comparingDouble(ClaimPair::score).reversed()))
                    .orElse(null);
            if (best == null) {
                out.add(new WireClaim(c.id(), WireCategory.CUT, null, "The rewrite does not tell it."));
                continue;
            }
            String other = best.a().equals(c.id()) ? best.b() : best.a();
            taken.add(other);
            if (best.relation() == Relation.DIVERGE || best.relation() == Relation.CONTRADICT) {
                String orientation = best.a().equals(c.id()) ? "" : " (here A is the rewrite, B the original)";
                out.add(new WireClaim(c.id(), WireCategory.CHANGED, other, best.explanation() + orientation));
            } else {
                out.add(new WireClaim(c.id(), WireCategory.REWORDED, other, "Told again in other words."));
            }
        }
        for (Claim d : ofRewrite) {
            if (!taken.contains(d.id()) && coverage(d, sharedBack) < copiedCover
                    && pairs.getOrDefault(d.id(), List.of()).stream().noneMatch(WireCopy::tellsAgain)) {
                out.add(new WireClaim(d.id(), WireCategory.ADDED, null, "The original does not tell it."));
            }
        }
        return new WireComparison(original, rewrite, out);
    }

    /**
     * A counterpart pair the comparison marked (AGREE, DIVERGE, CONTRADICT). A related one below its
     * same-fact bar is no rewording: counting it from a similarity of 0.4 to 0.8 made a quarter of the
     * rewordings found wrong on the development rewrites (README, Wire copy and provenance).
     */
    private static boolean tellsAgain(ClaimPair p) {
        return p.relation() != Relation.RELATED && p.relation() != Relation.UNRELATED;
    }

    /** CONTRADICT first, then DIVERGE, AGREE, RELATED: the most telling counterpart decides. */
    private static int rank(ClaimPair p) {
        return switch (p.relation()) {
            case CONTRADICT -> 0;
            case DIVERGE -> 1;
            case AGREE -> 2;
            default -> 3;
        };
    }

    private static List<Claim> claimsOf(AnalysisResult result, String article) {
        return result.claims().stream().filter(c -> c.article().equals(article))
                .sorted(Comparator.comparingInt(Claim::start)).toList();
    }

    /** The passages of {@code a}'s text that stand near-verbatim in {@code b}, located in both. */
    private static List<ReuseSpan> spans(AnalysisResult result, String a, String b) {
        return result.reuse().stream().filter(r -> r.a().equals(a) && r.b().equals(b))
                .flatMap((Reuse r) -> r.spans().stream()).toList();
    }

    /**
     * Counterpart pairs between the two articles' claims, by claim of either side. A pair standing
     * in several clusters is listed once.
     */
    private static Map<String, List<ClaimPair>> counterpartPairs(List<Cluster> clusters, List<Claim> original, List<Claim> rewrite) {
        Set<String> inOriginal = new HashSet<>();
        original.forEach(c -> inOriginal.add(c.id()));
        Set<String> inRewrite = new HashSet<>();
        rewrite.forEach(c -> inRewrite.add(c.id()));
        Map<String, ClaimPair> unique = new LinkedHashMap<>();
        for (Cluster k : clusters) {
            for (ClaimPair p : k.pairs()) {
                boolean across = inOriginal.contains(p.a()) && inRewrite.contains(p.b())
                        || inRewrite.contains(p.a()) && inOriginal.contains(p.b());
                if (p.counterpart() && across) {
                    unique.putIfAbsent(p.a() + "|" + p.b(), p);
                }
            }
        }
        Map<String, List<ClaimPair>> out = new HashMap<>();
        for (ClaimPair p : unique.values()) {
            out.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p);
            out.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /**
     * The rewrite's claim that copies {@code c}, or null: the one holding nearly all of its words
     * (a copy may be merged into a longer sentence), found first where the shared passages put it.
     */
    private Claim copyOf(Claim c, List<Claim> rewrite, List<ReuseSpan> shared) {
        Set<String> words = words(c.text());
        if (words.isEmpty()) {
            return null;
        }
        List<Claim> candidates = new ArrayList<>();
        if (coverage(c, shared) >= copiedCover) {
            for (ReuseSpan s : shared) {
                int from = s.bStart() + Math.max(0, c.start() - s.aStart());
                int to = s.bEnd() - Math.max(0, s.aEnd() - c.end());
                rewrite.stream().filter(d -> Math.min(to, d.end()) > Math.max(from, d.start())).forEach(candidates::add);
            }
        }
        candidates.addAll(rewrite);
        for (Claim d : candidates) {
            Set<String> both = new HashSet<>(words);
            both.retainAll(words(d.text()));
            if (both.size() >= copiedOverlap * words.size()) {
                return d;
            }
        }
        return null;
    }

    /** The share of the claim's characters inside the passages (their {@code a} side). */
    private static double coverage(Claim c, List<ReuseSpan> passages) {
        int length = c.end() - c.start();
        if (length <= 0) {
            return 0;
        }
        boolean[] covered = new boolean[length];
        for (ReuseSpan s : passages) {
            for (int i = Math.max(s.aStart(), c.start()); i < Math.min(s.aEnd(), c.end()); i++) {
                covered[i - c.start()] = true;
            }
        }
        int n = 0;
        for (boolean b : covered) {
            n += b ? 1 : 0;
        }
        return (double) n / length;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
