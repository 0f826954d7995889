package org.parallax.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.model.AnalysisText;
import org.parallax.model.Article;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Entity;
import org.parallax.model.EntityLabel;
import org.parallax.model.FramingItem;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.model.Span;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.AnnotatedSentence;
import org.parallax.nlp.NamedMention;

/**
 * How an article tells the story: labels for entities, loaded words, euphemisms and dysphemisms,
 * scare quotes, hedges and certainty markers, attribution verbs and intensifiers. Words inside a
 * direct quote are flagged {@code quoted}: they are the speaker's, not the outlet's, and are
 * counted apart. Counts and rates per 1,000 words are of the outlet's own words, by category, plus
 * {@value #QUOTED} (items inside quotes) and {@value #LOADED_TOTAL} (the loaded categories summed).
 */
public final class FramingAnalyzer {
    /** Count key: items inside direct quotes. */
    public static final String QUOTED = "quoted";
    /** Count key: the outlet's own loaded items (the categories in framing.properties loaded.categories). */
    public static final String LOADED_TOTAL = "loaded-total";

    private final FramingRules rules;

    public FramingAnalyzer() {
        this(FramingRules.standard());
    }

    FramingAnalyzer(FramingRules rules) {
        this.rules = rules;
    }

    public ArticleFraming analyze(AnnotatedArticle annotated, List<Entity> entities) {
        Article article = annotated.article();
        String text = AnalysisText.of(article);
        List<Paragraph> paragraphs = article.paragraphs().isEmpty()
                ? List.of(new Paragraph(0, text.length(), ParagraphKind.BODY)) : article.paragraphs();
        List<NameSpan> known = knownNames(article.id(), annotated, entities);
        Map<Integer, String> pos = new java.util.HashMap<>();
        for (AnnotatedSentence s : annotated.sentences()) {
            s.tokens().stream().filter(t -> t.pos() != null).forEach(t -> pos.put(t.start(), t.pos()));
        }
        List<FramingItem> items = new ArrayList<>();
        List<EntityLabel> labels = new ArrayList<>();
        int words = 0;
        for (Paragraph p : paragraphs) {
            if (p.kind() == ParagraphKind.DATELINE || p.kind() == ParagraphKind.BYLINE) {
                continue;
            }
            List<Tokens.Tok> toks = Tokens.of(text, p.start(), p.end());
            words += Tokens.words(toks);
            List<Span> quotes = Quotes.find(text, p.start(), p.end());
            List<Lexicon.Match> matches = rules.lexicon.find(toks);
            boolean[] loaded = new boolean[toks.size()];
            boolean[] matched = new boolean[toks.size()];
            for (Lexicon.Match m : matches) {
                for (int i = m.from(); i < m.to(); i++) {
                    matched[i] = true;
                }
            }
            for (int k = 0; k < matches.size(); k++) {
                Lexicon.Match m = matches.get(k);
                Lexicon.Entry e = m.entry();
                int s = toks.get(m.from()).start();
                if (e.category().equals(FramingRules.Category.INTENSIFIER) && k + 1 < matches.size()
                        && matches.get(k + 1).from() == m.to() && isLoaded(matches.get(k + 1).entry().category())
                        && Tokens.adjacent(text, toks.get(m.to() - 1), toks.get(m.to()))) {
                    // "utterly disgraceful": one loaded item, made stronger
                    String booster = text.substring(s, toks.get(m.to() - 1).end());
                    m = matches.get(++k);
                    e = m.entry();
                    int end = toks.get(m.to() - 1).end();
                    boolean quoted = Quotes.inside(quotes, s, end);
                    String word = text.substring(toks.get(m.from()).start(), end);
                    items.add(new FramingItem(text.substring(s, end), s, end, e.category(), null,
                            note(word, e, quoted) + " “" + booster + "” makes it stronger.", quoted));
                    markLoaded(loaded, m);
                    continue;
                }
                int end = toks.get(m.to() - 1).end();
                if (e.category().equals(FramingRules.Category.ATTRIBUTION_LOADED) && !introducesSpeech(text, p, toks, m)) {
                    continue; // "pledged to cut fares" is a commitment, not a way of reporting speech
                }
                String word = text.substring(s, end);
                if (e.category().equals(FramingRules.Category.LOADED)) {
                    end = toks.get(nounPhraseEnd(text, toks, m, matched, pos, rules.describingMaxWords) - 1).end();
                    s = toks.get(nounPhraseStart(text, toks, m, matched, pos, rules.describingMaxWords)).start();
                }
                boolean quoted = Quotes.inside(quotes, s, end);
                items.add(new FramingItem(text.substring(s, end), s, end, e.category(), null,
                        note(word, e, quoted), quoted));
                if (isLoaded(e.category())) {
                    markLoaded(loaded, m);
                }
            }
            items.addAll(scareQuotes(text, p, toks, quotes, annotated.sentences()));
            LabelFinder finder = new LabelFinder(rules, text, toks, loaded, quotes, pos);
            for (NameSpan name : namesIn(text, p, toks, known, entities, article.id())) {
                finder.label(name).ifPresent(l -> {
                    items.add(l.item());
                    labels.add(l.label());
                });
            }
        }
        items.sort(Comparator.comparingInt(FramingItem::start).thenComparingInt(FramingItem::end));
        Map<String, Integer> counts = counts(items);
        Map<String, Double> rates = new TreeMap<>();
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            rates.put(c.getKey(), words == 0 ? 0.0 : Math.round(c.getValue() * 1000.0 * 100 / words) / 100.0);
        }
        return new ArticleFraming(items, labels, words, counts, rates);
    }

    /**
     * A verb of saying reports speech when a quote, colon or "that" follows it, or a closing quote
     * stands just before it ("…,” she insisted).
     */
    private static boolean introducesSpeech(String text, Paragraph p, List<Tokens.Tok> toks, Lexicon.Match m) {
        int end = toks.get(m.to() - 1).end();
        int nextStart = m.to() < toks.size() ? toks.get(m.to()).start() : p.end();
        String after = text.substring(end, nextStart);
        if (after.matches("(?s).*[\"“”‘’':,].*") || (m.to() < toks.size() && toks.get(m.to()).norm().equals("that"))) {
            return true;
        }
        // "…,” she insisted": a closing quote within the three words before the verb
        int windowStart = toks.get(Math.max(0, m.from() - 3)).start();
        String before = text.substring(Math.max(p.start(), windowStart - 2), toks.get(m.from()).start());
        return before.matches("(?s).*[\"”].*") || before.matches("(?s).*,’.*");
    }

    /**
     * A loaded adjective is shown with the noun it judges ("disastrous agreement", "supposed
     * framework"): with part-of-speech tags, the span runs over the adjectives and nouns that
     * follow, up to the first noun group's end, without taking in another flagged word.
     */
    private static int nounPhraseEnd(String text, List<Tokens.Tok> toks, Lexicon.Match m, boolean[] matched,
                                     Map<Integer, String> pos, int maxWords) {
        String tag = pos.get(toks.get(m.to() - 1).start());
        if (tag == null || !tag.startsWith("JJ")) {
            return m.to();
        }
        int j = m.to();
        int lastNoun = -1;
        while (j < toks.size() && j - m.to() < maxWords && !matched[j] && Tokens.adjacent(text, toks.get(j - 1), toks.get(j))) {
            String t = pos.get(toks.get(j).start());
            if (t == null || !(t.startsWith("JJ") || t.startsWith("NN")) || (lastNoun >= 0 && t.startsWith("JJ"))) {
                break;
            }
            if (t.startsWith("NN")) {
                lastNoun = j;
            }
            j++;
        }
        return lastNoun >= 0 ? lastNoun + 1 : m.to();
    }

    /**
     * A loaded noun is shown with the words that describe it ("white supremacist",
     * "well-documented liars"): with part-of-speech tags, the span starts at the adjectives and
     * common nouns just before it, without taking in another flagged word.
     */
    private static int nounPhraseStart(String text, List<Tokens.Tok> toks, Lexicon.Match m, boolean[] matched,
                                       Map<Integer, String> pos, int maxWords) {
        String tag = pos.get(toks.get(m.from()).start());
        if (tag == null || !tag.startsWith("NN") || tag.startsWith("NNP")) {
            return m.from();
        }
        int j = m.from();
        while (j > 0 && m.from() - j < maxWords && !matched[j - 1] && Tokens.adjacent(text, toks.get(j - 1), toks.get(j))) {
            String t = pos.get(toks.get(j - 1).start());
            if (t == null || !(t.startsWith("JJ") || t.equals("NN") || t.equals("NNS"))) {
                break;
            }
            j--;
        }
        return j;
    }

    private static void markLoaded(boolean[] loaded, Lexicon.Match m) {
        for (int i = m.from(); i < m.to(); i++) {
            loaded[i] = true;
        }
    }

    private boolean isLoaded(String category) {
        return rules.loadedCategories.contains(category);
    }

    private Map<String, Integer> counts(List<FramingItem> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(LOADED_TOTAL, 0);
        counts.put(QUOTED, 0);
        for (FramingItem i : items) {
            if (i.quoted()) {
                counts.merge(QUOTED, 1, Integer::sum);
                continue;
            }
            counts.merge(i.category(), 1, Integer::sum);
            if (isLoaded(i.category())) {
                counts.merge(LOADED_TOTAL, 1, Integer::sum);
            }
        }
        return counts;
    }

    static String note(String text, Lexicon.Entry e, boolean quoted) {
        String why = e.reason();
        String base = switch (e.category()) {
            case FramingRules.Category.EUPHEMISM -> "“" + text + "” is a softening name for " + e.concept() + ": " + why;
            case FramingRules.Category.DYSPHEMISM -> "“" + text + "” is a harsh name for " + e.concept() + ": " + why;
            case FramingRules.Category.NAMING -> "“" + text + "” is a plain name for " + e.concept() + ": " + why;
            default -> "“" + text + "”: " + why;
        };
        return quoted ? base + " (Inside a quote: the speaker's words, not the outlet's.)" : base;
    }

    /**
     * Short quotations that stand in the outlet's own sentence with no one said to have spoken
     * them ("a “temporary” levy"): the quote marks distance the outlet from the words.
     */
    private List<FramingItem> scareQuotes(String text, Paragraph p, List<Tokens.Tok> toks, List<Span> quotes,
                                          List<AnnotatedSentence> sentences) {
        List<FramingItem> out = new ArrayList<>();
        for (Span q : quotes) {
            List<Tokens.Tok> inside = toks.stream().filter(t -> t.start() >= q.start() && t.end() <= q.end()).toList();
            int n = Tokens.words(inside);
            if (n == 0 || n > rules.scareQuoteMaxWords || inside.stream().allMatch(Tokens.Tok::capitalized)) {
                continue;
            }
            Span sentence = sentenceAround(sentences, p, q);
            boolean spoken = false;
            for (Tokens.Tok t : toks) {
                if (t.start() >= sentence.start() && t.end() <= sentence.end() && !q.contains(t.start())
                        && rules.speechWords.contains(t.norm())) {
                    spoken = true;
                    break;
                }
            }
            String before = text.substring(Math.max(sentence.start(), q.start() - 3), q.start()).strip();
            if (spoken || before.endsWith(":") || q.start() <= sentence.start()) {
                continue;
            }
            String quotedText = text.substring(q.start(), q.end());
            out.add(new FramingItem(quotedText, q.start(), q.end(), FramingRules.Category.SCARE_QUOTE, null,
                    quotedText + " stands in quote marks though no one is said to have spoken it here: "
                            + "the quote marks distance the outlet from the words or cast doubt on them.", false));
        }
        return out;
    }

    private static Span sentenceAround(List<AnnotatedSentence> sentences, Paragraph p, Span q) {
        for (AnnotatedSentence s : sentences) {
            if (s.start() <= q.start() && q.start() < s.end()) {
                return new Span(Math.max(s.start(), p.start()), Math.min(Math.max(s.end(), q.end()), p.end()));
            }
        }
        return p.span();
    }

    /** A name in the text with the entity it belongs to (null when no entity was resolved). */
    record NameSpan(int start, int end, String entity, String entityName) {
    }

    private static List<NameSpan> knownNames(String articleId, AnnotatedArticle annotated, List<Entity> entities) {
        List<NameSpan> out = new ArrayList<>();
        for (Entity e : entities) {
            e.mentions().stream().filter(m -> m.article().equals(articleId))
                    .forEach(m -> out.add(new NameSpan(m.start(), m.end(), e.id(), e.name())));
        }
        for (AnnotatedSentence s : annotated.sentences()) {
            for (NamedMention m : s.mentions()) {
                out.add(new NameSpan(m.start(), m.end(), null, m.text()));
            }
        }
        return out;
    }

    /**
     * The names in a paragraph: resolved entity mentions first, then the annotator's mentions, then
     * (outside headlines, where every word is capitalized) runs of capitalized words.
     */
    private List<NameSpan> namesIn(String text, Paragraph p, List<Tokens.Tok> toks, List<NameSpan> known, List<Entity> entities,
                                   String articleId) {
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan n : known) {
            if (n.start() >= p.start() && n.end() <= p.end() && out.stream().noneMatch(o -> overlaps(o, n))) {
                out.add(withEntity(n, entities, articleId));
            }
        }
        if (p.kind() == ParagraphKind.BODY) {
            int i = 0;
            while (i < toks.size()) {
                if (!toks.get(i).capitalized()) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < toks.size() && toks.get(j).capitalized() && Tokens.adjacent(text, toks.get(j - 1), toks.get(j))) {
                    j++;
                }
                NameSpan n = new NameSpan(toks.get(i).start(), toks.get(j - 1).end(), null, null);
                if (out.stream().noneMatch(o -> overlaps(o, n))) {
                    out.add(withEntity(n, entities, articleId));
                }
                i = j;
            }
        }
        return out;
    }

    private static boolean overlaps(NameSpan a, NameSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static NameSpan withEntity(NameSpan n, List<Entity> entities, String articleId) {
        if (n.entity() != null) {
            return n;
        }
        for (Entity e : entities) {
            boolean hit = e.mentions().stream().anyMatch(m -> m.article().equals(articleId)
                    && m.start() < n.end() && n.start() < m.end());
            if (hit) {
                return new NameSpan(n.start(), n.end(), e.id(), e.name());
            }
        }
        return n;
    }
}
