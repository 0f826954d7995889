package org.parallax.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;
import org.parallax.model.Settings;

import static org.parallax.compare.Names.sameName;
import static org.parallax.compare.Wording.differences;
import static org.parallax.compare.Wording.order;
import static org.parallax.compare.Wording.quoteList;
import static org.parallax.compare.Wording.shared;
import static org.parallax.compare.Wording.sharedNote;

/**
 * Compares two statements: how likely they report the same content (sentence embeddings combined
 * with word, name and number overlap), and whether they agree, diverge or contradict, with the
 * words that show it. The same code labels the pairs of a cluster in {@code parallax compare} and
 * each line of {@code parallax pairs}. Thread-safe; build one and share it.
 */
public final class ClaimComparator {
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
    /** Rules that read two statements worded differently, not only their aligned slots. */
    private final WordedDenial denials;
    private final OtherActor actors;
    private final OneSidedHedge hedges;
    private final AgreementNote agreementNote;

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
        containedAt = settings.number("samefact.contained");
        agreeAt = settings.number("agree.threshold");
        counterpartSameFactCosine = settings.number("counterpart.samefact.cosine");
        counterpartConflictAt = settings.number("counterpart.conflict.similarity");
        wordNet = new WordNetSynonyms(settings.integer("wordnet.synonym.senses"));
        sameFactAt = settings.number("samefact.threshold");
        relatedAt = settings.number("related.threshold");

        Slots slots = new Slots(settings);
        slotRules = List.of(new NumberInSlot(slots, settings), new DateInSlot(slots), new OppositeInSlot(slots, settings),
                new NegationInSlot(slots, Clauses::hedges));
        quotes = new QuoteAltered(settings);
        denials = new WordedDenial(settings, wordNet);
        actors = new OtherActor(settings);
        hedges = new OneSidedHedge(settings.number("hedge.scope.share"));
        agreementNote = new AgreementNote(hedges);
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
                filled = DifferentPeople.find(al, Names::sameName, settings.integer("slot.max.words"),
                        settings.number("people.headline.capitalised.share"));
            }
            if (filled != null) {
                // The kind stays with it, as with a difference withheld below the marking bar.
                return new Comparison(Relation.RELATED, filled.kind(), similarity, similarity,
                        "Told in like words, but perhaps of two different things: " + filled.explanation() + ".", f);
            }
            Finding values = DifferentFillers.anywhere(a, b);
            if (values != null) {
                return new Comparison(Relation.RELATED, values.kind(), similarity, similarity,
                        "Told in like words, but " + values.explanation() + ".", f);
            }
            return new Comparison(Relation.AGREE, null, similarity, similarity, agreementNote.explain(a, b), f);
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

    /** The share of both statements' content words that stand in the other (a name's spellings count). */
    double wordOverlap(Statement a, Statement b) {
        Set<String> sa = a.contentStems();
        Set<String> sb = b.contentStems();
        if (sa.isEmpty() || sb.isEmpty()) {
            return 0;
        }
        return (Names.standing(sa, sb) + Names.standing(sb, sa)) / (double) (sa.size() + sb.size());
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
        long ma = Names.standing(sa, sb);
        long mb = Names.standing(sb, sa);
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
        // A change over time: one says it has not happened yet, the other that it happened (for
        // the first time). Its explanation names the publication order itself.
        Finding temporal = ChangeOverTime.find(a, b, aDate, bDate);
        if (temporal != null) {
            return comparison(temporal, sim, "", f);
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
        Finding denial = oneFact ? denials.find(a, b) : null;
        if (denial != null) {
            return new Comparison(denial.relation(), denial.kind(), Math.max(sim, 0.6), sim, denial.explanation() + order + ".", f);
        }
        Finding actor = worded ? actors.find(a, b) : null;
        if (actor != null) {
            return new Comparison(actor.relation(), actor.kind(), sim, sim, actor.explanation() + order + ".", f);
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
        String modal = hedges.find(a, b);
        if (modal != null && sim >= sameFactAt && sim < agreeAt) {
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
}
