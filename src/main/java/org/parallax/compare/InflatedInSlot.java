package org.parallax.compare;

import java.util.Set;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

/**
 * One side makes the other's word a stronger one (compare/scales.tsv: "talks" a "deal", "plan" a
 * "decision"): the two words must stand in the same slot of the alignment, in place of each
 * other, and bear on the same thing (an aligned word among the next few content words of each),
 * so the stronger word tells the same part of the fact rather than another fact told nearby. A
 * divergence (kind MODALITY).
 */
final class InflatedInSlot implements ConflictRule {
    @Override
    public Finding find(WordAlignment al) {
        Statement a = al.a();
        Statement b = al.b();
        for (WordAlignment.Slot s : al.slots()) {
            for (int i = s.aFrom(); i < s.aTo(); i++) {
                String x = a.words().get(i).stem();
                for (int j = s.bFrom(); j < s.bTo(); j++) {
                    String y = b.words().get(j).stem();
                    // "May 19", "Sox May Not Be Out": a capital mid-sentence is a month or a headline, not a hedge.
                    if (i > 0 && a.words().get(i).capitalized() || j > 0 && b.words().get(j).capitalized() || !governSame(al, i, j)) {
                        continue;
                    }
                    if (stronger(x).contains(y) && !a.contentStems().contains(y) && !b.contentStems().contains(x)) {
                        return new Finding(Relation.DIVERGE, RelationKind.MODALITY,
                                "B makes A's '" + from(a, i) + "' a '" + from(b, j) + "'");
                    }
                    if (stronger(y).contains(x) && !b.contentStems().contains(x) && !a.contentStems().contains(y)) {
                        return new Finding(Relation.DIVERGE, RelationKind.MODALITY,
                                "A makes B's '" + from(b, j) + "' a '" + from(a, i) + "'");
                    }
                }
            }
        }
        return null;
    }

    /**
     * The two words bear on the same thing: among the content words after each, to the end of its
     * clause, one is aligned with one of the other's ("could close its doors" / "will close its
     * doors"; not "could face a lawsuit" / "will close its doors by the end of the year"). A name
     * does not count: it says who, and a story names its people everywhere.
     */
    private static boolean governSame(WordAlignment al, int i, int j) {
        java.util.List<Integer> after = following(al.a(), i);
        java.util.List<Integer> otherAfter = following(al.b(), j);
        // A modal bears on its verb: "could allow" / "will remedy" are two acts, and "willing" is no
        // "will". Both modals must be the word itself and govern one aligned verb ("may not be
        // restored" / "will not be fully restored").
        boolean modalA = Statement.MODAL_VERBS.contains(al.a().words().get(i).lower());
        boolean modalB = Statement.MODAL_VERBS.contains(al.b().words().get(j).lower());
        if (modalA || modalB) {
            return modalA && modalB
                    && !after.isEmpty() && !otherAfter.isEmpty() && al.inB(after.get(0)) == otherAfter.get(0);
        }
        return after.stream().anyMatch(k -> otherAfter.contains(al.inB(k)) && !al.a().words().get(k).capitalized());
    }

    private static java.util.List<Integer> following(Statement s, int i) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int k = i + 1; k < s.words().size() && !Clauses.clauseBreakBefore(s, k); k++) {
            if (s.isContent(s.words().get(k))) {
                out.add(k);
            }
        }
        return out;
    }

    /** Word {@code i} and what it bears on: up to the second content word after it, within four words. */
    private static String from(Statement s, int i) {
        int end = i;
        int content = 0;
        for (int k = i + 1; k < s.words().size() && k <= i + 4 && content < 2; k++) {
            if (s.isContent(s.words().get(k))) {
                content++;
                end = k;
            }
        }
        return s.text().substring(s.words().get(i).start(), s.words().get(end).end());
    }

    private static Set<String> stronger(String stem) {
        return Cues.SHARED.stronger.getOrDefault(stem, Set.of());
    }
}
