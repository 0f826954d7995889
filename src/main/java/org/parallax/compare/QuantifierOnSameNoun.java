package org.parallax.compare;

import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

/**
 * One side says "all" where the other says only "some" or "many" of the same thing: the
 * quantifiers must govern aligned words ("all passengers" / "some passengers"), not merely stand
 * somewhere in the two sentences ("if all goes to plan" / "many of them"). A divergence, not a
 * contradiction: "some" does not deny "all".
 */
final class QuantifierOnSameNoun implements ConflictRule {
    @Override
    public Finding find(WordAlignment al) {
        Finding f = find(al, al.a(), al.b(), false);
        return f != null ? f : find(al, al.b(), al.a(), true);
    }

    private static Finding find(WordAlignment al, Statement all, Statement some, boolean swapped) {
        if (some.has("universal")) {
            return null;
        }
        for (Statement.Cue u : all.cues("universal")) {
            int x = nextContent(all, u.index() + u.text().split(" ").length);
            for (Statement.Cue e : some.cues("existential")) {
                int y = nextContent(some, e.index() + e.text().split(" ").length);
                // "one in every 500" is a ratio and "as many as 500" a bound: neither quantifies a noun.
                if (x < 0 || y < 0 || isNumber(all, x) || isNumber(some, y) || bound(some, e)) {
                    continue;
                }
                if (swapped ? al.inB(y) == x : al.inB(x) == y) {
                    String governed = all.words().get(x).text();
                    return new Finding(Relation.DIVERGE, RelationKind.QUANTIFIER,
                            (swapped ? "B" : "A") + " says '" + u.text() + "' " + governed + ", " + (swapped ? "A" : "B")
                                    + " only '" + e.text() + "'");
                }
            }
        }
        return null;
    }

    private static boolean isNumber(Statement s, int i) {
        return Character.isDigit(s.words().get(i).lower().charAt(0));
    }

    /** The cue stands in "as many as", "as much as", "as few as": a bound on a figure. */
    private static boolean bound(Statement s, Statement.Cue c) {
        int i = c.index();
        return i > 0 && i + 1 < s.words().size() && s.words().get(i - 1).lower().equals("as")
                && s.words().get(i + 1).lower().equals("as");
    }

    /** The first content word from {@code from} on, within three words ("all of the passengers"), or -1. */
    private static int nextContent(Statement s, int from) {
        for (int i = from; i < s.words().size() && i <= from + 3; i++) {
            if (s.isContent(s.words().get(i))) {
                return i;
            }
        }
        return -1;
    }
}
