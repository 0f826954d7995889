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
            int p = partOf(al.a(), x, s.aTo());
            int q = partOf(al.b(), y, s.bTo());
            if (p >= 0 && q >= 0 && al.inB(p) != q && !al.a().words().get(p).stem().equals(al.b().words().get(q).stem())) {
                // "22% of twentysomethings" / "31 percent of Americans": shares of two different wholes.
                continue;
            }
            String said = "A says '" + Slots.phrase(al.a(), s.aFrom(), s.aTo()) + "', B says '" + Slots.phrase(al.b(), s.bFrom(), s.bTo()) + "'";
            return Amounts.differing(al.a(), x, al.b(), y, said, closeShare);
        }
        return null;
    }

    /**
     * The whole a figure is a part of, when "of" follows the slot or the figure's unit after it
     * ("31 percent of the Americans"): the first content word after "of", or -1.
     */
    private static int partOf(Statement s, Statement.Amount x, int to) {
        List<Statement.Word> w = s.words();
        int of = to;
        while (of < w.size() && of <= x.index() + 3 && (w.get(of).stem().equals(x.unit()) || x.unit().equals(Cues.SHARED.units.get(w.get(of).lower())))) {
            of++;
        }
        if (of >= w.size() || !w.get(of).lower().equals("of")) {
            return -1;
        }
        for (int i = of + 1; i < w.size() && i <= of + 2; i++) {
            if (s.isContent(w.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The digits of the slot's words, in order. */
    private static String digits(Statement s, int from, int to) {
        return Amounts.digits(String.join(" ", s.words().subList(from, to).stream().map(Statement.Word::text).toList()));
    }
}
