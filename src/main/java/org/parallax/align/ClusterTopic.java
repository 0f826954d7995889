package org.parallax.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import org.parallax.compare.Statement;
import org.parallax.model.Resources;
import org.parallax.model.Settings;

/**
 * A short readable name for a cluster: the main clause of its most central claim, without the
 * opening that says when or by whom ("According to the report,"), without the speech tag
 * (", officials said"; "the ministry said that"), ended before a hanging clause (", which ...")
 * and trimmed at a word boundary. Words: {@code resources/align/topic.tsv}; lengths:
 * {@code resources/align/topic.properties}.
 */
public final class ClusterTopic {
    private static final String QUOTES = "\"“”„«»‘’'";

    private final int maxChars;
    private final int maxTagWords;
    private final int maxOpeningWords;
    private final int minWords;
    private final double centralEnough;
    private final Set<String> openers = new HashSet<>();
    private final Set<String> breaks = new HashSet<>();
    private final Set<String> dangling = new HashSet<>();
    private final Set<String> reportingVerbs = new HashSet<>();

    private ClusterTopic() {
        Settings s = Settings.load("align/topic.properties");
        maxChars = s.integer("max.chars");
        maxTagWords = s.integer("max.tag.words");
        maxOpeningWords = s.integer("max.opening.words");
        minWords = s.integer("min.words");
        centralEnough = s.number("central.enough");
        for (String[] row : Resources.rows("align/topic.tsv")) {
            switch (row[0]) {
                case "opener" -> openers.add(row[1]);
                case "break" -> breaks.add(row[1]);
                case "dangling" -> dangling.add(row[1]);
                default -> throw new IllegalStateException("align/topic.tsv: unknown category " + row[0]);
            }
        }
        for (String[] row : Resources.rows("claims/attribution-verbs.tsv")) {
            reportingVerbs.add(row[0].strip());
        }
    }

    private static final class Standard {
        static final ClusterTopic INSTANCE = new ClusterTopic();
    }

    public static ClusterTopic standard() {
        return Standard.INSTANCE;
    }

    /**
     * The name of a cluster whose claims have these texts; {@code similarity} gives the
     * similarity of members i and j (by index into {@code texts}).
     */
    public String name(List<String> texts, ToDoubleBiFunction<Integer, Integer> similarity) {
        return name(texts, similarity, Set.of());
    }

    /**
     * As above, but never one of the {@code taken} names (another cluster's): two rows of the
     * matrix named alike read as one fact twice. Falls back to the next most central claim.
     */
    public String name(List<String> texts, ToDoubleBiFunction<Integer, Integer> similarity, Set<String> taken) {
        String name = centralName(texts, similarity);
        if (!taken.contains(name)) {
            return name;
        }
        for (int i : byCentrality(centrality(texts, similarity))) {
            String candidate = phrase(texts.get(i));
            if (!taken.contains(candidate) && !candidate.isEmpty()) {
                return candidate;
            }
        }
        return name;
    }

    private static double[] centrality(List<String> texts, ToDoubleBiFunction<Integer, Integer> similarity) {
        double[] centrality = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            for (int j = 0; j < texts.size(); j++) {
                centrality[i] += i == j ? 0 : similarity.applyAsDouble(i, j);
            }
        }
        return centrality;
    }

    /** Member indexes, most central first; equally central ones in their original order. */
    private static Integer[] byCentrality(double[] centrality) {
        Integer[] order = new Integer[centrality.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(centrality[y], centrality[x]));
        return order;
    }

    private String centralName(List<String> texts, ToDoubleBiFunction<Integer, Integer> similarity) {
        double[] centrality = centrality(texts, similarity);
        Integer[] order = byCentrality(centrality);
        int centre = order[0];
        String name = phrase(texts.get(centre));
        if (!name.endsWith("…")) {
            return name;
        }
        // A claim nearly as central that fits whole reads better than the start of a long one; the
        // most central such claim, so the search stops at the first (phrasing a claim is not cheap).
        for (int i : order) {
            if (centrality[i] < centrality[centre] * centralEnough) {
                break;
            }
            String candidate = i == centre ? name : phrase(texts.get(i));
            if (!candidate.endsWith("…") && wordCount(candidate) >= minWords) {
                return candidate;
            }
        }
        return name;
    }

    /** A sentence's main statement as a short phrase, capitalised, without the final full stop. */
    public String phrase(String sentence) {
        String s = unquote(sentence == null ? "" : sentence.strip());
        for (int pass = 0; pass < 3; pass++) {
            String shorter = withoutLeadingTag(s);
            if (shorter.equals(s)) {
                break;
            }
            s = unquote(shorter);
        }
        s = unquote(withoutTrailingTag(s));
        s = unquote(mainClause(s));
        s = trimmed(s);
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Drops an opening phrase before a comma, or "WHO said (on Friday) that". */
    private String withoutLeadingTag(String s) {
        List<Statement.Word> words = Statement.wordsOf(s);
        if (words.isEmpty()) {
            return s;
        }
        int comma = s.indexOf(", ");
        if (comma < 0) {
            comma = s.indexOf(",“") >= 0 ? s.indexOf(",“") : s.indexOf(",\"");
        }
        if (comma > 0) {
            int before = wordsBefore(words, comma);
            if (before <= maxOpeningWords && (before == 1 && !startsAside(words, before) || opensWithOpener(words))) {
                String rest = s.substring(comma + 1).strip();
                if (wordCount(rest) >= minWords) {
                    return rest;
                }
            }
        }
        for (int i = 1; i < Math.min(words.size(), maxTagWords + 1); i++) {
            if (!reportingVerbs.contains(words.get(i).stem())) {
                continue;
            }
            if (s.substring(words.get(i).end()).startsWith(":")) { // a city official said: "..."
                String rest = s.substring(words.get(i).end() + 1).strip();
                return wordCount(rest) >= minWords ? rest : s;
            }
            for (int j = i + 1; j < Math.min(words.size(), i + 5); j++) {
                if (words.get(j).lower().equals("that")) {
                    String rest = s.substring(words.get(j).end()).strip();
                    return wordCount(rest) >= minWords ? rest : s;
                }
            }
            break;
        }
        return s;
    }

    /** "Smith, who ..." or "Smith, 52, ...": the comma opens an aside about the first word, not the sentence. */
    private boolean startsAside(List<Statement.Word> words, int at) {
        if (at >= words.size()) {
            return false;
        }
        Statement.Word next = words.get(at);
        return breaks.contains(next.lower()) || Character.isDigit(next.text().charAt(0));
    }

    private boolean opensWithOpener(List<Statement.Word> words) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < Math.min(4, words.size()); i++) {
            phrase.append(i == 0 ? "" : " ").append(words.get(i).lower());
            if (openers.contains(phrase.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Drops ", the ministry said in a statement" or ", according to people familiar with it" at the end. */
    private String withoutTrailingTag(String s) {
        int comma = s.lastIndexOf(',');
        while (comma > 0) {
            String tail = s.substring(comma + 1);
            List<Statement.Word> words = Statement.wordsOf(tail);
            String head = s.substring(0, comma);
            if (words.size() <= maxTagWords && wordCount(head) >= minWords && isSpeechTag(words)) {
                return head;
            }
            comma = s.lastIndexOf(',', comma - 1);
        }
        return s;
    }

    private boolean isSpeechTag(List<Statement.Word> words) {
        if (words.size() >= 2 && words.get(0).lower().equals("according") && words.get(1).lower().equals("to")) {
            return true;
        }
        return words.stream().anyMatch(w -> reportingVerbs.contains(w.stem()));
    }

    /** Ends the sentence before a hanging clause; an enclosed ", who ... ," aside is taken out. */
    private String mainClause(String s) {
        s = withoutAsides(s);
        List<Statement.Word> words = Statement.wordsOf(s);
        for (int i = 1; i < words.size(); i++) {
            Statement.Word w = words.get(i);
            String gap = s.substring(words.get(i - 1).end(), w.start());
            boolean afterComma = gap.contains(",");
            boolean hardBreak = gap.contains(";") || gap.contains(" — ") || gap.contains(" – ") || gap.contains("(")
                    || gap.contains(" - ");
            if (!hardBreak && !(afterComma && breaks.contains(w.lower()))) {
                continue;
            }
            String head = s.substring(0, words.get(i - 1).end());
            if (!hardBreak && (w.lower().equals("who") || w.lower().equals("which"))) {
                int close = closingComma(s, w.start());
                String rest = close > 0 ? s.substring(close + 1).strip() : "";
                if (wordCount(rest) >= 2 && wordCount(head) + wordCount(rest) >= minWords) {
                    return mainClause(head + " " + rest);
                }
            }
            if (wordCount(head) < minWords) {
                continue;
            }
            return head;
        }
        return s;
    }

    /** The comma that closes an aside opened before {@code from}; a comma inside a date ("May 4, 2023,") is skipped. */
    private static int closingComma(String s, int from) {
        int close = s.indexOf(',', from);
        while (close > 0 && close + 2 < s.length() && Character.isDigit(s.charAt(close + 2))) {
            close = s.indexOf(',', close + 1);
        }
        return close;
    }

    /** Without enclosed asides: " — including France — " and " (20 miles)". */
    private static String withoutAsides(String s) {
        String out = s.replaceAll("\\s*\\([^()]*\\)", "");
        for (String dash : List.of(" — ", " – ", " - ")) {
            int open = out.indexOf(dash);
            int close = open < 0 ? -1 : out.indexOf(dash, open + dash.length());
            if (close > 0) {
                out = out.substring(0, open) + " " + out.substring(close + dash.length());
            }
        }
        return out.replaceAll("\\s{2,}", " ").strip();
    }

    /** At most {@code maxChars}, cut after a whole word that can end a phrase, with "…" when cut. */
    private String trimmed(String s) {
        s = s.strip().replaceAll("[\\s.,;:!?]+$", "");
        if (s.length() <= maxChars) {
            return s;
        }
        List<Statement.Word> words = Statement.wordsOf(s);
        List<Statement.Word> kept = new ArrayList<>();
        for (Statement.Word w : words) {
            if (w.end() > maxChars - 1) {
                break;
            }
            kept.add(w);
        }
        while (kept.size() > minWords && dangling.contains(kept.get(kept.size() - 1).lower())) {
            kept.remove(kept.size() - 1);
        }
        if (kept.isEmpty()) {
            return s.substring(0, maxChars - 1) + "…";
        }
        String head = s.substring(0, kept.get(kept.size() - 1).end());
        return unquote(head.replaceAll("[\\s,;:]+$", "")) + "…";
    }

    /** Without quotation marks at either end, and without any when they no longer pair up. */
    private static String unquote(String s) {
        String t = s.strip();
        while (!t.isEmpty() && QUOTES.indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        t = t.replaceAll("[\\s.,;:!?]+$", "");
        while (!t.isEmpty() && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0 && !isApostrophe(t, t.length() - 1)) {
            t = t.substring(0, t.length() - 1).replaceAll("[\\s.,;:!?]+$", "");
        }
        long open = t.chars().filter(c -> c == '“').count();
        long close = t.chars().filter(c -> c == '”').count();
        long straight = t.chars().filter(c -> c == '"').count();
        if (open != close || straight % 2 != 0) {
            t = t.replaceAll("[\"“”]", "").replaceAll("\\s{2,}", " ").strip();
        }
        return t;
    }

    /** A ’ or ' closing a word ("the ministers'") is not a quotation mark. */
    private static boolean isApostrophe(String t, int at) {
        char c = t.charAt(at);
        return (c == '\'' || c == '’') && at > 0 && t.charAt(at - 1) == 's';
    }

    private static int wordsBefore(List<Statement.Word> words, int offset) {
        int n = 0;
        for (Statement.Word w : words) {
            if (w.end() <= offset) {
                n++;
            }
        }
        return n;
    }

    private static int wordCount(String s) {
        return Statement.wordsOf(s).size();
    }
}
