package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;
import org.parallax.model.Settings;

/**
 * One quotation given with a word left out: both statements quote the same words of a speaker
 * (at least {@code quote.min.words} words in quotation marks, in the same order on both sides), and one side's quotation holds content words the other's, otherwise the same,
 * lacks ("A lot of the facts have been conveniently omitted" / "A lot of the facts have been
 * omitted"). A quote is the speaker's exact words: a word dropped or added inside it is a
 * selective quotation (DIVERGE, kind OMISSION), whatever the rest of the two sentences says.
 */
final class QuoteAltered {
    /** A quotation shorter than this is a phrase, often a scare quote, not a speaker's sentence. */
    private final int minWords;
    /** At most this many words may differ between the two quotations; more is another quote. */
    private final int maxDifferent;

    /** Double quotation marks, straight or curly, or single ones that open after a space and close before one. */
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”]+)[\"”]|(?<![\\p{L}\\d])[‘']([^‘’']+?|.+?)[’'](?![\\p{L}\\d])");

    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|…");

    private static final Pattern BRACKETED = Pattern.compile("[(\\[][^)\\]]*[)\\]]");

    QuoteAltered(Settings settings) {
        minWords = settings.integer("quote.min.words");
        maxDifferent = settings.integer("quote.max.different");
    }

    /** The finding, or null when the two quote nothing alike or quote it alike. */
    Finding find(Statement a, Statement b) {
        List<List<Statement.Word>> quotedB = quotations(b);
        for (List<Statement.Word> x : quotations(a)) {
            for (List<Statement.Word> y : quotedB) {
                Finding f = compare(a, x, b, y);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private Finding compare(Statement a, List<Statement.Word> x, Statement b, List<Statement.Word> y) {
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).lower().equals(y.get(j).lower()) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        if (lcs[0][0] < minWords) {
            return null;
        }
        // The words each side has between two words both quote: a quotation cut short or split in
        // two is told whole as far as it goes; only a gap inside it is a word left out.
        List<Statement.Word> extraX = new ArrayList<>();
        List<Statement.Word> extraY = new ArrayList<>();
        List<Statement.Word> pendingX = new ArrayList<>();
        List<Statement.Word> pendingY = new ArrayList<>();
        int gapsX = 0;
        int gapsY = 0;
        boolean started = false;
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            if (x.get(i).lower().equals(y.get(j).lower()) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                if (started) {
                    extraX.addAll(pendingX);
                    extraY.addAll(pendingY);
                    gapsX += pendingX.isEmpty() ? 0 : 1;
                    gapsY += pendingY.isEmpty() ? 0 : 1;
                }
                pendingX.clear();
                pendingY.clear();
                // The shared run starts at a shared content word: an early "the" matched across a
                // quotation begun later is no gap.
                started |= !a.isStop(x.get(i).lower());
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                pendingX.add(x.get(i++));
            } else {
                pendingY.add(y.get(j++));
            }
        }
        // One side adds to the quote, the other adds nothing: a word left out, not a word changed
        // (a changed word is most often a transcription or a spelling: "colour" / "color").
        if (extraX.isEmpty() == extraY.isEmpty() || extraX.size() + extraY.size() > maxDifferent) {
            return null;
        }
        boolean aFuller = !extraX.isEmpty();
        // Words missing in several places are two transcripts of one remark ("we haven't decided
        // yet" / "we haven't really decided it yet"); a selective quotation leaves out one passage.
        if ((aFuller ? gapsX : gapsY) > 1) {
            return null;
        }
        // A word the other quotation holds elsewhere is moved, not left out ("short-lived or
        // long-lived" / "short- or long-lived").
        List<Statement.Word> other = aFuller ? y : x;
        List<Statement.Word> extra = (aFuller ? extraX : extraY).stream()
                .filter(w -> other.stream().noneMatch(o -> o.lower().equals(w.lower()))).toList();
        if (extra.isEmpty()) {
            return null;
        }
        Statement fuller = aFuller ? a : b;
        // "It's grotesque" / "grotesque", "both discriminators" / "discriminators": a function word (in
        // the stop list or so tagged by the annotation), or one's contraction, changes no quote;
        // "US President George W Bush" / "President Bush": a name given in full changes none either.
        if (extra.stream().allMatch(w -> fuller.isStop(w.lower()) || fuller.isStop(w.lower().replaceAll("'.*", "")) || fuller.functionWord(w)
                || !Character.isLetter(w.lower().charAt(0)) || w.capitalized())) {
            return null;
        }
        // "roll out the [touch-screen] machines": the writer marked a change in brackets.
        if (bracketed(aFuller ? b : a, aFuller ? y : x) || extra.stream().anyMatch(w -> bracketNear(fuller, w))) {
            return null;
        }
        // "selling ... against": the shorter quotation marks its cut.
        List<Statement.Word> shorter = aFuller ? y : x;
        Statement cut = aFuller ? b : a;
        if (ELLIPSIS.matcher(cut.text()).region(shorter.get(0).start(), shorter.get(shorter.size() - 1).end()).find()) {
            return null;
        }
        String words = String.join(" ", extra.stream().map(Statement.Word::text).toList());
        return new Finding(Relation.DIVERGE, RelationKind.OMISSION,
                (aFuller ? "B" : "A") + " quotes the same words as " + (aFuller ? "A" : "B") + " but leaves out '" + words + "'");
    }

    /** A bracket stands right before or after the word: the words around it were changed by the writer. */
    private static boolean bracketNear(Statement s, Statement.Word w) {
        String t = s.text();
        int before = w.start() - 1;
        while (before >= 0 && t.charAt(before) == ' ') {
            before--;
        }
        int after = w.end();
        while (after < t.length() && t.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && "[]()".indexOf(t.charAt(before)) >= 0 || after < t.length() && "[]()".indexOf(t.charAt(after)) >= 0;
    }

    /** The quotation holds words in brackets (the writer's, left out of its words). */
    private static boolean bracketed(Statement s, List<Statement.Word> quote) {
        return BRACKETED.matcher(s.text()).region(quote.get(0).start(), quote.get(quote.size() - 1).end()).find();
    }

    /** The words inside each quotation of at least {@code minWords} words. */
    private List<List<Statement.Word>> quotations(Statement s) {
        List<List<Statement.Word>> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(s.text());
        while (m.find()) {
            List<Statement.Word> inside = new ArrayList<>();
            int group = m.group(1) != null ? 1 : 2;
            // "The (drug) benefit", "to him [Mr. Cheney]": words in brackets are the writer's, not the speaker's.
            List<int[]> writers = new ArrayList<>();
            Matcher bracket = BRACKETED.matcher(s.text()).region(m.start(group), m.end(group));
            while (bracket.find()) {
                writers.add(new int[] {bracket.start(), bracket.end()});
            }
            for (Statement.Word w : s.words()) {
                if (w.start() >= m.start(group) && w.end() <= m.end(group)
                        && writers.stream().noneMatch(r -> w.start() >= r[0] && w.end() <= r[1])) {
                    inside.add(w);
                }
            }
            if (inside.size() >= minWords) {
                out.add(inside);
            }
        }
        return out;
    }
}
