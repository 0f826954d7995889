package org.parallax.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.parallax.compare.Names.sameName;

/**
 * How explanations quote the two statements: words as written, lists of them, what one side has
 * and the other lacks, and which report was published later.
 */
final class Wording {
    private Wording() {
    }

    /** The words only one side has. */
    static String differences(Statement a, Statement b) {
        Set<String> onlyA = new LinkedHashSet<>(a.contentStems());
        onlyA.removeIf(x -> b.contentStems().stream().anyMatch(y -> sameName(x, y)));
        Set<String> onlyB = new LinkedHashSet<>(b.contentStems());
        onlyB.removeIf(y -> a.contentStems().stream().anyMatch(x -> sameName(x, y)));
        StringBuilder s = new StringBuilder();
        if (!onlyA.isEmpty()) {
            s.append("; only A has ").append(quoteList(surfaces(a, onlyA), 3));
        }
        if (!onlyB.isEmpty()) {
            s.append("; only B has ").append(quoteList(surfaces(b, onlyB), 3));
        }
        return s.toString();
    }

    /** " (they share only 'x', 'y')", or empty when they share no content word. */
    static String sharedNote(Statement a, Statement b) {
        List<String> shared = shared(a, b);
        return shared.isEmpty() ? "" : " (they share only " + quoteList(shared, 3) + ")";
    }

    /** A's content words that B has too (a name's spellings count), as A writes them. */
    static List<String> shared(Statement a, Statement b) {
        List<String> out = new ArrayList<>();
        for (String x : a.contentStems()) {
            if (b.contentStems().stream().anyMatch(y -> sameName(x, y))) {
                out.add(surface(a, x));
            }
        }
        return out;
    }

    static List<String> surfaces(Statement s, Set<String> stems) {
        return stems.stream().map(x -> surface(s, x)).toList();
    }

    /** The word of the statement with this stem, as written. */
    static String surface(Statement s, String stem) {
        for (Statement.Word w : s.words()) {
            if (w.lower().equals(stem)) {
                return w.text();
            }
        }
        for (Statement.Word w : s.words()) {
            if (w.stem().equals(stem)) {
                return w.text();
            }
        }
        return stem;
    }

    /** The cue and up to {@code more} following words, as written. */
    static String phrase(Statement s, Statement.Cue cue, int more) {
        List<Statement.Word> w = s.words();
        int from = cue.index();
        int len = cue.text().split(" ").length;
        int to = Math.min(w.size() - 1, from + len - 1 + more);
        return s.text().substring(w.get(from).start(), w.get(to).end());
    }

    static String quoteList(java.util.Collection<String> items, int max) {
        if (items.isEmpty()) {
            return "no content words";
        }
        List<String> l = items.stream().distinct().limit(max).map(x -> "'" + x + "'").toList();
        String s = String.join(", ", l);
        return items.stream().distinct().count() > max ? s + "…" : s;
    }

    /** " (B was published 3 days later)", or empty when a date is unknown or both are the same. */
    static String order(LocalDate aDate, LocalDate bDate) {
        if (aDate == null || bDate == null || aDate.equals(bDate)) {
            return "";
        }
        long days = Math.abs(ChronoUnit.DAYS.between(aDate, bDate));
        return String.format(Locale.ROOT, " (%s was published %d day%s later)", aDate.isAfter(bDate) ? "A" : "B", days, days == 1 ? "" : "s");
    }
}
