package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Resources;

/**
 * A list of phrases to look for, read from a tab-separated resource. Each phrase is a sequence of
 * word patterns ({@code back|backed down}, {@code infuriat*}), optionally with conditions on the
 * word before or after ({@code next!=party}). Matching is longest-first and never overlaps.
 */
final class Lexicon {
    /** One word position of a phrase: any of the alternatives, each exact or a prefix (written with a trailing *). */
    record WordPattern(List<String> exact, List<String> prefixes) {
        boolean matches(String word) {
            if (exact.contains(word)) {
                return true;
            }
            for (String p : prefixes) {
                if (word.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }

        static WordPattern parse(String spec) {
            List<String> exact = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (String alt : spec.split("\\|")) {
                if (alt.endsWith("*")) {
                    prefixes.add(alt.substring(0, alt.length() - 1));
                } else {
                    exact.add(alt);
                }
            }
            return new WordPattern(List.copyOf(exact), List.copyOf(prefixes));
        }
    }

    /** A condition on the word just before or after the phrase; {@code required} false means "must not be". */
    record Condition(boolean before, boolean required, Set<String> words) {
        boolean holds(List<Tokens.Tok> tokens, int from, int to) {
            int i = before ? from - 1 : to;
            String w = i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
            return words.contains(w) == required;
        }

        static Condition parse(String spec) {
            String s = spec.strip();
            boolean before = s.startsWith("prev");
            if (!before && !s.startsWith("next")) {
                throw new IllegalArgumentException("condition must start with prev or next: " + spec);
            }
            boolean required = !s.contains("!=");
            String list = s.substring(s.indexOf('=') + 1);
            return new Condition(before, required, Set.copyOf(java.util.Arrays.asList(list.split("\\|"))));
        }
    }

    /**
     * A phrase with what it means: its category (or stance), a reason a teacher can read aloud and,
     * for naming lists, its concept. {@code lowerCaseOnly}: found only as written in lower case (a
     * modal "may", "might", not the month May, where no part-of-speech tag tells them apart).
     */
    record Entry(String phrase, List<WordPattern> words, String category, String reason, String concept, List<Condition> conditions,
                 boolean lowerCaseOnly) {
    }

    /** A phrase found in a token list: tokens [from, to). */
    record Match(Entry entry, int from, int to) {
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry>> byFirstPrefix = new HashMap<>();
    private static final int PREFIX_KEY = 3;

    Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            WordPattern first = e.words().get(0);
            for (String w : first.exact()) {
                byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
            }
            for (String p : first.prefixes()) {
                if (p.length() < PREFIX_KEY) {
                    throw new IllegalArgumentException("prefix pattern too short: " + p + "* in " + e.phrase());
                }
                byFirstPrefix.computeIfAbsent(p.substring(0, PREFIX_KEY), k -> new ArrayList<>()).add(e);
            }
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** Non-overlapping matches, the longest phrase winning at each position, left to right. */
    List<Match> find(List<Tokens.Tok> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = null;
            for (Entry e : candidates(tokens.get(i).norm())) {
                int to = i + e.words().size();
                if (to > tokens.size() || (best != null && to - i <= best.to() - best.from())) {
                    continue;
                }
                if (matchesAt(e, tokens, i)) {
                    best = new Match(e, i, to);
                }
            }
            if (best != null) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private List<Entry> candidates(String word) {
        List<Entry> out = new ArrayList<>(byFirstWord.getOrDefault(word, List.of()));
        if (word.length() >= PREFIX_KEY) {
            out.addAll(byFirstPrefix.getOrDefault(word.substring(0, PREFIX_KEY), List.of()));
        }
        return out;
    }

    private static boolean matchesAt(Entry e, List<Tokens.Tok> tokens, int from) {
        for (int k = 0; k < e.words().size(); k++) {
            if (!e.words().get(k).matches(tokens.get(from + k).norm())) {
                return false;
            }
        }
        if (e.lowerCaseOnly() && !Character.isLowerCase(tokens.get(from).raw().charAt(0))) {
            return false;
        }
        int to = from + e.words().size();
        for (Condition c : e.conditions()) {
            if (!c.holds(tokens, from, to)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a lexicon: one entry per line, tab-separated. With {@code conceptColumn}, the columns are
     * concept, phrase, category, reason[, conditions]; otherwise phrase, category, reason[, conditions].
     * Lines starting with # and blank lines are skipped.
     */
    static Lexicon load(String path, boolean conceptColumn, Set<String> categories) {
        return parse(Resources.lines(path), path, conceptColumn, categories);
    }

    static Lexicon parse(List<String> lines, String source, boolean conceptColumn, Set<String> categories) {
        List<Entry> entries = new ArrayList<>();
        int c = conceptColumn ? 1 : 0;
        for (Resources.Row row : Resources.rows(lines, source, c + 3, (c + 3) + " tab-separated fields")) {
            String[] f = row.cells();
            int lineNo = row.line();
            String concept = conceptColumn ? f[0].strip() : null;
            String category = f[c + 1].strip();
            if (!categories.contains(category)) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": unknown category " + category);
            }
            List<Condition> conditions = new ArrayList<>();
            if (f.length > c + 3 && !f[c + 3].isBlank()) {
                for (String cond : f[c + 3].split(";")) {
                    conditions.add(Condition.parse(cond));
                }
            }
            for (String alternative : f[c].split(",")) {
                String phrase = alternative.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
                if (phrase.isEmpty()) {
                    continue;
                }
                List<WordPattern> words = new ArrayList<>();
                for (String w : phrase.split("\\s+")) {
                    words.add(WordPattern.parse(w));
                }
                entries.add(new Entry(phrase, List.copyOf(words), category, f[c + 2].strip(), concept, List.copyOf(conditions), false));
            }
        }
        return new Lexicon(entries);
    }
}
