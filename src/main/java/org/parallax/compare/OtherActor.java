package org.parallax.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;
import org.parallax.model.Settings;

import static org.parallax.compare.Names.sameName;
import static org.parallax.compare.Wording.quoteList;
import static org.parallax.compare.Wording.surface;

/**
 * Another actor for the same act (kind ENTITY): the two statements open with different names
 * followed by the same word, and the rest of them is nearly the same ("Smith won the vote" /
 * "Jones won the vote"). Never marked: in every development set such pairs were two names of one
 * person or thing or two different facts (the comparator names the difference only).
 *
 * <p>Precondition: each statement names someone; the first names differ (no spelling variant, not
 * named on the other side), neither after a preposition (a place, "In Orange County"). Evidence:
 * the same word after each name and at least {@code actor.min.rest.overlap} (Dice) of the other
 * content words shared.
 */
final class OtherActor {
    private final double minRestOverlap;

    OtherActor(Settings settings) {
        minRestOverlap = settings.number("actor.min.rest.overlap");
    }

    /** The two actors named ("A names 'Smith', B names 'Jones' for the same 'won', 'vote'"), or null. */
    Finding find(Statement a, Statement b) {
        if (a.names().isEmpty() || b.names().isEmpty()) {
            return null;
        }
        String x = a.names().get(0);
        String y = b.names().get(0);
        String afterX = wordAfter(a, x);
        String afterY = wordAfter(b, y);
        if (x.length() < 3 || y.length() < 3 || afterX == null || !afterX.equals(afterY) || a.isStop(afterX)) {
            return null;
        }
        // "In Ventura County ..." / "In Orange County ...": a place, not who acted.
        if (afterPreposition(a, x) || afterPreposition(b, y)) {
            return null;
        }
        if (sameName(x, y) || b.names().stream().anyMatch(n -> sameName(n, x)) || a.names().stream().anyMatch(n -> sameName(n, y))) {
            return null;
        }
        Set<String> ra = new LinkedHashSet<>(a.contentStems());
        Set<String> rb = new LinkedHashSet<>(b.contentStems());
        ra.removeIf(s -> a.names().contains(s));
        rb.removeIf(s -> b.names().contains(s));
        if (ra.size() < 3 || rb.size() < 3) {
            return null;
        }
        Set<String> both = new LinkedHashSet<>(ra);
        both.retainAll(rb);
        double dice = 2.0 * both.size() / (ra.size() + rb.size());
        if (dice < minRestOverlap) {
            return null;
        }
        return new Finding(Relation.CONTRADICT, RelationKind.ENTITY,
                "A names " + surface(a, x) + ", B names " + surface(b, y) + " for the same " + quoteList(both, 3));
    }

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "of", "near", "to", "for", "on", "into", "across");

    /** The first word of this name stands right after a preposition. */
    private static boolean afterPreposition(Statement s, String name) {
        int at = indexOfName(s, name, 1, s.words().size());
        return at >= 0 && PREPOSITIONS.contains(s.words().get(at - 1).lower());
    }

    /** The first word in {@code [from, to)} that is this name (a possessive "'s" aside), or -1. */
    private static int indexOfName(Statement s, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Statement.withoutPossessive(s.words().get(i).lower()).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The stem of the word right after the (last word of the) first name, or null. */
    private static String wordAfter(Statement s, String name) {
        List<Statement.Word> w = s.words();
        int i = indexOfName(s, name, 0, w.size() - 1);
        if (i < 0) {
            return null;
        }
        int j = i + 1;
        while (j < w.size() && w.get(j).capitalized()) {
            j++;
        }
        return j < w.size() ? w.get(j).stem() : null;
    }
}
