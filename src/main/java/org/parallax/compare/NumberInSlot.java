package org.parallax.compare;

import java.util.List;
import org.parallax.model.Settings;

/**
 * Another number for the same quantity: a slot puts a number on each side, in front of the same
 * aligned word (or with the same unit), and the two cannot both be true once rounding and "about"
 * are allowed for. The same digits written another way ("1,000" / "1, 000", "21/2" / "2 1/2") are
 * no conflict. Figures within {@code number.close.share} of each other are a divergence, not a
 * contradiction: two outlets giving 36 and 38 feet for one crest more often round or update an
 * estimate than report another fact.
 */
final class NumberInSlot implements ConflictRule {
    private final Slots slots;
    private final double closeShare;

    NumberInSlot(Slots slots, Settings settings) {
        this.slots = slots;
        this.closeShare = settings.number("number.close.share");
    }

    @Override
    public Finding find(WordAlignment al) {
        for (WordAlignment.Slot s : slots.comparable(al)) {
            List<Statement.Amount> xs = al.a().amounts().stream().filter(x -> s.holdsA(x.index())).toList();
            List<Statement.Amount> ys = al.b().amounts().stream().filter(y -> s.holdsB(y.index())).toList();
            String digitsA = digits(al.a(), s.aFrom(), s.aTo());
            if (xs.size() != 1 || ys.size() != 1 || !digitsA.isEmpty() && digitsA.equals(digits(al.b(), s.bFrom(), s.bTo()))) {
                continue;
            }
            Statement.Amount x = xs.get(0);
            Statement.Amount y = ys.get(0);
            if (!x.unit().isEmpty() && !y.unit().isEmpty() && !x.unit().equals(y.unit()) || Amounts.consistent(al.a(), x, al.b(), y)) {
                continue;
            }
            String said = "A says '" + Slots.phrase(al.a(), s.aFrom(), s.aTo()) + "', B says '" + Slots.phrase(al.b(), s.bFrom(), s.bTo()) + "'";
            return Amounts.differing(al.a(), x, al.b(), y, said, closeShare);
        }
        return null;
    }

    /** The digits of the slot's words, in order. */
    private static String digits(Statement s, int from, int to) {
        return Amounts.digits(String.join(" ", s.words().subList(from, to).stream().map(Statement.Word::text).toList()));
    }
}
