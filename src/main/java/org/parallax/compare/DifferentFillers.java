package org.parallax.compare;

import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

/**
 * Two statements told in like words that put a different date or figure in one place: "met on
 * Thursday" / "met ... on Sunday", "offered Teixeira $200 million" / "offered Teixeira ... $160
 * million". Where no conflict rule could settle it (the slot long, or the rest of the two not
 * parallel), nothing tells one fact told two ways from two like facts, so they are not shown as
 * agreeing: saying less ({@code RELATED}) is right where "the same" might be wrong.
 *
 * <p>Precondition: a slot of the word alignment where both sides put words. Evidence, in that
 * slot: a date part of the same field (year, month, day, weekday, time) on each side with
 * different values, neither value found anywhere in the other statement; or a figure of one unit
 * on each side that cannot both be true ({@link Amounts#consistent}), neither found in the other
 * statement. Names were tried as a third kind and left out: on the ECB+ development stories most
 * of the names so found were headline capitals, nicknames, abbreviations or a town and its county
 * (README, Accuracy); people known from the annotation are {@link DifferentPeople}'s.
 */
final class DifferentFillers {
    private DifferentFillers() {
    }

    /** What the two put in one place (RELATED, "A dates it 'Thursday', B 'Sunday'"), or null. */
    static Finding find(WordAlignment al) {
        Statement a = al.a();
        Statement b = al.b();
        for (WordAlignment.Slot s : al.slots()) {
            if (!s.replaces()) {
                continue;
            }
            for (Statement.DatePart x : a.dates()) {
                for (Statement.DatePart y : b.dates()) {
                    if (s.holdsA(x.index()) && s.holdsB(y.index()) && differentDates(a, x, b, y)) {
                        return new Finding(Relation.RELATED, RelationKind.DATE, "A dates it '" + x.text() + "', B '" + y.text() + "'");
                    }
                }
            }
            for (Statement.Amount x : a.amounts()) {
                for (Statement.Amount y : b.amounts()) {
                    if (s.holdsA(x.index()) && s.holdsB(y.index()) && differentFigures(a, x, b, y)) {
                        return new Finding(Relation.RELATED, RelationKind.NUMBER, "A says '" + x.text() + "', B '" + y.text() + "'");
                    }
                }
            }
        }
        return null;
    }

    /** Dates of one field with different values, neither value given anywhere in the other statement. */
    static boolean differentDates(Statement a, Statement.DatePart x, Statement b, Statement.DatePart y) {
        return x.field().equals(y.field()) && !x.value().equals(y.value())
                && b.dates().stream().noneMatch(z -> z.field().equals(x.field()) && z.value().equals(x.value()))
                && a.dates().stream().noneMatch(z -> z.field().equals(y.field()) && z.value().equals(y.value()));
    }

    /** Figures of one unit that cannot both be true, neither fitting any figure of the other statement. */
    static boolean differentFigures(Statement a, Statement.Amount x, Statement b, Statement.Amount y) {
        return !x.unit().isEmpty() && x.unit().equals(y.unit()) && !Amounts.consistent(a, x, b, y)
                && b.amounts().stream().noneMatch(z -> Amounts.compatible(z, x))
                && a.amounts().stream().noneMatch(z -> Amounts.compatible(z, y));
    }

    /**
     * Figures of one unit, or dates of one kind, that the two give differently anywhere (as
     * {@link #find} reads them in one slot), where no rule could tell whether they are
     * one count or one day: "23 pirates" against "26 pirates" may be one fact misreported, two
     * facts, or two counts of one fact, so the pair is not shown as agreeing (read blind, such
     * agreements were right 25 times in 40, README "Stories"); the two values are named. Null when none differ.
     */
    static Finding anywhere(Statement a, Statement b) {
        for (Statement.Amount x : a.amounts()) {
            for (Statement.Amount y : b.amounts()) {
                if (differentFigures(a, x, b, y)) {
                    return new Finding(Relation.RELATED, RelationKind.NUMBER, "the figures differ: A '" + Amounts.withUnit(a, x)
                            + "', B '" + Amounts.withUnit(b, y) + "' (not settled whether they count one thing)");
                }
            }
        }
        for (Statement.DatePart x : a.dates()) {
            for (Statement.DatePart y : b.dates()) {
                if (differentDates(a, x, b, y)) {
                    return new Finding(Relation.RELATED, RelationKind.DATE, "the dates differ: A '" + x.text() + "', B '" + y.text()
                            + "' (not settled whether they date one event)");
                }
            }
        }
        return null;
    }
}
