package org.parallax.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.model.Article;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Entity;
import org.parallax.model.EntityLabel;
import org.parallax.model.FramingItem;
import org.parallax.model.Mention;

/**
 * Framing across sources: each source's loaded-item rate and rank, the most and least loaded
 * source, how each source labels each entity, which name each source gives the same thing
 * (the war, a government...), and loaded terms one source uses that the others avoid.
 * Only the outlet's own words count here; quoted words belong to their speakers.
 */
public record FramingComparison(List<SourceProfile> sources, String mostLoaded, String leastLoaded,
                                List<LabelRow> labelTable, List<NamingRow> namingTable,
                                List<DistinctTerm> distinctiveTerms) {
    public FramingComparison {
        sources = List.copyOf(sources);
        labelTable = List.copyOf(labelTable);
        namingTable = List.copyOf(namingTable);
        distinctiveTerms = List.copyOf(distinctiveTerms);
    }

    /** One source: words, loaded items and their rate per 1,000 words; rank 1 is the most loaded. */
    public record SourceProfile(String article, String source, int words, int loaded, double loadedPer1000, int rank) {
    }

    /** How each source (article id) labels one entity. */
    public record LabelRow(String entity, String name, Map<String, List<String>> labelsBySource) {
    }

    /** Which names each source uses for one thing. */
    public record NamingRow(String concept, Map<String, List<String>> termsBySource) {
    }

    /** A loaded term only this source uses; {@code note} says what the others call the same thing, if known. */
    public record DistinctTerm(String article, String term, String category, int count, String note) {
    }

    private static final Set<String> COMPARED = Set.of(FramingRules.Category.LOADED, FramingRules.Category.DYSPHEMISM,
            FramingRules.Category.EUPHEMISM, FramingRules.Category.ATTRIBUTION_LOADED, FramingRules.Category.SCARE_QUOTE);

    public static FramingComparison of(List<Article> articles, Map<String, ArticleFraming> framing, List<Entity> entities) {
        FramingRules rules = FramingRules.standard();
        Map<String, String> sourceName = new LinkedHashMap<>();
        for (Article a : articles) {
            sourceName.put(a.id(), a.outlet() != null ? a.outlet() : a.fileName());
        }
        List<SourceProfile> profiles = new ArrayList<>();
        for (Map.Entry<String, ArticleFraming> e : framing.entrySet()) {
            ArticleFraming f = e.getValue();
            int loaded = f.counts().getOrDefault(FramingAnalyzer.LOADED_TOTAL, 0);
            double rate = f.words() == 0 ? 0 : Math.round(loaded * 1000.0 * 100 / f.words()) / 100.0;
            profiles.add(new SourceProfile(e.getKey(), sourceName.getOrDefault(e.getKey(), e.getKey()), f.words(), loaded, rate, 0));
        }
        profiles.sort(Comparator.comparingDouble(SourceProfile::loadedPer1000).reversed());
        List<SourceProfile> ranked = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            SourceProfile p = profiles.get(i);
            ranked.add(new SourceProfile(p.article(), p.source(), p.words(), p.loaded(), p.loadedPer1000(), i + 1));
        }
        String most = ranked.isEmpty() ? null : ranked.get(0).article();
        String least = ranked.isEmpty() ? null : ranked.get(ranked.size() - 1).article();
        return new FramingComparison(ranked, most, least, labelTable(framing, entities), namingTable(framing, rules),
                distinctive(framing, rules));
    }

    private static List<LabelRow> labelTable(Map<String, ArticleFraming> framing, List<Entity> entities) {
        Map<String, String> entityNames = new LinkedHashMap<>();
        for (Entity e : entities) {
            entityNames.put(e.id(), e.name());
        }
        // key -> article -> labels; key is the entity id, or the bare name when no entity was resolved
        Map<String, Map<String, Set<String>>> rows = new LinkedHashMap<>();
        for (Map.Entry<String, ArticleFraming> e : framing.entrySet()) {
            for (EntityLabel l : e.getValue().labels()) {
                String key = l.entity() != null ? l.entity() : bareName(l, e.getValue().items());
                rows.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(l.text());
            }
        }
        mergeShortNames(rows, entityNames);
        // A source that names a labelled entity only bare shows its bare mentions ("Okafor").
        for (Entity en : entities) {
            Map<String, Set<String>> row = rows.get(en.id());
            if (row == null) {
                continue;
            }
            Set<String> labelled = Set.copyOf(row.keySet());
            for (Mention m : en.mentions()) {
                if (framing.containsKey(m.article()) && !labelled.contains(m.article())) {
                    row.computeIfAbsent(m.article(), k -> new LinkedHashSet<>()).add(m.text());
                }
            }
        }
        List<LabelRow> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Set<String>>> r : rows.entrySet()) {
            Map<String, List<String>> bySource = new TreeMap<>();
            r.getValue().forEach((a, ls) -> bySource.put(a, List.copyOf(ls)));
            boolean resolved = entityNames.containsKey(r.getKey());
            out.add(new LabelRow(resolved ? r.getKey() : null, resolved ? entityNames.get(r.getKey()) : r.getKey(), bySource));
        }
        out.sort(Comparator.comparingInt((LabelRow r) -> -r.labelsBySource().size()).thenComparing(LabelRow::name));
        return out;
    }

    /** The name in a label, without its descriptor ("disgraced tycoon Ana Lima" → "Ana Lima"). */
    private static String bareName(EntityLabel l, List<FramingItem> items) {
        for (FramingItem i : items) {
            if (i.category().equals(FramingRules.Category.LABEL) && i.start() >= l.start() && i.end() <= l.end()) {
                String before = l.text().substring(0, i.start() - l.start());
                String after = l.text().substring(i.end() - l.start());
                return (before + " " + after).replaceAll("^[\\s,]+|[\\s,]+$", "").replaceAll("\\s+", " ");
            }
        }
        return l.text();
    }

    /** Unresolved names that are a part of a longer one ("Lima" of "Ana Lima") join the longer one's row. */
    private static void mergeShortNames(Map<String, Map<String, Set<String>>> rows, Map<String, String> entityNames) {
        List<String> keys = new ArrayList<>(rows.keySet());
        keys.sort(Comparator.comparingInt(String::length));
        for (String shortKey : keys) {
            if (entityNames.containsKey(shortKey)) {
                continue;
            }
            List<String> words = List.of(shortKey.split(" "));
            for (String longKey : keys) {
                if (!longKey.equals(shortKey) && !entityNames.containsKey(longKey) && rows.containsKey(longKey)
                        && List.of(longKey.split(" ")).containsAll(words)) {
                    Map<String, Set<String>> from = rows.remove(shortKey);
                    from.forEach((a, ls) -> rows.get(longKey).computeIfAbsent(a, k -> new LinkedHashSet<>()).addAll(ls));
                    break;
                }
            }
        }
    }

    private static List<NamingRow> namingTable(Map<String, ArticleFraming> framing, FramingRules rules) {
        Map<String, Map<String, Set<String>>> rows = new TreeMap<>();
        for (Map.Entry<String, ArticleFraming> e : framing.entrySet()) {
            for (FramingItem i : e.getValue().items()) {
                String concept = concept(i, rules);
                if (concept != null && !i.quoted()) {
                    rows.computeIfAbsent(concept, k -> new TreeMap<>()).computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
                            .add(i.text().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<NamingRow> out = new ArrayList<>();
        rows.forEach((c, m) -> {
            Map<String, List<String>> bySource = new TreeMap<>();
            m.forEach((a, ts) -> bySource.put(a, List.copyOf(ts)));
            out.add(new NamingRow(c, bySource));
        });
        return out;
    }

    private static String concept(FramingItem i, FramingRules rules) {
        if (!FramingRules.NAMING_STANCES.contains(i.category())) {
            return null;
        }
        List<Tokens.Tok> toks = Tokens.of(i.text(), 0, i.text().length());
        for (Lexicon.Match m : rules.lexicon.find(toks)) {
            if (m.entry().concept() != null) {
                return m.entry().concept();
            }
        }
        return null;
    }

    /** Compares terms without case, quote marks or a plural -s ("Regimes" = "regime"). */
    static String termKey(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\"“”‘]|^'|'$", "").strip();
        return t.endsWith("s") && !t.endsWith("ss") && t.length() > 4 ? t.substring(0, t.length() - 1) : t;
    }

    private static List<DistinctTerm> distinctive(Map<String, ArticleFraming> framing, FramingRules rules) {
        Map<String, Map<String, Integer>> termSources = new TreeMap<>();
        Map<String, String> termCategory = new LinkedHashMap<>();
        for (Map.Entry<String, ArticleFraming> e : framing.entrySet()) {
            for (FramingItem i : e.getValue().items()) {
                if (!i.quoted() && COMPARED.contains(i.category())) {
                    String term = termKey(i.text());
                    termSources.computeIfAbsent(term, k -> new TreeMap<>()).merge(e.getKey(), 1, Integer::sum);
                    termCategory.putIfAbsent(term, i.category());
                }
            }
        }
        List<NamingRow> naming = namingTable(framing, rules);
        List<DistinctTerm> out = new ArrayList<>();
        if (framing.size() < 2) {
            return out;
        }
        termSources.forEach((term, sources) -> {
            if (sources.size() != 1) {
                return;
            }
            String article = sources.keySet().iterator().next();
            String note = "only this source uses it";
            for (NamingRow row : naming) {
                List<String> own = row.termsBySource().getOrDefault(article, List.of());
                if (own.stream().map(FramingComparison::termKey).anyMatch(term::equals)) {
                    List<String> others = new ArrayList<>();
                    row.termsBySource().forEach((a, ts) -> {
                        if (!a.equals(article)) {
                            ts.stream().filter(t -> !termKey(t).equals(term) && !others.contains(t)).forEach(others::add);
                        }
                    });
                    if (!others.isEmpty()) {
                        note = "for " + row.concept() + " the other sources say: " + String.join(", ", others);
                    }
                }
            }
            out.add(new DistinctTerm(article, term, termCategory.get(term), sources.get(article), note));
        });
        return out;
    }
}
