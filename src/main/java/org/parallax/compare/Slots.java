package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Settings;

/**
 * The slots of an alignment where a rule may see a conflict: one thing put in place of another
 * (both sides fill the slot, each with at most {@code slot.max.words} words) while the rest of the
 * two statements is the same (at least {@code slot.min.aligned} of the content words aligned, no
 * other slot replacing more than that many words; what only one side adds is extra detail), and
 * no other slot puts one name in place of another: "Ventura County ... 1,540" / "Texas ... 317"
 * count two different things, not one thing twice.
 */
final class Slots {
    private final int maxWords;
    private final double minAligned;

    Slots(Settings settings) {
        maxWords = settings.integer("slot.max.words");
        minAligned = settings.number("slot.min.aligned");
    }

    /** The two statements say the same but for short slots: enough of their content words aligned. */
    boolean parallel(WordAlignment al) {
        return al.alignedContentShare() >= minAligned;
    }

    List<WordAlignment.Slot> comparable(WordAlignment al) {
        if (!parallel(al) || swapsNames(al)) {
            return List.of();
        }
        List<WordAlignment.Slot> out = new ArrayList<>();
        for (WordAlignment.Slot s : al.slots()) {
            if (!s.replaces()) {
                continue;
            }
            if (s.aSize() > maxWords || s.bSize() > maxWords) {
                // A long stretch said otherwise: the two may tell different events in like words
                // ("was fired as head coach" / "has been hired as the 21st head coach").
                return List.of();
            }
            out.add(s);
        }
        return out;
    }

    /** Some slot puts one name in place of another: the two may be about different people or things. */
    static boolean swapsNames(WordAlignment al) {
        return al.slots().stream().anyMatch(s -> s.replaces() && namesIn(al.a(), s.aFrom(), s.aTo()) && namesIn(al.b(), s.bFrom(), s.bTo()));
    }

    /** A capitalized word that is not the statement's first word nor part of a date: a name. */
    private static boolean namesIn(Statement s, int from, int to) {
        for (int i = Math.max(from, 1); i < to; i++) {
            Statement.Word w = s.words().get(i);
            int at = i;
            if (w.capitalized() && !s.isStop(w.lower()) && Character.isLetter(w.text().charAt(0))
                    && s.dates().stream().noneMatch(d -> d.index() == at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The slot's words as written, with the content word just before it and the words after it up
     * to the first content word, for context ("closed up 29", "four of his victims").
     */
    static String phrase(Statement s, int from, int to) {
        List<Statement.Word> w = s.words();
        // "0845 125 2222": digit groups written apart are one figure, shown whole.
        int first = from;
        while (first > 0 && first < to && isDigits(w.get(first)) && isDigits(w.get(first - 1))
                && s.text().substring(w.get(first - 1).end(), w.get(first).start()).isBlank()) {
            first--;
        }
        int start = first > 0 && s.isContent(w.get(first - 1)) ? first - 1 : first;
        int end = to - 1;
        for (int i = to; i < w.size() && i <= to + 2; i++) {
            if (s.isContent(w.get(i))) {
                end = i;
                break;
            }
        }
        if (end < start) {
            return "";
        }
        return s.text().substring(w.get(start).start(), w.get(end).end());
    }

    private static boolean isDigits(Statement.Word w) {
        return !w.text().isEmpty() && w.text().chars().allMatch(Character::isDigit);
    }
}
