package org.parallax.claims;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.parallax.model.AnalysisText;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.model.Resources;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.AnnotatedSentence;
import org.parallax.nlp.NamedMention;
import org.parallax.nlp.Token;

/**
 * Groups the entity mentions of all articles into cross-document entities: one identity per
 * person, place or organization across sources, despite titles, short forms, spelling and
 * transliteration variants, and without merging different people who share a name part.
 *
 * <p>Steps: (1) mentions with the same name key (titles and Jr/Sr stripped, accents folded,
 * aliases applied) and compatible type are one entity; (2) full person names whose given names
 * agree and whose surnames are spelling variants merge, unless both spellings stand in one
 * article (then they are two people), and likewise place and organization names differing in
 * the spelling of their last word; a one-word organization name joins the one longer name it
 * ends ("Colts", "Indianapolis Colts"); (3) acronyms join the spelled-out name they abbreviate; (4) a one-word name
 * joins the one full name it shortens, preferring full names in the same article, and stays
 * apart when two people could be meant; a place- or organization-typed one-word mention joins a
 * person only when that article names the person in full and the word does not follow a
 * preposition of place; (5) untagged capitalized tokens that are such a short form become mentions.
 */
public final class EntityResolver {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "at", "near", "into", "outside",
            "across", "around", "toward", "towards", "via", "through", "inside");

    private final List<String> titles;
    private final Set<String> genericHeads;
    private final Map<String, String> aliases;
    private final NameVariants variants = NameVariants.standard();
    private final int maxAcronym;

    public EntityResolver() {
        titles = Resources.firstColumn("entities/titles.txt").stream().map(t -> t.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        genericHeads = Set.copyOf(Resources.firstColumn("entities/generic-heads.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        aliases = new HashMap<>();
        for (String[] row : Resources.rows("entities/aliases.tsv")) {
            for (String name : row) {
                aliases.put(fold(name), fold(row[0]));
            }
        }
        Properties p = Resources.properties("entities/resolver.properties");
        maxAcronym = Integer.parseInt(p.getProperty("acronym.maxLength"));
    }

    /** One mention as the resolver sees it. */
    private record Item(String article, int articleIndex, NamedMention mention, String key, List<String> parts,
                        String previousWord) {
        String type() {
            return mention.type();
        }
    }

    public List<Entity> resolve(List<AnnotatedArticle> articles) {
        List<Item> items = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            AnnotatedArticle art = articles.get(a);
            for (AnnotatedSentence s : art.sentences()) {
                for (NamedMention m : s.mentions()) {
                    Item item = item(art.article().id(), a, m, previousWord(s, m.start()));
                    if (item != null) {
                        items.add(item);
                    }
                }
            }
        }
        UnionFind uf = new UnionFind(items.size());
        mergeSameKey(items, uf);
        mergeVariants(items, uf);
        mergeOrganizationShortForms(items, uf);
        mergeAcronyms(items, uf);
        mergeShortForms(items, uf);
        addUntaggedShortForms(articles, items, uf);
        return entities(items, uf);
    }

    private Item item(String article, int index, NamedMention m, String previousWord) {
        String key = key(m.text());
        if (key.isEmpty()) {
            return null;
        }
        return new Item(article, index, m, key, List.of(key.split(" ")), previousWord);
    }

    /** The name without titles, possessive, dots, accents and case, with aliases applied. */
    String key(String name) {
        String s = fold(name.replace('\u2019', '\'').replaceAll("'s$", "").replaceAll("'$", ""));
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String t : titles) {
                if (s.startsWith(t + " ") && s.length() > t.length() + 1) {
                    s = s.substring(t.length() + 1);
                    stripped = true;
                    break;
                }
            }
        }
        s = SUFFIX.matcher(s).replaceAll("");
        return aliases.getOrDefault(s, s);
    }

    /** Generational suffixes ("Joseph Comeaux Jr.") are not part of the surname that short forms repeat. */
    private static final Pattern SUFFIX = Pattern.compile(",? (?:jr|sr|ii|iii|iv)$");

    static String fold(String s) {
        String n = Normalizer.normalize(AnalysisText.foldSpaces(s), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("[^\\p{L}\\p{N}'\\- ]", " ");
        return SPACES.matcher(n).replaceAll(" ").strip();
    }

    private static String previousWord(AnnotatedSentence s, int start) {
        String prev = null;
        for (Token t : s.tokens()) {
            if (t.start() >= start) {
                break;
            }
            prev = t.word().toLowerCase(Locale.ROOT);
        }
        return prev;
    }

    /** Same key: one entity when both are persons or neither is (a place and its institution are one referent here). */
    private void mergeSameKey(List<Item> items, UnionFind uf) {
        Map<String, Integer> firstPerson = new HashMap<>();
        Map<String, Integer> firstOther = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Map<String, Integer> first = it.type().equals("PERSON") ? firstPerson : firstOther;
            Integer j = first.putIfAbsent(it.key(), i);
            if (j != null) {
                uf.union(i, j);
            }
        }
    }

    /**
     * Full names whose given names agree and whose surnames are spelling variants (and, for places
     * and organizations, names that differ only in a spelling of their last word: Centre/Center).
     */
    private void mergeVariants(List<Item> items, UnionFind uf) {
        Map<String, Item> fullNames = new TreeMap<>();
        Map<String, Set<Integer>> articlesOf = new HashMap<>();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.parts().size() >= 2) {
                String k = it.type() + "|" + it.key();
                fullNames.putIfAbsent(k, it);
                indexOf.putIfAbsent(k, i);
                articlesOf.computeIfAbsent(k, x -> new HashSet<>()).add(it.articleIndex());
            }
        }
        List<String> keys = new ArrayList<>(fullNames.keySet());
        for (int x = 0; x < keys.size(); x++) {
            for (int y = x + 1; y < keys.size(); y++) {
                Item ix = fullNames.get(keys.get(x));
                Item iy = fullNames.get(keys.get(y));
                List<String> a = ix.parts();
                List<String> b = iy.parts();
                boolean person = ix.type().equals("PERSON");
                if (!ix.type().equals(iy.type()) || a.size() != b.size()
                        || !(person ? sameGiven(a, b) : a.subList(0, a.size() - 1).equals(b.subList(0, b.size() - 1)))
                        || !isVariant(a.get(a.size() - 1), b.get(b.size() - 1))) {
                    continue;
                }
                Set<Integer> shared = new HashSet<>(articlesOf.get(keys.get(x)));
                shared.retainAll(articlesOf.get(keys.get(y)));
                if (shared.isEmpty()) {
                    uf.union(indexOf.get(keys.get(x)), indexOf.get(keys.get(y)));
                }
            }
        }
    }

    private boolean sameGiven(List<String> a, List<String> b) {
        for (int i = 0; i < a.size() - 1; i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean initial = (x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0);
            if (!x.equals(y) && !initial && !isVariant(x, y)) {
                return false;
            }
        }
        return true;
    }

    /** Two spellings of one name ({@link NameVariants}, shared with the claim comparator). */
    boolean isVariant(String a, String b) {
        return variants.isVariant(a, b);
    }

    /** "US" joins "United States" (when no alias did already), "NATO" its spelled-out name. */
    private void mergeAcronyms(List<Item> items, UnionFind uf) {
        Map<String, Integer> byInitials = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (!it.type().equals("PERSON") && it.parts().size() >= 2) {
                StringBuilder sb = new StringBuilder();
                for (String p : it.parts()) {
                    if (!p.equals("of") && !p.equals("the") && !p.equals("and") && !p.equals("for")) {
                        sb.append(p.charAt(0));
                    }
                }
                if (sb.length() >= 2) {
                    byInitials.putIfAbsent(sb.toString(), i);
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            String raw = it.mention().text().replace(".", "");
            if (!it.type().equals("PERSON") && it.parts().size() == 1 && raw.length() >= 2 && raw.length() <= maxAcronym
                    && raw.equals(raw.toUpperCase(Locale.ROOT))) {
                Integer j = byInitials.get(it.key());
                if (j != null) {
                    uf.union(i, j);
                }
            }
        }
    }

    /**
     * "Colts" joins "Indianapolis Colts" and "Red Sox" "Boston Red Sox": an organization name that
     * is the last words of exactly one longer organization name in the story (the same article's
     * first), unless its last word is a generic head ("Ministry", "Council").
     */
    private void mergeOrganizationShortForms(List<Item> items, UnionFind uf) {
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            List<String> parts = it.parts();
            if (!it.type().equals("ORGANIZATION") || parts.isEmpty() || genericHeads.contains(parts.get(parts.size() - 1))) {
                continue;
            }
            for (boolean local : new boolean[] {true, false}) {
                Map<Integer, Integer> roots = new LinkedHashMap<>();
                for (int j = 0; j < items.size(); j++) {
                    Item full = items.get(j);
                    if (full.type().equals("ORGANIZATION") && full.parts().size() > parts.size()
                            && (!local || full.articleIndex() == it.articleIndex())
                            && full.parts().subList(full.parts().size() - parts.size(), full.parts().size()).equals(parts)) {
                        roots.putIfAbsent(uf.find(j), j);
                    }
                }
                if (roots.size() == 1) {
                    uf.union(i, roots.values().iterator().next());
                }
                if (!roots.isEmpty()) {
                    break;
                }
            }
        }
    }

    /** A one-word name joins the single full person name it shortens. */
    private void mergeShortForms(List<Item> items, UnionFind uf) {
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.parts().size() != 1) {
                continue;
            }
            boolean person = it.type().equals("PERSON");
            if (!person && it.previousWord() != null && PLACE_PREPOSITIONS.contains(it.previousWord())) {
                continue;
            }
            Integer target = shortFormTarget(items, uf, it.key(), it.articleIndex(), !person);
            if (target == null && !person) {
                target = samePersonInArticle(items, it);
            }
            if (target != null) {
                uf.union(i, target);
            }
        }
    }

    /**
     * The full person name that {@code word} shortens: a surname match before a given-name match
     * (Lima, not Ana), the same article before the rest of the story; null when two people
     * could be meant. With {@code sameArticleOnly}, evidence must come from the same article.
     */
    private Integer shortFormTarget(List<Item> items, UnionFind uf, String word, int article, boolean sameArticleOnly) {
        for (boolean surname : new boolean[] {true, false}) {
            for (boolean local : sameArticleOnly ? new boolean[] {true} : new boolean[] {true, false}) {
                Map<Integer, Integer> roots = new LinkedHashMap<>();
                for (int j = 0; j < items.size(); j++) {
                    Item full = items.get(j);
                    if (!full.type().equals("PERSON") || full.parts().size() < 2 || local && full.articleIndex() != article) {
                        continue;
                    }
                    String part = surname ? full.parts().get(full.parts().size() - 1) : full.parts().get(0);
                    if (part.equals(word) || surname && isVariant(part, word)) {
                        roots.putIfAbsent(uf.find(j), j);
                    }
                }
                if (roots.size() == 1) {
                    return roots.values().iterator().next();
                }
                if (roots.size() > 1) {
                    return null;
                }
            }
        }
        return null;
    }

    /** "the Carter administration" tagged ORGANIZATION joins the person Carter when that article names him as a person. */
    private static Integer samePersonInArticle(List<Item> items, Item it) {
        for (int j = 0; j < items.size(); j++) {
            Item p = items.get(j);
            if (p.type().equals("PERSON") && p.articleIndex() == it.articleIndex() && p.key().equals(it.key())) {
                return j;
            }
        }
        return null;
    }

    /** Capitalized tokens NER left untagged ("asked Li to stay") that are a known person's short form. */
    private void addUntaggedShortForms(List<AnnotatedArticle> articles, List<Item> items, UnionFind uf) {
        Set<String> shortForms = new HashSet<>();
        int known = items.size();
        for (int j = 0; j < known; j++) {
            Item it = items.get(j);
            if (it.type().equals("PERSON")) {
                shortForms.add(it.parts().get(0));
                shortForms.add(it.parts().get(it.parts().size() - 1));
            }
        }
        for (int a = 0; a < articles.size(); a++) {
            AnnotatedArticle art = articles.get(a);
            for (AnnotatedSentence s : art.sentences()) {
                for (Token t : s.tokens()) {
                    if (!"O".equals(t.ner()) || t.pos() == null || !t.pos().startsWith("NNP") || covered(s, t)) {
                        continue;
                    }
                    String key = key(t.word());
                    Integer target = shortForms.contains(key) ? shortFormTarget(items.subList(0, known), uf, key, a, false) : null;
                    if (target == null) {
                        continue;
                    }
                    Item it = new Item(art.article().id(), a, new NamedMention(t.start(), t.end(), t.word(), "PERSON"),
                            key, List.of(key), null);
                    items.add(it);
                    uf.grow(items.size());
                    uf.union(items.size() - 1, target);
                }
            }
        }
    }

    private static boolean covered(AnnotatedSentence s, Token t) {
        return s.mentions().stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end());
    }

    private List<Entity> entities(List<Item> items, UnionFind uf) {
        Map<Integer, List<Item>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(items.get(i));
        }
        // Order entities by first appearance so ids are stable for a given input.
        List<List<Item>> ordered = new ArrayList<>(groups.values());
        ordered.forEach(g -> g.sort(Comparator.comparingInt(Item::articleIndex).thenComparingInt(x -> x.mention().start())));
        ordered.sort(Comparator.<List<Item>>comparingInt(g -> g.get(0).articleIndex()).thenComparingInt(g -> g.get(0).mention().start()));
        List<Entity> out = new ArrayList<>();
        int n = 1;
        for (List<Item> g : ordered) {
            String type = majorityType(g);
            List<Mention> mentions = g.stream().map(it -> new Mention(it.article(), it.mention().text(),
                    it.mention().start(), it.mention().end())).toList();
            out.add(new Entity("e" + n++, name(g, type), type, mentions));
        }
        return out;
    }

    private static String majorityType(List<Item> g) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Item it : g) {
            // A full name is stronger evidence of type than a one-word mention.
            counts.merge(it.type(), it.parts().size() >= 2 ? 2 : 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The most frequent of the longest forms, with titles stripped. */
    private String name(List<Item> g, String type) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        int longest = 0;
        for (Item it : g) {
            if (it.type().equals(type)) {
                longest = Math.max(longest, it.parts().size());
            }
        }
        for (Item it : g) {
            if (it.type().equals(type) && it.parts().size() == longest) {
                counts.merge(it.key(), 1, Integer::sum);
                // The fullest spelling names the entity: "United States" rather than "US".
                String shown = stripTitles(AnalysisText.foldSpaces(it.mention().text()).strip());
                display.merge(it.key(), shown, (x, y) -> y.length() > x.length() ? y : x);
            }
        }
        String best = counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        return display.get(best);
    }

    /** The mention without leading titles and possessive ("President Ana Lima's" → "Ana Lima"). */
    private String stripTitles(String text) {
        String s = text.replaceAll("['\u2019]s$", "");
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String folded = fold(s);
            for (String t : titles) {
                if (folded.startsWith(t + " ")) {
                    String[] words = SPACES.split(s, t.split(" ").length + 1);
                    if (words.length > t.split(" ").length) {
                        s = words[words.length - 1];
                        stripped = true;
                    }
                    break;
                }
            }
        }
        return s;
    }

    private static final class UnionFind {
        private int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        void grow(int n) {
            int old = parent.length;
            if (n > old) {
                parent = java.util.Arrays.copyOf(parent, n);
                for (int i = old; i < n; i++) {
                    parent[i] = i;
                }
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
