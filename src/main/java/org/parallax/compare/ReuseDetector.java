package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.AnalysisText;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;
import org.parallax.model.Reuse;
import org.parallax.model.ReuseSpan;
import org.parallax.model.Settings;

/**
 * Near-verbatim text shared between articles (what a rewrite took from the wire story): shared
 * runs of consecutive words (shingles), joined across small edits into passages. For each ordered
 * pair of articles with shared passages, the share of the first one's body words inside them.
 */
public final class ReuseDetector {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private final int shingle;
    private final int bridge;
    private final int minPassage;

    public ReuseDetector() {
        Settings s = Settings.load("compare/reuse.properties");
        shingle = s.integer("shingle.words");
        bridge = s.integer("bridge.words");
        minPassage = s.integer("min.passage.words");
    }

    private record Words(List<String> words, int[] starts, int[] ends) {
    }

    public List<Reuse> find(List<Article> articles) {
        List<Words> read = articles.stream().map(ReuseDetector::bodyWords).toList();
        List<Map<String, List<Integer>>> index = read.stream().map(this::shingles).toList();
        List<Reuse> out = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (int b = 0; b < articles.size(); b++) {
                if (a != b) {
                    Reuse r = reuse(articles.get(a), read.get(a), articles.get(b), read.get(b), index.get(b));
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    private Reuse reuse(Article a, Words wa, Article b, Words wb, Map<String, List<Integer>> bIndex) {
        int n = wa.words().size();
        if (n < shingle) {
            return null;
        }
        // For each word of a covered by a shared shingle, where in b it stands.
        int[] inB = new int[n];
        java.util.Arrays.fill(inB, -1);
        for (int i = 0; i + shingle <= n; i++) {
            List<Integer> hits = bIndex.get(key(wa.words(), i));
            if (hits == null) {
                continue;
            }
            int j = hits.get(0);
            for (int k = 0; k < shingle; k++) {
                if (inB[i + k] < 0) {
                    inB[i + k] = j + k;
                }
            }
        }
        List<ReuseSpan> spans = new ArrayList<>();
        int covered = 0;
        int i = 0;
        while (i < n) {
            if (inB[i] < 0) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int bLo = inB[i];
            int bHi = inB[i];
            int k = i + 1;
            while (k < n && k - end <= bridge + 1) {
                if (inB[k] >= 0 && Math.abs(inB[k] - bHi) <= bridge + shingle) {
                    end = k;
                    bLo = Math.min(bLo, inB[k]);
                    bHi = Math.max(bHi, inB[k]);
                }
                k++;
            }
            int length = end - start + 1;
            if (length >= minPassage) {
                covered += length;
                spans.add(new ReuseSpan(wa.starts()[start], wa.ends()[end], wb.starts()[bLo], wb.ends()[bHi]));
            }
            i = end + 1;
        }
        if (spans.isEmpty()) {
            return null;
        }
        return new Reuse(a.id(), b.id(), Math.round(1000.0 * covered / n) / 1000.0, spans);
    }

    private Map<String, List<Integer>> shingles(Words w) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int i = 0; i + shingle <= w.words().size(); i++) {
            out.computeIfAbsent(key(w.words(), i), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    private String key(List<String> words, int from) {
        return String.join(" ", words.subList(from, from + shingle));
    }

    /**
     * A word folded so that small edits keep matching: lower case, no possessive 's, and no vowels
     * after the first letter in longer words (adviser/advisor, counteroffensive/counter-offensive).
     */
    static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w.length() > 3 ? w.charAt(0) + w.substring(1).replaceAll("[aeiouy]", "") : w;
    }

    /** The words of the article's body paragraphs (all kept paragraphs if none is marked body). */
    private static Words bodyWords(Article article) {
        String text = AnalysisText.of(article);
        List<Paragraph> paragraphs = article.bodyParagraphs().isEmpty() ? article.paragraphs() : article.bodyParagraphs();
        if (paragraphs.isEmpty()) {
            paragraphs = List.of(new Paragraph(0, text.length(), null));
        }
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            Matcher m = WORD.matcher(text).region(p.start(), p.end());
            while (m.find()) {
                words.add(fold(m.group()));
                starts.add(m.start());
                ends.add(m.end());
            }
        }
        return new Words(words, starts.stream().mapToInt(Integer::intValue).toArray(), ends.stream().mapToInt(Integer::intValue).toArray());
    }
}
