package org.parallax.compare;

import org.parallax.model.Settings;

/**
 * Another number for the same quantity where the two statements are worded differently: both
 * numbers count the same unit ("officers", "percent") and the content word each number hangs on
 * (the nearest before it) is aligned with the other's: "police deployed 300 officers" / "the city
 * deployed 600 officers". A shared unit alone is not enough: "6.4 percent of men had tumours" and
 * "18 percent developed cancer" count different things. Neither side may hold a figure that fits
 * the other's ("up 3.26 percent from 3.17 percent"), a bound the other, exact figure keeps
 * ("more than 100" / "150") is no conflict, and no slot may put one name in place of another.
 * Close figures are a divergence, as in {@link NumberInSlot}.
 */
final class AnchoredNumber implements ConflictRule {
    private final double closeShare;

    AnchoredNumber(Settings settings) {
        this.closeShare = settings.number("number.close.share");
    }

    @Override
    public Finding find(WordAlignment al) {
        // "the Senate plan ... 50 percent" / "the House plan ... 20 percent": two plans, two figures.
        if (Slots.swapsNames(al)) {
            return null;
        }
        Statement a = al.a();
        Statement b = al.b();
        for (Statement.Amount x : a.amounts()) {
            for (Statement.Amount y : b.amounts()) {
                if (x.unit().isEmpty() || !x.unit().equals(y.unit()) || Amounts.consistent(a, x, b, y)
                        || b.amounts().stream().anyMatch(z -> z.unit().equals(x.unit()) && Amounts.compatible(z, x))
                        || a.amounts().stream().anyMatch(z -> z.unit().equals(y.unit()) && Amounts.compatible(z, y))) {
                    continue;
                }
                if (!unitFollows(a, x) || !unitFollows(b, y)) {
                    continue;
                }
                int p = anchor(a, x.index());
                int q = anchor(b, y.index());
                if (p < 0 || q < 0 || al.inB(p) != q) {
                    continue;
                }
                String said = "A says '" + x.text() + "', B says '" + y.text() + "' (" + a.words().get(p).text() + ")";
                return Amounts.differing(a, x, b, y, said, closeShare);
            }
        }
        return null;
    }

    /**
     * The unit is written with the number, not lent by a range ("18 of its next 23 games" counts no
     * games with 18): a currency sign before it, or the unit word right after it (or after its scale).
     */
    private static boolean unitFollows(Statement s, Statement.Amount x) {
        java.util.List<Statement.Word> w = s.words();
        if (x.index() > 0 && "$€£".contains(w.get(x.index() - 1).text())) {
            return true;
        }
        for (int i = x.index() + 1; i < w.size() && i <= x.index() + 3; i++) {
            String lower = w.get(i).lower();
            if (w.get(i).stem().equals(x.unit()) || lower.equals(x.unit()) || x.unit().equals(Cues.SHARED.units.get(lower))
                    || lower.endsWith("s") && x.unit().equals(Cues.SHARED.units.get(lower.substring(0, lower.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The nearest content word before word {@code at}, within three words, or -1. */
    private static int anchor(Statement s, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
            if (s.isContent(s.words().get(i)) && Character.isLetter(s.words().get(i).lower().charAt(0))) {
                return i;
            }
        }
        return -1;
    }
}
