package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.parallax.model.Resources;
import org.parallax.nlp.Hedges;

/**
 * The framing lexicons and thresholds from {@code resources/framing/}, loaded once per process.
 * Categories of items: see {@link Category}.
 */
final class FramingRules {
    /** Item categories, as they appear in the report. */
    static final class Category {
        static final String LABEL = "label";
        static final String LOADED = "loaded";
        static final String EUPHEMISM = "euphemism";
        static final String DYSPHEMISM = "dysphemism";
        static final String NAMING = "naming";
        static final String SCARE_QUOTE = "scare-quote";
        static final String HEDGE = "hedge";
        static final String CERTAINTY = "certainty";
        static final String ATTRIBUTION = "attribution";
        static final String ATTRIBUTION_LOADED = "attribution-loaded";
        static final String INTENSIFIER = "intensifier";

        private Category() {
        }
    }

    static final Set<String> WORD_CATEGORIES = Set.of(Category.LOADED, Category.HEDGE, Category.CERTAINTY,
            Category.ATTRIBUTION, Category.ATTRIBUTION_LOADED, Category.INTENSIFIER);
    static final Set<String> NAMING_STANCES = Set.of(Category.EUPHEMISM, Category.DYSPHEMISM, Category.NAMING);

    /** A title or role noun ("president", "dictator") and its tone: neutral, pejorative or laudatory. */
    record Role(String word, String tone, String reason) {
    }

    private static volatile FramingRules standard;

    final Lexicon lexicon;
    final Map<String, Role> roles;
    final Set<String> honorifics;
    final Set<String> modifiers;
    final Set<String> stopWords;
    final Set<String> speechWords;
    final Set<String> loadedCategories;
    final int scareQuoteMaxWords;
    final int labelMaxTokens;
    final int appositiveMaxTokens;
    final int describingMaxWords;

    FramingRules(Lexicon lexicon, Map<String, Role> roles, Properties p) {
        this.lexicon = lexicon;
        this.roles = Map.copyOf(roles);
        this.honorifics = words(p, "label.honorifics");
        this.modifiers = words(p, "label.modifiers");
        this.stopWords = words(p, "label.stopWords");
        this.speechWords = words(p, "scareQuote.speechWords");
        this.loadedCategories = words(p, "loaded.categories");
        this.scareQuoteMaxWords = Integer.parseInt(p.getProperty("scareQuote.maxWords").strip());
        this.labelMaxTokens = Integer.parseInt(p.getProperty("label.maxTokens").strip());
        this.appositiveMaxTokens = Integer.parseInt(p.getProperty("label.appositiveMaxTokens").strip());
        this.describingMaxWords = Integer.parseInt(p.getProperty("loaded.describingMaxWords").strip());
    }

    static FramingRules standard() {
        FramingRules r = standard;
        if (r == null) {
            synchronized (FramingRules.class) {
                r = standard;
                if (r == null) {
                    List<Lexicon.Entry> entries = new ArrayList<>(
                            Lexicon.load("framing/lexicon.tsv", false, WORD_CATEGORIES).entries());
                    entries.addAll(Lexicon.load("framing/naming.tsv", true, NAMING_STANCES).entries());
                    entries.addAll(hedges());
                    r = new FramingRules(new Lexicon(entries), parseRoles(Resources.lines("framing/roles.tsv"), "framing/roles.tsv"),
                            Resources.properties("framing/framing.properties"));
                    standard = r;
                }
            }
        }
        return r;
    }

    /**
     * The hedges of the one hedge list (nlp/hedges.tsv), each with its group's reason. The framing
     * tokens carry no part-of-speech tags, so a word kept there to one part of speech (the modal
     * "may") counts only as written in lower case: "May" the month opens a name or a sentence.
     */
    private static List<Lexicon.Entry> hedges() {
        List<Lexicon.Entry> out = new ArrayList<>();
        for (Hedges.Hedge h : Hedges.standard().all()) {
            out.add(new Lexicon.Entry(String.join(" ", h.words()), h.words().stream().map(Lexicon.WordPattern::parse).toList(),
                    Category.HEDGE, h.reason(), null, List.of(), h.posPrefix() != null));
        }
        return out;
    }

    Role role(String norm) {
        return roles.get(norm);
    }

    private static Set<String> words(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("framing.properties lacks " + key);
        }
        List<String> out = new ArrayList<>();
        for (String w : v.split(",")) {
            if (!w.isBlank()) {
                out.add(w.strip().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    static Map<String, Role> parseRoles(List<String> lines, String source) {
        Map<String, Role> out = new HashMap<>();
        for (Resources.Row row : Resources.rows(lines, source, 3, "word, tone, reason")) {
            String[] f = row.cells();
            int n = row.line();
            String tone = f[1].strip();
            if (!Set.of("neutral", "pejorative", "laudatory").contains(tone)) {
                throw new IllegalArgumentException(source + ":" + n + ": unknown tone " + tone);
            }
            for (String w : f[0].strip().toLowerCase(Locale.ROOT).split("\\|")) {
                out.put(w, new Role(w, tone, f[2].strip()));
            }
        }
        return out;
    }
}
