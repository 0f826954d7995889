package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A monotone alignment of the words of two statements: the longest sequence of word pairs, in
 * order on both sides, that are the same word (same form or stem, a name spelled differently,
 * WordNet synonyms). The stretches left between two aligned words are the
 * <em>slots</em> where the two statements differ: "shares closed [up] 29 cents" / "shares closed
 * [down] 29 cents". A difference found inside a short slot fills the same role about the same
 * thing on both sides, which is what a conflict rule needs before it may speak.
 */
public final class WordAlignment {
    /** Words {@code [aFrom, aTo)} of A and {@code [bFrom, bTo)} of B stand between the same two aligned words. */
    public record Slot(int aFrom, int aTo, int bFrom, int bTo) {
        public int aSize() {
            return aTo - aFrom;
        }

        public int bSize() {
            return bTo - bFrom;
        }

        /** Both sides put words here: one thing replaced by another. */
        public boolean replaces() {
            return aSize() > 0 && bSize() > 0;
        }

        public boolean holdsA(int index) {
            return index >= aFrom && index < aTo;
        }

        public boolean holdsB(int index) {
            return index >= bFrom && index < bTo;
        }
    }

    private final Statement a;
    private final Statement b;
    private final int[] aToB;
    private final List<Slot> slots = new ArrayList<>();
    /** Asked by every slot rule of a comparison: worked out once. */
    private final double alignedContentShare;

    private WordAlignment(Statement a, Statement b, BiPredicate<Statement.Word, Statement.Word> same) {
        this.a = a;
        this.b = b;
        List<Statement.Word> wa = a.words();
        List<Statement.Word> wb = b.words();
        int n = wa.size();
        int m = wb.size();
        // Longest common subsequence of matching words, filled from the end so it reads forwards.
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                best[i][j] = same.test(wa.get(i), wb.get(j))
                        ? best[i + 1][j + 1] + 1
                        : Math.max(best[i + 1][j], best[i][j + 1]);
            }
        }
        aToB = new int[n];
        java.util.Arrays.fill(aToB, -1);
        int i = 0;
        int j = 0;
        int aStart = 0;
        int bStart = 0;
        while (i < n && j < m) {
            if (same.test(wa.get(i), wb.get(j)) && best[i][j] == best[i + 1][j + 1] + 1) {
                if (i > aStart || j > bStart) {
                    slots.add(new Slot(aStart, i, bStart, j));
                }
                aToB[i] = j;
                i++;
                j++;
                aStart = i;
                bStart = j;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        if (aStart < n || bStart < m) {
            slots.add(new Slot(aStart, n, bStart, m));
        }
        alignedContentShare = contentShare();
    }

    /** Aligns two statements word by word with the given sameness of two words. */
    public static WordAlignment of(Statement a, Statement b, BiPredicate<Statement.Word, Statement.Word> same) {
        return new WordAlignment(a, b, same);
    }

    public Statement a() {
        return a;
    }

    public Statement b() {
        return b;
    }

    /** The stretches where the two differ, in reading order. */
    public List<Slot> slots() {
        return slots;
    }

    /** The word of B aligned with word {@code i} of A, or -1. */
    public int inB(int i) {
        return aToB[i];
    }

    /** Share of the content words of the statement with fewer of them that are aligned to the other. */
    public double alignedContentShare() {
        return alignedContentShare;
    }

    private double contentShare() {
        int contentA = 0;
        int alignedA = 0;
        for (int i = 0; i < a.words().size(); i++) {
            if (a.isContent(a.words().get(i))) {
                contentA++;
                alignedA += aToB[i] >= 0 ? 1 : 0;
            }
        }
        int contentB = 0;
        for (Statement.Word w : b.words()) {
            contentB += b.isContent(w) ? 1 : 0;
        }
        // Aligned words are one-to-one, so B holds as many aligned content words as A, give or take
        // stop words aligned to content words; the smaller side bounds the share.
        int smaller = Math.min(contentA, contentB);
        return smaller == 0 ? 0 : Math.min(1.0, alignedA / (double) smaller);
    }
}
