package org.parallax.compare;

import java.util.List;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

/**
 * Another date for the same event: a slot puts a date of the same kind (year, month, day of the
 * month, weekday) on each side and the two differ. Weekdays count here, where the rest of the
 * sentence is the same, though not anywhere in two claims: news copy names the day a thing was
 * said as often as the day it happened.
 */
final class DateInSlot implements ConflictRule {
    private final Slots slots;

    DateInSlot(Slots slots) {
        this.slots = slots;
    }

    @Override
    public Finding find(WordAlignment al) {
        for (WordAlignment.Slot s : slots.comparable(al)) {
            List<Statement.DatePart> xs = al.a().dates().stream().filter(x -> s.holdsA(x.index())).toList();
            List<Statement.DatePart> ys = al.b().dates().stream().filter(y -> s.holdsB(y.index())).toList();
            if (otherWords(al.a(), s.aFrom(), s.aTo()) && otherWords(al.b(), s.bFrom(), s.bTo())) {
                // "escaped Saturday's raid" / "arrested Sunday": each date belongs to another act.
                continue;
            }
            for (Statement.DatePart x : xs) {
                for (Statement.DatePart y : ys) {
                    if (x.field().equals(y.field()) && !x.value().equals(y.value())) {
                        return new Finding(Relation.CONTRADICT, RelationKind.DATE,
                                "A dates it '" + Slots.phrase(al.a(), s.aFrom(), s.aTo()) + "', B '" + Slots.phrase(al.b(), s.bFrom(), s.bTo()) + "'");
                    }
                }
            }
        }
        return null;
    }

    /** The slot holds a content word that is not part of a date. */
    private static boolean otherWords(Statement st, int from, int to) {
        for (int i = from; i < to; i++) {
            int at = i;
            Statement.Word w = st.words().get(i);
            if (st.isContent(w) && Character.isLetter(w.lower().charAt(0)) && st.dates().stream().noneMatch(d -> d.index() == at)) {
                return true;
            }
        }
        return false;
    }
}
