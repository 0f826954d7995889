package org.parallax.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.claims.NameVariants;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;
import org.parallax.model.Settings;

/**
 * Compares two statements: how likely they report the same content (sentence embeddings combined
 * with word, name and number overlap), and whether they agree, diverge or contradict, with the
 * words that show it. The same code labels the pairs of a cluster in {@code parallax compare} and
 * each line of {@code parallax pairs}. Thread-safe; build one and share it.
 */
public final class ClaimComparator {
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(".*[,;:\"“”()—].*");

    private final Embedder embedder;
    private final Settings settings;
    private final double bias;
    private final double wCosine;
    private final double wWords;
    private final double wNames;
    private final double wNumbers;
    private final double wBigrams;
    private final double wCoverage;
    private final double wUnmatched;
    private final double wCosine2;
    private final double wLength;
    private final double wNamesMissing;
    private final double negationScopeShare;
    private final double hedgeScopeShare;
    private final double negationCovered;
    private final double negationShorter;
    private final double containedAt;
    private final double agreeAt;
    /**
     * Counterparts in a story are each the other's best match among many claims, not surely one
     * fact: AGREE needs this embedding cosine (resources), which tells the same fact better than
     * the similarity does.
     */
    private final double counterpartSameFactCosine;
    /** ...and a red or amber mark this similarity, the stricter gate on the development reports (resources). */
    private final double counterpartConflictAt;
    private final WordNetSynonyms wordNet;
    private final double sameFactAt;
    private final double relatedAt;

    /** Conflicts found on aligned slots, asked first: they name the very words that differ. */
    private final List<ConflictRule> slotRules;
    private final ConflictRule quantifiers = new QuantifierOnSameNoun();
    private final ConflictRule inflation = new InflatedInSlot();
    private final QuoteAltered quotes;

    public ClaimComparator() {
        this(Embedder.shared(), Settings.load("compare/comparator.properties"));
    }

    public ClaimComparator(Embedder embedder, Settings settings) {
        this.embedder = embedder;
        this.settings = settings;
        bias = settings.number("weight.bias");
        wCosine = settings.number("weight.cosine");
        wWords = settings.number("weight.words");
        wNames = settings.number("weight.names");
        wNumbers = settings.number("weight.numbers");
        wBigrams = settings.number("weight.bigrams");
        wCoverage = settings.number("weight.coverage");
        wUnmatched = settings.number("weight.unmatched");
        wCosine2 = settings.number("weight.cosine2");
        wLength = settings.number("weight.length");
        wNamesMissing = settings.number("weight.namesMissing");
        negationScopeShare = settings.number("negation.scope.share");
        hedgeScopeShare = settings.number("hedge.scope.share");
        negationCovered = settings.number("negation.covered");
        negationShorter = settings.number("negation.covered.shorter");
        containedAt = settings.number("samefact.contained");
        agreeAt = settings.number("agree.threshold");
        counterpartSameFactCosine = settings.number("counterpart.samefact.cosine");
        counterpartConflictAt = settings.number("counterpart.conflict.similarity");
        wordNet = new WordNetSynonyms(settings.integer("wordnet.synonym.senses"));
        sameFactAt = settings.number("samefact.threshold");
        relatedAt = settings.number("related.threshold");

        Slots slots = new Slots(settings);
        slotRules = List.of(new NumberInSlot(slots, settings), new DateInSlot(slots), new OppositeInSlot(slots, settings),
                new NegationInSlot(slots, ClaimComparator::hedges));
        quotes = new QuoteAltered(settings);
    }

    /** The two statements aligned word by word: same form or stem, a name spelled differently, or WordNet synonyms. */
    public WordAlignment align(Statement a, Statement b) {
        return WordAlignment.of(a, b, this::sameWord);
    }

    private boolean sameWord(Statement.Word x, Statement.Word y) {
        if (x.lower().equals(y.lower())) {
            return true;
        }
        if (!Character.isLetter(x.lower().charAt(0)) || !Character.isLetter(y.lower().charAt(0))) {
            return false;
        }
        return x.stem().equals(y.stem()) || x.capitalized() && y.capitalized() && sameName(x.lower(), y.lower())
                || !x.capitalized() && !y.capitalized() && !Cues.SHARED.stop.contains(x.lower()) && !Cues.SHARED.stop.contains(y.lower())
                && wordNet.synonyms(x.lower(), y.lower());
    }

    public Embedder embedder() {
        return embedder;
    }

    public Settings settings() {
        return settings;
    }

    /** Compares two bare statements (no publication dates known). */
    public Comparison compare(String a, String b) {
        List<float[]> v = embedder.embedAll(List.of(a, b));
        return compare(Statement.of(a), Statement.of(b), Embedder.cosine(v.get(0), v.get(1)), null, null);
    }

    /** Compares many pairs of bare statements, embedding them in one batch (much faster than one by one). */
    public List<Comparison> compareAll(List<String[]> pairs) {
        List<String> texts = new ArrayList<>();
        for (String[] p : pairs) {
            texts.add(p[0]);
            texts.add(p[1]);
        }
        List<float[]> v = embedder.embedAll(texts);
        List<Statement> read = texts.parallelStream().map(Statement::of).toList();
        List<Comparison> out = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            out.add(compare(read.get(2 * i), read.get(2 * i + 1), Embedder.cosine(v.get(2 * i), v.get(2 * i + 1)), null, null));
        }
        return out;
    }

    /**
     * Compares two read statements whose embedding cosine is known; {@code aDate}/{@code bDate}
     * are the publication dates of their articles, or null.
     */
    public Comparison compare(Statement a, Statement b, double cosine, LocalDate aDate, LocalDate bDate) {
        return compare(a, b, cosine, aDate, bDate, false);
    }

    /**
     * As above for two claims known to be counterparts (each the other's closest in its source):
     * the conflict rules run whatever their similarity, each with its own precondition.
     */
    public Comparison compareCounterparts(Statement a, Statement b, double cosine, LocalDate aDate, LocalDate bDate) {
        return compare(a, b, cosine, aDate, bDate, true);
    }

    private Comparison compare(Statement a, Statement b, double cosine, LocalDate aDate, LocalDate bDate,
                               boolean counterpart) {
        Map<String, Double> f = features(a, b, cosine);
        double similarity = similarity(f);
        if (similarity < relatedAt && !counterpart) {
            return new Comparison(Relation.UNRELATED, null, 1 - similarity, similarity,
                    "A and B are about different things" + sharedNote(a, b) + ".", f);
        }
        WordAlignment alignment = null;
        if (counterpart || similarity >= sameFactAt || f.get("contained") >= containedAt) {
            alignment = align(a, b);
            Comparison conflict = conflict(a, b, alignment, similarity, f, aDate, bDate, !counterpart);
            // Another name for the same act is named, never marked: in every development set it
            // was two names of one person or thing ("Evan" / "Nash", a company and its initials)
            // or two different ones ("Egyptian" / "Indian headdress"), 0 right of 4 pairs (README).
            boolean unsettled = conflict != null && (counterpart && similarity < counterpartConflictAt || conflict.kind() == RelationKind.ENTITY);
            if (unsettled) {
                // Two counterparts not surely telling one fact: a red or amber mark would say more
                // than the evidence does, so the difference is named without a mark.
                // The kind stays with it: the difference is named, and a reader may look at it unmarked.
                return new Comparison(Relation.RELATED, conflict.kind(), similarity, similarity,
                        "Perhaps two different facts; if they are one: " + conflict.explanation(), f);
            }
            if (conflict != null) {
                return conflict;
            }
        }
        if (similarity >= agreeAt && (!counterpart || f.get("cosine") >= counterpartSameFactCosine)) {
            WordAlignment al = alignment != null ? alignment : align(a, b);
            Finding filled = DifferentFillers.find(al);
            if (filled == null) {
                filled = DifferentPeople.find(al, this::sameName, settings.integer("slot.max.words"),
                        settings.number("people.headline.capitalised.share"));
            }
            if (filled != null) {
                // The kind stays with it, as with a difference withheld below the marking bar.
                return new Comparison(Relation.RELATED, filled.kind(), similarity, similarity,
                        "Told in like words, but perhaps of two different things: " + filled.explanation() + ".", f);
            }
            Finding values = differingValues(a, b);
            if (values != null) {
                return new Comparison(Relation.RELATED, values.kind(), similarity, similarity,
                        "Told in like words, but " + values.explanation() + ".", f);
            }
            return new Comparison(Relation.AGREE, null, similarity, similarity, agreement(a, b), f);
        }
        return new Comparison(Relation.RELATED, null, 1 - Math.abs(similarity - agreeAt), similarity,
                "A and B share " + quoteList(shared(a, b), 4) + " but tell different things" + differences(a, b) + ".", f);
    }

    /** The similarity features: cosine, word overlap, name overlap, number agreement. */
    public Map<String, Double> features(Statement a, Statement b, double cosine) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("cosine", cosine);
        f.put("words", wordOverlap(a, b));
        f.put("names", nameOverlap(a, b));
        f.put("numbers", numberAgreement(a, b));
        f.put("bigrams", bigramOverlap(a, b));
        double[] cover = coverage(a, b);
        f.put("coverage", Math.min(cover[0], cover[1]));
        f.put("contained", Math.max(cover[0], cover[1]));
        f.put("unmatched", Math.min(1.0, cover[2] / 10.0));
        f.put("cosine2", cosine * cosine);
        int la = a.contentStems().size();
        int lb = b.contentStems().size();
        f.put("length", Math.max(la, lb) == 0 ? 1 : Math.min(la, lb) / (double) Math.max(la, lb));
        f.put("namesMissing", Math.min(1.0, missingNames(a, b) / 4.0));
        return f;
    }

    /** Probability-like score that the two report the same content (a logistic model; weights in resources). */
    public double similarity(Map<String, Double> f) {
        double z = bias + wCosine * f.get("cosine") + wWords * f.get("words") + wNames * f.get("names")
                + wNumbers * f.get("numbers") + wBigrams * f.get("bigrams") + wCoverage * f.get("coverage")
                + wUnmatched * f.get("unmatched") + wCosine2 * f.get("cosine2") + wLength * f.get("length")
                + wNamesMissing * f.get("namesMissing");
        return 1 / (1 + Math.exp(-z));
    }

    // ---- overlap features ----

    double wordOverlap(Statement a, Statement b) {
        Set<String> sa = a.contentStems();
        Set<String> sb = b.contentStems();
        if (sa.isEmpty() || sb.isEmpty()) {
            return 0;
        }
        int ma = 0;
        for (String x : sa) {
            if (standsIn(x, sb)) {
                ma++;
            }
        }
        int mb = 0;
        for (String y : sb) {
            if (standsIn(y, sa)) {
                mb++;
            }
        }
        return (ma + mb) / (double) (sa.size() + sb.size());
    }

    /** Dice overlap of consecutive word pairs (all words, lower case): shared phrasing, not only shared words. */
    double bigramOverlap(Statement a, Statement b) {
        Set<String> ba = bigrams(a);
        Set<String> bb = bigrams(b);
        if (ba.isEmpty() || bb.isEmpty()) {
            return 0;
        }
        long both = ba.stream().filter(bb::contains).count();
        return 2.0 * both / (ba.size() + bb.size());
    }

    private static Set<String> bigrams(Statement s) {
        Set<String> out = new LinkedHashSet<>();
        List<Statement.Word> w = s.words();
        for (int i = 0; i + 1 < w.size(); i++) {
            out.add(w.get(i).stem() + " " + w.get(i + 1).stem());
        }
        return out;
    }

    /** {share of A's content words found in B, share of B's found in A, most words unmatched on one side}. */
    double[] coverage(Statement a, Statement b) {
        Set<String> sa = a.contentStems();
        Set<String> sb = b.contentStems();
        if (sa.isEmpty() || sb.isEmpty()) {
            return new double[] {0, 0, Math.max(sa.size(), sb.size())};
        }
        long ma = sa.stream().filter(x -> standsIn(x, sb)).count();
        long mb = sb.stream().filter(y -> standsIn(y, sa)).count();
        return new double[] {ma / (double) sa.size(), mb / (double) sb.size(), Math.max(sa.size() - ma, sb.size() - mb)};
    }

    /** Names on either side with no match (or spelling variant) on the other. */
    int missingNames(Statement a, Statement b) {
        Set<String> na = new LinkedHashSet<>(a.names());
        Set<String> nb = new LinkedHashSet<>(b.names());
        long missA = na.stream().filter(x -> nb.stream().noneMatch(y -> sameName(x, y))).count();
        long missB = nb.stream().filter(y -> na.stream().noneMatch(x -> sameName(x, y))).count();
        return (int) (missA + missB);
    }

    /** Share of the names of the statement with fewer names found in the other; 0.5 when a side has none. */
    double nameOverlap(Statement a, Statement b) {
        Set<String> na = new LinkedHashSet<>(a.names());
        Set<String> nb = new LinkedHashSet<>(b.names());
        if (na.isEmpty() || nb.isEmpty()) {
            return 0.5;
        }
        Set<String> small = na.size() <= nb.size() ? na : nb;
        Set<String> large = small == na ? nb : na;
        long found = small.stream().filter(x -> large.stream().anyMatch(y -> sameName(x, y))).count();
        return found / (double) small.size();
    }

    /** 1 when the numbers of a shared unit agree, 0 when they differ, 0.5 when there is nothing to compare. */
    double numberAgreement(Statement a, Statement b) {
        Boolean agree = null;
        for (Statement.Amount x : a.amounts()) {
            for (Statement.Amount y : b.amounts()) {
                if (!x.unit().isEmpty() && x.unit().equals(y.unit())) {
                    boolean same = Amounts.compatible(x, y);
                    agree = agree == null ? same : agree || same;
                }
            }
        }
        return agree == null ? 0.5 : agree ? 1 : 0;
    }

    /**
     * Two words name the same thing: equal, or a spelling variant of a name (Kowalski/Kowalsky,
     * Dufresne/Dufrene) by the entity resolver's rule ({@link NameVariants}).
     */
    boolean sameName(String x, String y) {
        return NAME_VARIANTS.isVariant(x, y);
    }

    private static final NameVariants NAME_VARIANTS = NameVariants.standard();

    /** The stem stands among {@code stems}: the same, or a spelling variant of a name. */
    private boolean standsIn(String stem, Set<String> stems) {
        return stems.contains(stem) || stems.stream().anyMatch(y -> sameName(stem, y));
    }

    // ---- evidence of conflict ----

    /**
     * {@code worded}: the rules that read a conflict between statements worded differently (a
     * paraphrased denial, another actor) may speak. Differing figures count only in an aligned
     * slot: figures in sentences worded differently were mostly two facts (MSRP train: a number
     * "anchored" on the nearest word before it was red on 59 pairs, 20 of them paraphrases and
     * most of the others another day, index or quarter). They may between
     * two bare statements; between the counterparts of a topic holding many facts they mostly
     * paired two facts told in like words (ECB+ development stories: "they have not made him an
     * offer" / "the Nationals offered him"), so there only aligned slots, a change over time and
     * quantifiers, hedges and inflation count.
     */
    private Comparison conflict(Statement a, Statement b, WordAlignment alignment, double sim, Map<String, Double> f, LocalDate aDate, LocalDate bDate,
                                boolean worded) {
        String order = order(aDate, bDate);
        // A change over time: one says it has not happened yet, the other that it happened (for the first time).
        Comparison temporal = temporal(a, b, sim, f, aDate, bDate, false);
        if (temporal == null) {
            temporal = temporal(b, a, sim, f, bDate, aDate, true);
        }
        if (temporal != null) {
            return temporal;
        }
        for (ConflictRule rule : slotRules) {
            Finding found = rule.find(alignment);
            if (found != null) {
                return comparison(found, sim, order, f);
            }
        }
        // A denial worded unlike the assertion counts only between two claims plainly telling one
        // fact; within a topic of many facts it mostly pairs a "no" with another fact.
        boolean oneFact = worded && (sim >= sameFactAt || f.get("contained") >= containedAt);
        String[] negation = oneFact ? negationConflict(a, b) : null;
        boolean aNegates = true;
        if (negation == null && oneFact) {
            negation = negationConflict(b, a);
            aNegates = false;
        }
        if (negation != null) {
            String side = aNegates ? "A" : "B";
            String other = aNegates ? "B" : "A";
            boolean attributed = a.has("attribution") && b.has("attribution");
            return new Comparison(Relation.CONTRADICT, attributed ? RelationKind.ATTRIBUTED : RelationKind.NEGATION,
                    Math.max(sim, 0.6), sim,
                    (attributed ? "The sources quoted disagree: " : "") + side + " says '" + negation[0] + "', "
                            + other + " says '" + negation[1] + "'" + order + ".", f);
        }
        Comparison actor = worded ? actor(a, b, sim, f, order) : null;
        if (actor != null) {
            return actor;
        }
        Finding quantifier = quantifiers.find(alignment);
        if (quantifier != null) {
            return comparison(quantifier, sim, order, f);
        }
        Finding quote = quotes.find(a, b);
        if (quote != null) {
            return comparison(quote, sim, order, f);
        }
        // A stronger word is a divergence only between two claims plausibly telling one fact.
        Finding inflated = sim >= sameFactAt ? inflation.find(alignment) : null;
        if (inflated != null) {
            return comparison(inflated, sim, order, f);
        }
        String modal = modality(a, b);
        if (modal != null && tellsOneFact(sim) && sim < agreeAt) {
            return new Comparison(Relation.DIVERGE, RelationKind.MODALITY, sim, sim, modal + order + ".", f);
        }
        return null;
    }

    /**
     * A rule's finding as the comparison: a contradiction's score is at least 0.7, a divergence's
     * the similarity. Differing figures one of which is a floor, in reports published apart
     * ({@code order} names the gap), say less: a count updated.
     */
    private static Comparison comparison(Finding found, double sim, String order, Map<String, Double> f) {
        if (found.lowerBounds() && !order.isEmpty()) {
            return new Comparison(Relation.DIVERGE, found.kind(), sim, sim,
                    found.explanation() + ": a lower bound" + order + ", perhaps a count updated.", f);
        }
        return new Comparison(found.relation(), found.kind(), found.relation() == Relation.CONTRADICT ? Math.max(sim, 0.7) : sim,
                sim, found.explanation() + order + ".", f);
    }

    private Comparison temporal(Statement notYet, Statement happened, double sim, Map<String, Double> f,
                                LocalDate notYetDate, LocalDate happenedDate, boolean swapped) {
        List<Statement.Cue> ny = notYet.cues("notyet");
        List<Statement.Cue> first = happened.cues("first");
        if (ny.isEmpty() || first.isEmpty() || happened.has("notyet") || happened.has("negation")) {
            return null;
        }
        // A first time against a not yet is one change over time only for the same act (a word the
        // not-yet governs stands within a few words of "first": "has never won a title" / "won its
        // first title") or between the same actors (two names both sides name, standing within
        // eight words of the "first": the first time is theirs). Whole stories of one team
        // or one war are full of unrelated firsts and nevers.
        if (!firstOfSameAct(notYet, ny.get(0), happened, first) && actorsOfFirst(notYet, happened, first) < 2) {
            return null;
        }
        String n = phrase(notYet, ny.get(0), 2);
        String h = phrase(happened, first.get(0), 2);
        String nyName = swapped ? "B" : "A";
        String hName = swapped ? "A" : "B";
        String text;
        if (notYetDate != null && happenedDate != null && happenedDate.isAfter(notYetDate)) {
            text = hName + ", published later, reports '" + h + "', which " + nyName + " says had not happened ('" + n + "')";
        } else if (notYetDate != null && happenedDate != null && notYetDate.isAfter(happenedDate)) {
            text = nyName + ", published later, says '" + n + "', but " + hName + " already reported '" + h + "'";
        } else {
            text = nyName + " says '" + n + "', " + hName + " reports '" + h + "'";
        }
        return new Comparison(Relation.CONTRADICT, RelationKind.TEMPORAL, Math.max(sim, 0.7), sim, text + ".", f);
    }

    /** A content word the not-yet cue governs (not a name) stands within four words of a "first" cue of the other statement. */
    private static boolean firstOfSameAct(Statement notYet, Statement.Cue cue, Statement happened, List<Statement.Cue> firsts) {
        List<String> acts = scope(notYet, cue).stream().filter(x -> !notYet.names().contains(x)).toList();
        return nearFirst(happened, firsts, 4, w -> acts.contains(w.stem()));
    }

    /** Some word within {@code words} words of a "first" cue of {@code s} (either side) passes {@code test}. */
    private static boolean nearFirst(Statement s, List<Statement.Cue> firsts, int words, java.util.function.Predicate<Statement.Word> test) {
        for (Statement.Cue f : firsts) {
            for (int i = Math.max(0, f.index() - words); i < Math.min(s.words().size(), f.index() + words + 1); i++) {
                if (test.test(s.words().get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many of the actors both name (resolved entities when the claims carry them, else names read from capitals) stand within eight words of a "first" of {@code happened}. */
    private int actorsOfFirst(Statement notYet, Statement happened, List<Statement.Cue> firsts) {
        Set<String> shared = new LinkedHashSet<>();
        if (storyClaims(notYet, happened)) {
            shared.addAll(notYet.extraNames());
            shared.retainAll(happened.extraNames());
        } else {
            shared.addAll(sharedNames(notYet, happened));
        }
        int found = 0;
        for (String name : shared) {
            List<String> parts = List.of(name.split(" "));
            boolean near = nearFirst(happened, firsts, 8, word -> {
                String w = Statement.withoutPossessive(word.lower());
                return parts.contains(w) || parts.stream().anyMatch(p -> sameName(p, w));
            });
            found += near ? 1 : 0;
        }
        return found;
    }

    /** The distinct names of one statement the other names too (spelling variants count). */
    private Set<String> sharedNames(Statement a, Statement b) {
        Set<String> shared = new LinkedHashSet<>();
        a.names().stream().filter(x -> b.names().stream().anyMatch(y -> sameName(x, y))).forEach(shared::add);
        return shared;
    }

    /**
     * A negation in {@code neg} whose scope (the next content words after the cue) the other
     * statement asserts without negation: {negated phrase, affirmed phrase}, or null.
     */
    private String[] negationConflict(Statement neg, Statement other) {
        // Both sides negate as often: parallel negations ("no comment" / "declined to comment") are no conflict.
        if (neg.negations() <= other.negations()) {
            return null;
        }
        Set<String> negatedInOther = new LinkedHashSet<>();
        // Words the other side denies too: under its own negation, under an act of denial
        // ("refused to recuse himself" / "would not recuse himself"; "failing to address" / "not
        // addressing") or under an adverb saying it (almost) never happens ("rarely keep" / "do not keep").
        for (Statement.Cue c : other.cues()) {
            if (c.category().equals("negation") || c.category().equals("notyet") || c.category().equals("denial")
                    || c.category().equals("limiting")) {
                negatedInOther.addAll(scope(other, c));
            }
        }
        for (Statement.Cue c : neg.cues("negation")) {
            if (neg.notOnlyAt(c.index())) {
                continue;
            }
            // "Not surprisingly, ...": a negated sentence adverb comments on the sentence, denying nothing in it.
            // Of two cues at one place the longer reads it ("no one was injured", not "no" before a noun "one").
            // "Didn't your mother die of it?": a question asks; it denies nothing.
            if (inQuestion(neg, c.index()) || sentenceAdverbAfter(neg, c) || neg.cues("negation").stream()
                    .anyMatch(o -> o.index() == c.index() && o.text().length() > c.text().length())) {
                continue;
            }
            List<String> scope = scope(neg, c);
            // What is negated must be a predicate; a name there says who ("no role in Smith's firing").
            // Declining to say is no denial of what another says ("would not say what she was treated
            // for" / "said she went to the clinic").
            // "can't repay without the bailout" makes repaying depend on the bailout: a second
            // negation within the scope is a condition, not a denial.
            int scopeEnd = c.index() + c.text().split(" ").length + SCOPE_WORDS;
            if (neg.cues().stream().anyMatch(o -> o.index() > c.index() && o.index() <= scopeEnd
                    && (o.category().equals("negation") || o.category().equals("notyet")))) {
                continue;
            }
            // With the annotation's tags, the first governed word must be a verb or an adjective
            // ("neither Smith nor his lawyer ever claimed" negates no lawyer).
            int head = firstIndexOf(neg, c.index() + 1, scope.isEmpty() ? null : scope.get(0));
            // An adverb before the verb ("would not thoroughly review") leaves the verb to head it.
            int verb = head;
            while (verb >= 0 && verb + 1 < neg.words().size() && neg.adverbAt(verb)) {
                verb++;
            }
            if (scope.isEmpty() || neg.names().contains(scope.get(0)) || head >= 0 && neg.words().get(head).capitalized()
                    || Cues.SHARED.reporting.contains(scope.get(0)) || !neg.predicateAt(verb) && !deniesItsClause(neg, c, head)) {
                continue;
            }
            // Each governed word as the other side asserts it: the same word or a WordNet synonym.
            List<String> asserted = new ArrayList<>();
            for (String x : scope) {
                if (negatedInOther.contains(x)) {
                    continue;
                }
                if (other.contentStems().contains(x)) {
                    asserted.add(x);
                } else if (wordNetSynonymIn(neg, x, c.index(), other)) {
                    asserted.add(x);
                }
            }
            // A short denial whose words nearly all stand in the other, un-negated statement denies what
            // that statement says, even when the verb itself is paraphrased ("was not elected" / "won a seat").
            // Not from inside a relative clause, though: "Scruggs, who did not testify, was cleared"
            // denies only the testifying, which the other side need not mention.
            // The denial's own clause must stand there too: a negation in a clause the other side
            // does not tell ("..., but gave no details"; "No charges have been filed, but ...") is
            // extra material, not a denial of what both say.
            boolean wholeStated = !negatedInOther.contains(scope.get(0)) && !inRelativeClause(neg, c.index())
                    && coverage(neg, other)[0] >= negationCovered && clauseCoverage(neg, c.index(), other) >= negationCovered
                    && neg.contentStems().size() <= negationShorter * other.contentStems().size();
            if ((asserted.isEmpty() || asserted.size() < negationScopeShare * scope.size()) && !wholeStated) {
                continue;
            }
            // What the other side asserts must include the denied predicate itself, not only its
            // surroundings ("hasn't paid since the strike" / "held a meeting since the strike").
            if (!wholeStated && !asserts(asserted, scope.get(0))) {
                continue;
            }
            // ...and state it as fact: a predicate, not a qualifier ("nothing left" / "his left jab"),
            // nor an infinitive, meant but not done ("was negotiating to purchase the property"
            // contradicts no "had not purchased").
            int assertedAt = wholeStated ? -1 : headIn(other, scope.get(0));
            // "No president has visited": the determiner denies its clause, whose act is the verb
            // after the noun phrase; that act is what the other side must state as fact.
            if (assertedAt >= 0 && !neg.predicateAt(verb)) {
                int act = clauseAct(neg, c);
                int stated = act < 0 ? -1 : headIn(other, neg.words().get(act).stem());
                assertedAt = stated >= 0 ? stated : assertedAt;
            }
            if (assertedAt >= 0 && !factAt(other, assertedAt)) {
                continue;
            }
            // "If the rule is not struck down": a supposition denies nothing the other side asserts
            // (two opposite conditions of one supposition do conflict: "if the deal is approved").
            // "Unless" already negates its condition ("unless the subsidies are repealed").
            String otherSupposes = assertedAt >= 0 ? supposition(other, assertedAt) : null;
            if (supposition(neg, c.index()) != null && (otherSupposes == null || otherSupposes.equals("unless"))) {
                continue;
            }
            // Each side names who acts right before the act, and they differ: "Rahman didn't land a
            // punch" / "Klitschko landed 28 punches" tell of two people.
            if (assertedAt >= 0 && otherActor(neg, c.index(), other, assertedAt)) {
                continue;
            }
            if (asserted.isEmpty()) {
                neg.contentStems().stream().filter(x -> stated(other, x)).forEach(asserted::add);
            }
            // Between two claims of a story a subject left unnamed ("they have not made him an
            // offer") could be anyone: it must be named and stated on the other side too.
            boolean named = !storyClaims(neg, other) || subjectStated(neg, c, other);
            if (asserted.isEmpty() || !named || !sameArguments(neg, c, scope, other, asserted.get(0)) || hedges(other, asserted) && !sameModals(neg, other)) {
                continue;
            }
            // Names say who, not what: "this wasn't Smith" denies nothing a list naming Smith asserts.
            if (asserted.stream().allMatch(x -> neg.names().contains(x) || other.names().contains(x))) {
                continue;
            }
            // The same act for someone else is no denial: "has not made another offer to Jones" /
            // "made an offer to Smith".
            if (otherArguments(neg, head, other, firstIndexOf(other, 0, asserted.get(0)))) {
                continue;
            }
            int end = c.index();
            for (int i = c.index(); i < neg.words().size() && i <= c.index() + SCOPE_WORDS; i++) {
                if (scope.contains(neg.words().get(i).stem())) {
                    end = i;
                }
            }
            String negated = neg.text().substring(neg.words().get(c.index()).start(), neg.words().get(end).end());
            return new String[] {negated, around(other, asserted)};
        }
        return null;
    }

    /** Word {@code i} stands in a relative clause: the nearest clause break before it is followed by "who", "which"... */
    private static boolean inRelativeClause(Statement s, int i) {
        for (int j = i; j > 0; j--) {
            if (clauseBreakBefore(s, j)) {
                return RELATIVE_PRONOUNS.contains(s.words().get(j).lower());
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which");

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?]");

    /** Word {@code i} stands in a question: the first sentence end after it is a question mark. */
    static boolean inQuestion(Statement s, int i) {
        java.util.regex.Matcher end = SENTENCE_END.matcher(s.text()).region(s.words().get(i).end(), s.text().length());
        return end.find() && end.group().equals("?");
    }

    /**
     * The share of the content words of the clause holding word {@code at} (the cue itself left
     * out) that stand in {@code other}, as words or name spellings; 1 when the clause has none.
     */
    private double clauseCoverage(Statement s, int at, Statement other) {
        List<String> clause = new ArrayList<>(subject(s, at, Integer.MAX_VALUE));
        clause.addAll(following(s, at, Integer.MAX_VALUE));
        if (clause.isEmpty()) {
            return 1;
        }
        long found = clause.stream().filter(x -> standsIn(x, other.contentStems())).count();
        return found / (double) clause.size();
    }

    /** The word of stem {@code stem} after {@code from} in {@code s} has a WordNet synonym among the other side's plain words. */
    private boolean wordNetSynonymIn(Statement s, String stem, int from, Statement other) {
        for (int i = from; i < s.words().size(); i++) {
            Statement.Word w = s.words().get(i);
            if (w.stem().equals(stem)) {
                return other.words().stream().anyMatch(y -> !y.capitalized() && other.isContent(y)
                        && wordNet.synonyms(w.lower(), y.lower()));
            }
        }
        return false;
    }

    /** Where the other side states the denied head word; -1 if nowhere. */
    private static int headIn(Statement other, String head) {
        for (int i = 0; i < other.words().size(); i++) {
            if (head.equals(other.words().get(i).stem())) {
                return i;
            }
        }
        return -1;
    }

    /** Word {@code at} states its act as fact: a predicate, not an infinitive ("negotiating to purchase"). */
    private static boolean factAt(Statement s, int at) {
        return s.predicateAt(at) && !(at > 0 && s.words().get(at - 1).lower().equals("to"));
    }

    private static final Set<String> SUPPOSING = Set.of("if", "unless", "whether");

    /** The conjunction of supposition opening the clause of word {@code at}, or null (a parenthesis does not close the clause). */
    private static String supposition(Statement s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            String lower = s.words().get(i).lower();
            if (SUPPOSING.contains(lower)) {
                return lower;
            }
            if (i > 0 && breakBefore(s, i, SENTENCE_CLAUSE_BREAK)) {
                return null;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern SENTENCE_CLAUSE_BREAK = java.util.regex.Pattern.compile(".*[,;:—].*");

    /**
     * Both sides hedge with the same modals ("would not review" / "would review"): a hedge on the
     * asserting side then weakens nothing the denial does not weaken too. With different modals
     * ("would not harm" / "could harm") the assertion is only a possibility and denies nothing.
     */
    private static boolean sameModals(Statement neg, Statement other) {
        Set<String> x = new LinkedHashSet<>();
        neg.cues("modal").forEach(c -> x.add(c.text()));
        Set<String> y = new LinkedHashSet<>();
        other.cues("modal").forEach(c -> y.add(c.text()));
        return !x.isEmpty() && x.equals(y);
    }

    /** Each act has a name as its subject, right before it, and they are not one name. */
    private boolean otherActor(Statement neg, int negAt, Statement other, int otherAt) {
        String x = subjectName(neg, negAt);
        String y = subjectName(other, otherAt);
        return x != null && y != null && !sameName(x, y);
    }

    /**
     * The name standing right before word {@code at}, past function words only ("Rahman didn't
     * land", "Klitschko eventually landed"); a possessive names an owner, no subject ("France's allies").
     */
    private static String subjectName(Statement s, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
            if (clauseBreakBefore(s, i + 1)) {
                return null;
            }
            Statement.Word w = s.words().get(i);
            if (w.capitalized() && s.names().contains(w.lower())) {
                return w.lower();
            }
            if (!s.isStop(w.lower()) && !w.lower().endsWith("ly")) {
                return null;
            }
        }
        return null;
    }

    /** The cue is followed by one "-ly" word and a comma. */
    private static boolean sentenceAdverbAfter(Statement s, Statement.Cue c) {
        int next = c.index() + c.text().split(" ").length;
        return next < s.words().size() && s.words().get(next).lower().endsWith("ly")
                && s.text().startsWith(",", s.words().get(next).end());
    }

    /** The asserted stems hold the denied head word. */
    private static boolean asserts(List<String> asserted, String head) {
        return asserted.contains(head);
    }

    /** The index of the first word at or after {@code from} with this stem, or -1. */
    private static int firstIndexOf(Statement s, int from, String stem) {
        for (int i = Math.max(0, from); stem != null && i < s.words().size(); i++) {
            if (s.words().get(i).stem().equals(stem)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * After the denied word and after the asserted one, each clause names someone (within six
     * words), and no name of one stands in the other: the act is told of different people.
     */
    private boolean otherArguments(Statement neg, int negAt, Statement other, int otherAt) {
        List<String> x = namesAfter(neg, negAt);
        List<String> y = namesAfter(other, otherAt);
        return !x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(n -> y.stream().anyMatch(m -> sameName(n, m)));
    }

    private static List<String> namesAfter(Statement s, int at) {
        List<String> out = new ArrayList<>();
        for (int i = at + 1; at >= 0 && i < s.words().size() && i <= at + 6; i++) {
            if (clauseBreakBefore(s, i)) {
                break;
            }
            String lower = Statement.withoutPossessive(s.words().get(i).lower());
            if (s.words().get(i).capitalized() && s.names().contains(lower)) {
                out.add(lower);
            }
        }
        return out;
    }

    /** Two claims of articles (their entities resolved), not two bare statements. */
    private static boolean storyClaims(Statement a, Statement b) {
        return !a.extraNames().isEmpty() || !b.extraNames().isEmpty();
    }

    /** The negation names its subject (the content words before it in its clause) and the other statement states it. */
    private boolean subjectStated(Statement neg, Statement.Cue cue, Statement other) {
        return negationSubject(neg, cue, Integer.MAX_VALUE).stream().anyMatch(x -> stated(other, x));
    }

    /**
     * A negating determiner or pronoun denies its whole clause, whatever word heads what follows:
     * "there is no man on the boat", "nobody is in front of the building", "none of the kids has a
     * gun", and, after the determiner's noun phrase, its verb ("no biker jumping", which the
     * tagger may call a noun).
     */
    private static boolean deniesItsClause(Statement neg, Statement.Cue c, int head) {
        List<Statement.Word> w = neg.words();
        int cueEnd = c.index() + c.text().split(" ").length;
        boolean determiner = isDeterminer(neg, c);
        if (!determiner && !CLAUSE_NEGATING_PRONOUNS.contains(c.text())) {
            return false;
        }
        int verb = determiner ? neg.nounPhraseEnd(cueEnd) : cueEnd;
        return existential(neg, c) || head == verb || verb < w.size() && (BE.contains(w.get(verb).lower()) || HAVE.contains(w.get(verb).lower()));
    }

    /**
     * The act of the clause a negating determiner denies: the first word after its noun phrase
     * that is no auxiliary, modal or adverb ("no president [has] visited"); -1 when none, or when
     * no finite verb follows the noun phrase: "there is no man playing a piano" denies a scene,
     * not the playing (SICK development pairs: 27 of 39 such pairs read as conflicts were neutral).
     */
    private static int clauseAct(Statement neg, Statement.Cue c) {
        if (!isDeterminer(neg, c)) {
            return -1;
        }
        List<Statement.Word> w = neg.words();
        int i = neg.nounPhraseEnd(c.index() + c.text().split(" ").length);
        if (i >= w.size() || !neg.finiteVerbAt(i)) {
            return -1;
        }
        while (i < w.size() && (BE.contains(w.get(i).lower()) || HAVE.contains(w.get(i).lower())
                || Statement.MODAL_VERBS.contains(w.get(i).lower()) || neg.adverbAt(i))) {
            i++;
        }
        return i < w.size() && neg.predicateAt(i) ? i : -1;
    }

    private static final Set<String> CLAUSE_NEGATING_PRONOUNS = Set.of("nobody", "no one", "nothing", "none");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been");

    /** The cue follows "there is" / "there were": it denies that something exists. */
    private static boolean existential(Statement s, Statement.Cue c) {
        List<Statement.Word> w = s.words();
        return c.index() >= 2 && w.get(c.index() - 2).lower().equals("there") && BE.contains(w.get(c.index() - 1).lower());
    }

    /** The cue is a negating determiner ("no", "none of the"). */
    private static boolean isDeterminer(Statement s, Statement.Cue cue) {
        return s.cues("determiner").stream().anyMatch(d -> d.index() == cue.index() && d.text().equals(cue.text()));
    }

    /**
     * Up to {@code max} content stems before the negation, back to the start of its clause; for a
     * determiner ("no passenger was ejected") its noun too.
     */
    private static List<String> negationSubject(Statement neg, Statement.Cue cue, int max) {
        List<String> subject = subject(neg, cue.index(), max);
        if (isDeterminer(neg, cue)) {
            subject.addAll(following(neg, cue.index() + cue.text().split(" ").length - 1, 1));
        }
        return subject;
    }

    /**
     * The negated predicate and the one the other side asserts are about the same someone or
     * something. The subject of the negation (the content words before the cue, back to the start
     * of its clause) turns up in the other statement, or the subject of the asserted word turns up
     * in the negated clause: "officials speaking to reporters" does not assert what "the mayor
     * hasn't spoken" denies. True when a side names no subject of its own (a pronoun, a
     * passive, "without warning"): then nothing tells the two apart.
     */
    private boolean sameArguments(Statement neg, Statement.Cue cue, List<String> scope, Statement other, String assertedStem) {
        List<String> negSubject = negationSubject(neg, cue, 3);
        if (negSubject.isEmpty() || negSubject.stream().anyMatch(x -> stated(other, x))) {
            return true;
        }
        int at = -1;
        for (int i = 0; i < other.words().size() && at < 0; i++) {
            if (other.words().get(i).stem().equals(assertedStem)) {
                at = i;
            }
        }
        List<String> otherSubject = at < 0 ? List.of() : subject(other, at);
        if (otherSubject.isEmpty()) {
            return true;
        }
        List<String> negClause = new ArrayList<>(negSubject);
        negClause.addAll(scope);
        negClause.addAll(following(neg, cue.index(), SCOPE_WORDS + 3));
        return otherSubject.stream().anyMatch(x -> negClause.stream().anyMatch(y -> sameName(x, y)));
    }

    /** Up to three content stems before word {@code at}, back to the start of its clause. */
    private static List<String> subject(Statement s, int at) {
        return subject(s, at, 3);
    }

    /** At most {@code max} content stems before word {@code at}, back to the start of its clause. */
    private static List<String> subject(Statement s, int at, int max) {
        List<String> out = new ArrayList<>();
        List<Statement.Word> w = s.words();
        for (int i = at - 1; i >= 0 && out.size() < max; i--) {
            String lower = w.get(i).lower();
            if (clauseBreakBefore(s, i + 1) || Cues.SHARED.clauseOpeners.contains(lower)) {
                break;
            }
            if (s.isContent(w.get(i))) {
                out.add(w.get(i).stem());
            }
        }
        return out;
    }

    /** Up to {@code max} content stems after word {@code at}, to the end of its clause. */
    private static List<String> following(Statement s, int at, int max) {
        List<String> out = new ArrayList<>();
        List<Statement.Word> w = s.words();
        for (int i = at + 1; i < w.size() && out.size() < max; i++) {
            if (i > at + 1 && clauseBreakBefore(s, i)) {
                break;
            }
            if (s.isContent(w.get(i))) {
                out.add(w.get(i).stem());
            }
        }
        return out;
    }

    /** Punctuation that ends a clause (comma, colon, quote, bracket, dash) stands between word {@code i} and the one before. */
    static boolean clauseBreakBefore(Statement s, int i) {
        return breakBefore(s, i, CLAUSE_BREAK);
    }

    /** The text between word {@code i} and the one before matches {@code punctuation}. */
    private static boolean breakBefore(Statement s, int i, java.util.regex.Pattern punctuation) {
        List<Statement.Word> w = s.words();
        return punctuation.matcher(s.text().substring(w.get(i - 1).end(), w.get(i).start())).matches();
    }

    /**
     * Similar enough that differing dates, hedging, inflation or quantifiers tell how one fact was told: the same-fact bar,
     * or inside a cluster (which can hold several facts of one event) the lower in-cluster bar.
     */
    private boolean tellsOneFact(double sim) {
        return sim >= sameFactAt;
    }

    private static final Set<String> HAVE = Set.of("has", "have", "had", "having");

    /** How many words after a negation cue can hold what it negates. */
    private static final int SCOPE_WORDS = 5;

    /** The content stems a negation cue governs: up to three within the next few words. */
    private static List<String> scope(Statement s, Statement.Cue c) {
        return scope(s, c, x -> false);
    }

    /** As above, passing over the words {@code skip} accepts (the window grows by as many words). */
    private static List<String> scope(Statement s, Statement.Cue c, java.util.function.Predicate<Statement.Word> skip) {
        List<String> out = new ArrayList<>();
        int skipped = 0;
        List<Statement.Word> w = s.words();
        int first = c.index() + c.text().split(" ").length;
        if (w.get(c.index()).lower().endsWith("n't")) {
            first = c.index() + 1;
        }
        // "no passenger was ejected": the determiner's noun is not what is negated, the verb after it is.
        // After a verb ("played no role in the firing") the determiner negates its own noun.
        // "has no effect" is after a verb too, though "has" is a function word elsewhere.
        // "There is no girl with a bag on the train" denies the girl with the bag: the noun is what is negated.
        boolean existential = existential(s, c);
        boolean determiner = !existential && isDeterminer(s, c)
                && (c.index() == 0 || clauseBreakBefore(s, c.index())
                    || !s.isContent(w.get(c.index() - 1)) && !HAVE.contains(w.get(c.index() - 1).lower()) || w.get(c.index() - 1).capitalized());
        if (determiner) {
            int phraseEnd = s.nounPhraseEnd(first);
            if (phraseEnd > first) {
                // Tagged: past the whole noun phrase ("no motorcycle rider is standing").
                first = phraseEnd;
            } else {
                while (first < w.size() && s.isStop(w.get(first).lower())) {
                    first++;
                }
                first++;
            }
        }
        for (int i = first; i < w.size() && i <= c.index() + SCOPE_WORDS + skipped + (determiner ? 2 : 0) && out.size() < 3; i++) {
            Statement.Word x = w.get(i);
            if (i > first && clauseBreakBefore(s, i)) {
                break;
            }
            if (skip.test(x)) {
                skipped++;
            } else if (s.isContent(x)) {
                out.add(x.stem());
            }
        }
        return out;
    }

    /** The words of {@code s} from the first to the last of these stems (at most a few words), as written. */
    private static String around(Statement s, List<String> stems) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < s.words().size(); i++) {
            if (stems.contains(s.words().get(i).stem())) {
                if (from < 0) {
                    from = i;
                }
                if (i - from <= 6) {
                    to = i;
                }
            }
        }
        if (from < 0) {
            return String.join(" ", stems);
        }
        return s.text().substring(s.words().get(from).start(), s.words().get(to).end());
    }

    /** Different actor: the first name differs while the rest of the statement is nearly the same. */
    private Comparison actor(Statement a, Statement b, double sim, Map<String, Double> f, String order) {
        if (a.names().isEmpty() || b.names().isEmpty()) {
            return null;
        }
        String x = a.names().get(0);
        String y = b.names().get(0);
        String afterX = wordAfter(a, x);
        String afterY = wordAfter(b, y);
        if (x.length() < 3 || y.length() < 3 || afterX == null || !afterX.equals(afterY) || a.isStop(afterX)) {
            return null;
        }
        // "In Ventura County ..." / "In Orange County ...": a place, not who acted.
        if (afterPreposition(a, x) || afterPreposition(b, y)) {
            return null;
        }
        if (sameName(x, y) || b.names().stream().anyMatch(n -> sameName(n, x)) || a.names().stream().anyMatch(n -> sameName(n, y))) {
            return null;
        }
        Set<String> ra = new LinkedHashSet<>(a.contentStems());
        Set<String> rb = new LinkedHashSet<>(b.contentStems());
        ra.removeIf(s -> a.names().contains(s));
        rb.removeIf(s -> b.names().contains(s));
        if (ra.size() < 3 || rb.size() < 3) {
            return null;
        }
        Set<String> both = new LinkedHashSet<>(ra);
        both.retainAll(rb);
        double dice = 2.0 * both.size() / (ra.size() + rb.size());
        if (dice < settings.number("actor.min.rest.overlap")) {
            return null;
        }
        return new Comparison(Relation.CONTRADICT, RelationKind.ENTITY, sim, sim,
                "A names " + surface(a, x) + ", B names " + surface(b, y) + " for the same " + quoteList(both, 3) + order + ".", f);
    }

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "of", "near", "to", "for", "on", "into", "across");

    /** The first word of this name stands right after a preposition. */
    private static boolean afterPreposition(Statement s, String name) {
        int at = indexOfName(s, name, 1, s.words().size());
        return at >= 0 && PREPOSITIONS.contains(s.words().get(at - 1).lower());
    }

    /** The first word in {@code [from, to)} that is this name (a possessive "'s" aside), or -1. */
    private static int indexOfName(Statement s, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Statement.withoutPossessive(s.words().get(i).lower()).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The stem of the word right after the (last word of the) first name, or null. */
    private static String wordAfter(Statement s, String name) {
        List<Statement.Word> w = s.words();
        int i = indexOfName(s, name, 0, w.size() - 1);
        if (i < 0) {
            return null;
        }
        int j = i + 1;
        while (j < w.size() && w.get(j).capitalized()) {
            j++;
        }
        return j < w.size() ? w.get(j).stem() : null;
    }

    /**
     * One side hedges what the other states as fact: only one side has a hedge, and a hedge's
     * scope (the content words it governs) is mostly content the other side states. Null when not so.
     */
    private String modality(Statement a, Statement b) {
        boolean ma = a.has("modal");
        boolean mb = b.has("modal");
        if (ma == mb) {
            return null;
        }
        Statement hedged = ma ? a : b;
        Statement plain = ma ? b : a;
        for (Statement.Cue c : hedged.cues("modal")) {
            // "If you use the browser, install the fix": a condition sets out a case; it weakens no fact.
            if (SUPPOSING.contains(c.text())) {
                continue;
            }
            // "Kraft said the plant would be closed": after a reporting verb "would" is the future
            // told in the past, no hedge.
            // "would not release any details" is a refusal, no hedge either.
            boolean refusal = c.index() + 1 < hedged.words().size() && hedged.cues("negation").stream().anyMatch(n -> n.index() == c.index() + 1);
            if (c.text().equals("would") && (refusal || hedged.words().subList(0, c.index()).stream()
                    .anyMatch(w -> Cues.SHARED.reporting.contains(w.stem())))) {
                continue;
            }
            // What a hedge weakens is the predicate: a name or title in its scope says who, not what
            // ("apparently, the president believes ..." shares "president" with any claim about him).
            List<String> scope = scope(hedged, c, w -> hedged.cues("modal").stream().anyMatch(m -> m.text().equals(w.lower()))
                    || w.capitalized() || Cues.SHARED.titles.contains(w.lower()));
            long shared = scope.stream().filter(x -> stated(plain, x)).count();
            // Hedged of someone else is another fact: "the Orioles reportedly have made offers" /
            // "the Red Sox made the largest offer". Every name of the hedge's clause stands on the other side.
            // The hedged predicate itself (the first word it governs) is what the other side must
            // state as fact: "emissions might contribute to global warming" hedges no warming.
            if (!scope.isEmpty() && shared >= hedgeScopeShare * scope.size() && clauseNamesStated(hedged, c.index(), plain)
                    && statedAsFact(plain, scope.get(0))) {
                return (ma ? "A" : "B") + " hedges with '" + c.text() + "' what "
                        + (ma ? "B" : "A") + " states as fact ('" + around(plain, scope.stream().filter(x -> stated(plain, x)).toList()) + "')";
            }
        }
        return null;
    }

    /** The stem stands in the statement as fact ("can invoke the act to overturn" does not). */
    private static boolean statedAsFact(Statement s, String stem) {
        int at = headIn(s, stem);
        return at >= 0 && factAt(s, at);
    }

    /**
     * Every name near word {@code at} (the eight words before it, whatever the punctuation:
     * parentheses often stand between a subject and its verb, and the rest of its clause) stands
     * in {@code other} (spelling variants count).
     */
    private boolean clauseNamesStated(Statement s, int at, Statement other) {
        int from = Math.max(0, at - 8);
        int to = at + 1;
        while (to < s.words().size() && !clauseBreakBefore(s, to)) {
            to++;
        }
        for (int i = from; i < to; i++) {
            String lower = Statement.withoutPossessive(s.words().get(i).lower());
            if (s.words().get(i).capitalized() && s.names().contains(lower)
                    && other.names().stream().noneMatch(n -> sameName(n, lower))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hedge of the statement governs one of these stems: it says they may or would be so, not
     * that they are ("if he becomes prime minister" asserts no becoming). Asked only when the
     * denial itself is not hedged ("would not review" does deny "would review").
     */
    static boolean hedges(Statement s, List<String> stems) {
        for (Statement.Cue c : s.cues("modal")) {
            List<String> scope = scope(s, c, w -> w.capitalized() || Cues.SHARED.titles.contains(w.lower()));
            if (scope.stream().anyMatch(stems::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The statement states this stem: the word itself or a spelling variant of a name. */
    private boolean stated(Statement s, String stem) {
        return s.contentStems().stream().anyMatch(y -> sameName(stem, y));
    }

    // ---- explanations ----

    /**
     * What two agreeing statements share and where they differ; a hedge one side puts on what the
     * other states is named too ("may have fled" / "fled"): not marked, but not left unsaid.
     */
    private String agreement(Statement a, Statement b) {
        StringBuilder s = new StringBuilder("A and B both say " + quoteList(shared(a, b), 4));
        String hedge = modality(a, b);
        String spelling = spelling(a, b);
        // The spelling is named beside the other differences, not instead of them: "Alvarez" /
        // "Alvares" says nothing of what else only one side tells.
        s.append(spelling != null ? spelling : "").append(compatibleFigures(a, b)).append(differences(a, b));
        return s.append(hedge == null ? "" : "; " + hedge).append(".").toString();
    }

    /**
     * "; the figures differ, read as compatible (...): A '10 people', B 'at least three people'": two
     * figures of one unit that a bound, "about" or rounding reconciles are still named, so an
     * agreement does not hide an earlier or more cautious count. Empty when there are none.
     */
    private static String compatibleFigures(Statement a, Statement b) {
        for (Statement.Amount x : a.amounts()) {
            for (Statement.Amount y : b.amounts()) {
                if (!x.unit().isEmpty() && x.unit().equals(y.unit()) && !Amounts.equal(x.value(), y.value())
                        && !Amounts.digits(x.text()).equals(Amounts.digits(y.text())) && Amounts.consistent(a, x, b, y)) {
                    return "; the figures differ, read as compatible (rounded, approximate or a bound): A '" + figure(a, x) + "', B '" + figure(b, y) + "'";
                }
            }
        }
        return "";
    }

    /** The amount as read, after what bounds it ("at least three people"). */
    private static String figure(Statement s, Statement.Amount x) {
        String bound = s.boundWords(x);
        return (bound.isEmpty() ? "" : bound + " ") + x.text();
    }

    /** "; A spells the name 'Somani', B 'Somali'" for the first name the two spell differently, or null. */
    private String spelling(Statement a, Statement b) {
        for (String x : new LinkedHashSet<>(a.names())) {
            for (String y : new LinkedHashSet<>(b.names())) {
                if (!x.equals(y) && sameName(x, y) && !adjectiveOf(x, y) && !adjectiveOf(y, x)) {
                    return "; A spells the name '" + surface(a, x) + "', B '" + surface(b, y) + "'";
                }
            }
        }
        return null;
    }

    /**
     * One word is the other's adjective of origin ("Kenya" / "Kenyan", "Iraq" / "Iraqi"): the same
     * name, matched as such, but not spelled another way.
     */
    private static boolean adjectiveOf(String name, String adjective) {
        return adjective.startsWith(name) && ORIGIN_ENDINGS.contains(adjective.substring(name.length()));
    }

    private static final Set<String> ORIGIN_ENDINGS = Set.of("n", "an", "ian", "i", "ese");

    /**
     * Figures of one unit, or dates of one kind, that the two give differently anywhere (as
     * {@link DifferentFillers} reads them in one slot), where no rule could tell whether they are
     * one count or one day: "23 pirates" against "26 pirates" may be one fact misreported, two
     * facts, or two counts of one fact, so the pair is not shown as agreeing (read blind, such
     * agreements were right 25 times in 40, README "Stories"); the two values are named. Null when none differ.
     */
    private static Finding differingValues(Statement a, Statement b) {
        for (Statement.Amount x : a.amounts()) {
            for (Statement.Amount y : b.amounts()) {
                if (DifferentFillers.differentFigures(a, x, b, y)) {
                    return new Finding(Relation.RELATED, RelationKind.NUMBER, "the figures differ: A '" + Amounts.withUnit(a, x)
                            + "', B '" + Amounts.withUnit(b, y) + "' (not settled whether they count one thing)");
                }
            }
        }
        for (Statement.DatePart x : a.dates()) {
            for (Statement.DatePart y : b.dates()) {
                if (DifferentFillers.differentDates(a, x, b, y)) {
                    return new Finding(Relation.RELATED, RelationKind.DATE, "the dates differ: A '" + x.text() + "', B '" + y.text()
                            + "' (not settled whether they date one event)");
                }
            }
        }
        return null;
    }

    /** The words only one side has. */
    private String differences(Statement a, Statement b) {
        Set<String> onlyA = new LinkedHashSet<>(a.contentStems());
        onlyA.removeIf(x -> b.contentStems().stream().anyMatch(y -> sameName(x, y)));
        Set<String> onlyB = new LinkedHashSet<>(b.contentStems());
        onlyB.removeIf(y -> a.contentStems().stream().anyMatch(x -> sameName(x, y)));
        StringBuilder s = new StringBuilder();
        if (!onlyA.isEmpty()) {
            s.append("; only A has ").append(quoteList(surfaces(a, onlyA), 3));
        }
        if (!onlyB.isEmpty()) {
            s.append("; only B has ").append(quoteList(surfaces(b, onlyB), 3));
        }
        return s.toString();
    }

    private String sharedNote(Statement a, Statement b) {
        List<String> shared = shared(a, b);
        return shared.isEmpty() ? "" : " (they share only " + quoteList(shared, 3) + ")";
    }

    private List<String> shared(Statement a, Statement b) {
        List<String> out = new ArrayList<>();
        for (String x : a.contentStems()) {
            if (b.contentStems().stream().anyMatch(y -> sameName(x, y))) {
                out.add(surface(a, x));
            }
        }
        return out;
    }

    private static List<String> surfaces(Statement s, Set<String> stems) {
        return stems.stream().map(x -> surface(s, x)).toList();
    }

    /** The word of the statement with this stem, as written. */
    private static String surface(Statement s, String stem) {
        for (Statement.Word w : s.words()) {
            if (w.lower().equals(stem)) {
                return w.text();
            }
        }
        for (Statement.Word w : s.words()) {
            if (w.stem().equals(stem)) {
                return w.text();
            }
        }
        return stem;
    }

    /** The cue and up to {@code more} following words, as written. */
    private static String phrase(Statement s, Statement.Cue cue, int more) {
        List<Statement.Word> w = s.words();
        int from = cue.index();
        int len = cue.text().split(" ").length;
        int to = Math.min(w.size() - 1, from + len - 1 + more);
        return s.text().substring(w.get(from).start(), w.get(to).end());
    }

    private static String quoteList(java.util.Collection<String> items, int max) {
        if (items.isEmpty()) {
            return "no content words";
        }
        List<String> l = items.stream().distinct().limit(max).map(x -> "'" + x + "'").toList();
        String s = String.join(", ", l);
        return items.stream().distinct().count() > max ? s + "…" : s;
    }

    private static String order(LocalDate aDate, LocalDate bDate) {
        if (aDate == null || bDate == null || aDate.equals(bDate)) {
            return "";
        }
        long days = Math.abs(ChronoUnit.DAYS.between(aDate, bDate));
        return String.format(Locale.ROOT, " (%s was published %d day%s later)", aDate.isAfter(bDate) ? "A" : "B", days, days == 1 ? "" : "s");
    }
}
