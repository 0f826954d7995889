package org.parallax.align;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Which pairs of a cluster tell the same fact. A cluster is a topic of the story and may hold
 * several of its facts ("a 23-year-old victim", "the 32-year-old defendant"); only counterparts
 * are compared for agreement or conflict. Two claims of different sources are counterparts when
 * one is the other's most similar claim in its source among the cluster's claims, and their
 * similarity reaches {@code counterpart.min.similarity}; a cluster of just two claims is one pair
 * the aligner joined on purpose (a denial, a likely paraphrase), so they are counterparts. Every
 * other pair is context: RELATED, no mark. Asking that each be the other's closest (both ways)
 * kept a third of the ECB+ same-event pairs the one-way rule keeps, for a precision of 0.665
 * against 0.623 (odd topics 1-11), and lost conflicts the rules' own preconditions already guard.
 */
final class Counterparts {
    /** How similar two claims are, by their indices. */
    @FunctionalInterface
    interface Similarity {
        double of(int i, int j);
    }

    private Counterparts() {
    }

    /** The counterpart pairs of a cluster's members, as {@link Aligner#key} keys. */
    static Set<Long> of(List<Integer> members, IntFunction<String> source, Similarity similarity, double minSimilarity) {
        Set<Long> out = new HashSet<>();
        if (members.size() == 2) {
            int i = members.get(0);
            int j = members.get(1);
            if (!source.apply(i).equals(source.apply(j))) {
                out.add(Aligner.key(i, j));
            }
            return out;
        }
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int m : members) {
            bySource.computeIfAbsent(source.apply(m), k -> new java.util.ArrayList<>()).add(m);
        }
        for (int i : members) {
            for (Map.Entry<String, List<Integer>> other : bySource.entrySet()) {
                if (other.getKey().equals(source.apply(i))) {
                    continue;
                }
                int j = closest(i, other.getValue(), similarity);
                if (similarity.of(i, j) >= minSimilarity) {
                    out.add(Aligner.key(i, j));
                }
            }
        }
        return out;
    }

    private static int closest(int i, List<Integer> among, Similarity similarity) {
        int best = among.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int j : among) {
            double s = similarity.of(i, j);
            if (s > bestScore) {
                bestScore = s;
                best = j;
            }
        }
        return best;
    }
}
