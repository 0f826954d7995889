package org.parallax.compare;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

import static org.parallax.compare.Clauses.scope;
import static org.parallax.compare.Names.sameName;
import static org.parallax.compare.Names.sharedNames;
import static org.parallax.compare.Names.storyClaims;
import static org.parallax.compare.Wording.phrase;

/**
 * A change over time (kind TEMPORAL): one statement says an event has not happened yet ("still
 * haven't met", "has never won"), the other that it happened, for the first time ("met for the
 * first time", "won its first title"). Both cannot be true at once, though each may have been true
 * when it was published; the explanation says which was published later when the dates are known.
 *
 * <p>Precondition: a not-yet cue on one side, a "first" cue on the other, and no negation or
 * not-yet there. Evidence: the same act (a word the not-yet governs stands within four words of the
 * "first") or the same actors (two names both sides give within eight words of the "first").
 */
final class ChangeOverTime {
    private ChangeOverTime() {
    }

    /** The change over time between A and B (CONTRADICT, TEMPORAL), either way round, or null; dates may be null. */
    static Finding find(Statement a, Statement b, LocalDate aDate, LocalDate bDate) {
        Finding found = find(a, b, aDate, bDate, false);
        return found != null ? found : find(b, a, bDate, aDate, true);
    }

    private static Finding find(Statement notYet, Statement happened, LocalDate notYetDate, LocalDate happenedDate,
                                boolean swapped) {
        List<Statement.Cue> ny = notYet.cues("notyet");
        List<Statement.Cue> first = happened.cues("first");
        if (ny.isEmpty() || first.isEmpty() || happened.has("notyet") || happened.has("negation")) {
            return null;
        }
        // A first time against a not yet is one change over time only for the same act (a word the
        // not-yet governs stands within a few words of "first": "has never won a title" / "won its
        // first title") or between the same actors (two names both sides name, standing within
        // eight words of the "first": the first time is theirs). Whole stories of one team
        // or one war are full of unrelated firsts and nevers.
        if (!firstOfSameAct(notYet, ny.get(0), happened, first) && actorsOfFirst(notYet, happened, first) < 2) {
            return null;
        }
        String n = phrase(notYet, ny.get(0), 2);
        String h = phrase(happened, first.get(0), 2);
        String nyName = swapped ? "B" : "A";
        String hName = swapped ? "A" : "B";
        String text;
        if (notYetDate != null && happenedDate != null && happenedDate.isAfter(notYetDate)) {
            text = hName + ", published later, reports '" + h + "', which " + nyName + " says had not happened ('" + n + "')";
        } else if (notYetDate != null && happenedDate != null && notYetDate.isAfter(happenedDate)) {
            text = nyName + ", published later, says '" + n + "', but " + hName + " already reported '" + h + "'";
        } else {
            text = nyName + " says '" + n + "', " + hName + " reports '" + h + "'";
        }
        return new Finding(Relation.CONTRADICT, RelationKind.TEMPORAL, text);
    }

    /** A content word the not-yet cue governs (not a name) stands within four words of a "first" cue of the other statement. */
    private static boolean firstOfSameAct(Statement notYet, Statement.Cue cue, Statement happened, List<Statement.Cue> firsts) {
        List<String> acts = scope(notYet, cue).stream().filter(x -> !notYet.names().contains(x)).toList();
        return nearFirst(happened, firsts, 4, w -> acts.contains(w.stem()));
    }

    /** Some word within {@code words} words of a "first" cue of {@code s} (either side) passes {@code test}. */
    private static boolean nearFirst(Statement s, List<Statement.Cue> firsts, int words, java.util.function.Predicate<Statement.Word> test) {
        for (Statement.Cue f : firsts) {
            for (int i = Math.max(0, f.index() - words); i < Math.min(s.words().size(), f.index() + words + 1); i++) {
                if (test.test(s.words().get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many of the actors both name (resolved entities when the claims carry them, else names read from capitals) stand within eight words of a "first" of {@code happened}. */
    private static int actorsOfFirst(Statement notYet, Statement happened, List<Statement.Cue> firsts) {
        Set<String> shared = new LinkedHashSet<>();
        if (storyClaims(notYet, happened)) {
            shared.addAll(notYet.extraNames());
            shared.retainAll(happened.extraNames());
        } else {
            shared.addAll(sharedNames(notYet, happened));
        }
        int found = 0;
        for (String name : shared) {
            List<String> parts = List.of(name.split(" "));
            boolean near = nearFirst(happened, firsts, 8, word -> {
                String w = Statement.withoutPossessive(word.lower());
                return parts.contains(w) || parts.stream().anyMatch(p -> sameName(p, w));
            });
            found += near ? 1 : 0;
        }
        return found;
    }
}
