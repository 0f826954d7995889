package org.parallax.compare;

import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

/** When two amounts can both be true, and what two that differ say. */
final class Amounts {
    private Amounts() {
    }

    /** How far an approximate figure ("about 30", "nearly 30") may lie from the one it is read against, as a share of the larger. */
    private static final double APPROXIMATE_SHARE = 0.1;

    static boolean equal(double x, double y) {
        return Math.abs(x - y) <= 0.01 * Math.max(Math.abs(x), Math.abs(y));
    }

    /**
     * Equal once rounded to the coarser one, or within 10% when either is approximate ("about 30"),
     * or the same digits with the scale word left out on one side ("$54.9 million" / "$54.9").
     */
    static boolean compatible(Statement.Amount x, Statement.Amount y) {
        if (equal(x.value(), y.value()) || scaleLeftOut(x, y)) {
            return true;
        }
        double unit = Math.pow(10, -Math.min(x.decimals(), y.decimals()));
        if (Math.abs(x.value() - y.value()) <= unit / 2 + 1e-9 && x.decimals() != y.decimals()) {
            return true;
        }
        return (x.approximate() || y.approximate()) && close(x, y, APPROXIMATE_SHARE);
    }

    /** The same digits, one figure a thousand, a million or a billion times the other: a scale word written on one side only. */
    private static boolean scaleLeftOut(Statement.Amount x, Statement.Amount y) {
        double small = Math.min(Math.abs(x.value()), Math.abs(y.value()));
        double large = Math.max(Math.abs(x.value()), Math.abs(y.value()));
        if (small == 0 || !digits(x.text()).equals(digits(y.text()))) {
            return false;
        }
        for (double scale : new double[] {1e3, 1e6, 1e9}) {
            if (equal(small * scale, large)) {
                return true;
            }
        }
        return false;
    }

    /** The figure as written with the unit word it counts when one follows within three words ("23 pirates"). */
    static String withUnit(Statement s, Statement.Amount x) {
        java.util.List<Statement.Word> w = s.words();
        for (int i = x.index() + 1; i < w.size() && i <= x.index() + 3; i++) {
            if (w.get(i).stem().equals(x.unit()) || w.get(i).lower().equals(x.unit())) {
                return s.text().substring(w.get(x.index()).start(), w.get(i).end());
            }
        }
        return x.text();
    }

    /** The digits of a text, in order ("$1,000.5" -> "10005"). */
    static String digits(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().filter(Character::isDigit).forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** The two differ by less than {@code share} of the larger. */
    static boolean close(Statement.Amount x, Statement.Amount y, double share) {
        return Math.abs(x.value() - y.value()) < share * Math.max(Math.abs(x.value()), Math.abs(y.value()));
    }

    /**
     * Two figures for one quantity that differ, {@code said} naming them: close figures diverge
     * (rounded or updated); otherwise they contradict, marked as a lower bound when either is a
     * floor ("at least three dead" / "at least 10 dead", "three dead" / "more than 10 dead": told
     * at one time the figures conflict; in reports published days apart they are most often a count
     * updated).
     */
    static Finding differing(Statement a, Statement.Amount x, Statement b, Statement.Amount y, String said, double closeShare) {
        if (close(x, y, closeShare)) {
            return new Finding(Relation.DIVERGE, RelationKind.NUMBER, said + ": close figures, perhaps rounded or updated");
        }
        return new Finding(Relation.CONTRADICT, RelationKind.NUMBER, said, a.bound(x) > 0 || b.bound(y) > 0);
    }

    /**
     * Two amounts of two statements can both be true: {@link #compatible}, or a bound that the
     * other, exact figure keeps ("more than 100" / "150"). "Nearly" and "almost" bound a figure
     * from above and from close by: "nearly 30" keeps 28, within the tolerance of an approximate
     * figure, but not 5 ("nearly $48 billion" / "$5 billion" are two sums).
     */
    static boolean consistent(Statement a, Statement.Amount x, Statement b, Statement.Amount y) {
        if (compatible(x, y)) {
            return true;
        }
        int bx = a.bound(x);
        int by = b.bound(y);
        // Two bounds are two figures for the same limit ("up to two years" / "up to four years").
        if (bx != 0 && by == 0) {
            return keeps(a, x, bx, y.value());
        }
        return bx == 0 && by != 0 && keeps(b, y, by, x.value());
    }

    /** The figure {@code value} lies within the bound {@code bound} ({@code way} 1 from below, -1 from above). */
    private static boolean keeps(Statement s, Statement.Amount bound, int way, double value) {
        if (way > 0) {
            return value >= bound.value();
        }
        return value <= bound.value() && (!s.nearBelow(bound) || value >= (1 - APPROXIMATE_SHARE) * bound.value());
    }
}
