package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.model.Resources;

/**
 * The one hedge list of Parallax ({@code resources/nlp/hedges.tsv}): the claims mark hedged claims
 * with it, the framing counts hedges per source and the comparator reads a hedge on one side only
 * as a change of modality.
 */
public final class Hedges {
    /**
     * One hedge: its words (lower case), a Penn tag prefix its one word must carry or null, its
     * group and the reason shown for it.
     */
    public record Hedge(List<String> words, String posPrefix, String group, String reason) {
    }

    private static volatile Hedges standard;

    private final List<Hedge> all;

    Hedges(List<Hedge> all) {
        this.all = List.copyOf(all);
    }

    /** The list from the classpath, read once per process. */
    public static Hedges standard() {
        Hedges h = standard;
        if (h == null) {
            synchronized (Hedges.class) {
                h = standard;
                if (h == null) {
                    h = parse(Resources.lines("nlp/hedges.tsv"), "nlp/hedges.tsv");
                    standard = h;
                }
            }
        }
        return h;
    }

    /** Every hedge, in file order. */
    public List<Hedge> all() {
        return all;
    }

    /** The hedges of these groups, in file order. */
    public List<Hedge> of(Set<String> groups) {
        return all.stream().filter(h -> groups.contains(h.group())).toList();
    }

    /**
     * The hedges found in a run of tokens, as they stand in the text, in order, each once; the
     * longest at each place, and none inside another ("it remains to be seen", not also "remains
     * to be seen").
     */
    public List<String> find(List<Token> tokens) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hedge best = null;
            for (Hedge h : all) {
                if ((best == null || h.words().size() > best.words().size()) && matches(tokens, i, h)) {
                    best = h;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < best.words().size(); k++) {
                sb.append(k == 0 ? "" : " ").append(tokens.get(i + k).word());
            }
            if (!found.contains(sb.toString())) {
                found.add(sb.toString());
            }
            i += best.words().size();
        }
        return found;
    }

    private static boolean matches(List<Token> tokens, int at, Hedge h) {
        if (at + h.words().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < h.words().size(); k++) {
            if (!tokens.get(at + k).word().toLowerCase(Locale.ROOT).replace('’', '\'').equals(h.words().get(k))) {
                return false;
            }
        }
        return h.posPrefix() == null || tokens.get(at).pos() != null && tokens.get(at).pos().startsWith(h.posPrefix());
    }

    static Hedges parse(List<String> lines, String source) {
        List<Hedge> out = new ArrayList<>();
        for (Resources.Row row : Resources.rows(lines, source, 3, "phrases, group, reason")) {
            String[] f = row.cells();
            int n = row.line();
            for (String alternative : f[0].split(",")) {
                String phrase = alternative.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
                if (phrase.isEmpty()) {
                    continue;
                }
                String pos = null;
                int slash = phrase.indexOf('/');
                if (slash > 0) {
                    pos = phrase.substring(slash + 1).toUpperCase(Locale.ROOT);
                    phrase = phrase.substring(0, slash);
                    if (phrase.contains(" ")) {
                        throw new IllegalArgumentException(source + ":" + n + ": a tag guards one word only: " + alternative.strip());
                    }
                }
                out.add(new Hedge(List.of(phrase.split("\\s+")), pos, f[1].strip(), f[2].strip()));
            }
        }
        return new Hedges(out);
    }
}
