package org.parallax.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.AnalysisText;
import org.parallax.model.Article;
import org.parallax.model.AttributionType;
import org.parallax.model.Claim;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.model.ParagraphKind;
import org.parallax.model.Quantity;
import org.parallax.model.TimeValue;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.AnnotatedSentence;
import org.parallax.nlp.Hedges;
import org.parallax.nlp.Token;

/**
 * Turns the body sentences of an article into claims: keeps the sentences that assert something
 * checkable, splits a sentence holding two independent assertions, and fills each claim's
 * entities, attribution, hedges, quote flag, dates and quantities.
 */
public final class ClaimExtractor {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final Attribution attribution = Attribution.standard();
    private final Hedges hedges = Hedges.standard();
    private final AssertionFilter filter = AssertionFilter.standard();

    /** Extracts claims, numbering them from {@code firstNumber} ("c" + n). */
    public List<Claim> extract(AnnotatedArticle annotated, List<Entity> entities, int firstNumber) {
        Article article = annotated.article();
        String text = AnalysisText.of(article);
        List<Mention> mentions = entities.stream().flatMap(e -> e.mentions().stream())
                .filter(m -> article.id() != null && article.id().equals(m.article())).toList();
        List<Claim> claims = new ArrayList<>();
        int n = firstNumber;
        for (AnnotatedSentence s : annotated.sentences()) {
            // The headline is the outlet's most prominent assertion about the story.
            boolean headline = s.kind() == ParagraphKind.HEADLINE;
            if (s.kind() != ParagraphKind.BODY && !headline || !filter.isAssertion(s, text, headline)) {
                continue;
            }
            for (List<Token> part : Splitter.parts(s.tokens(), attribution)) {
                claims.add(claim("c" + n++, article.id(), text, s, part, entities, mentions));
            }
        }
        return claims;
    }

    /** How worth checking the statement is, 0..1 (ranks claims; see resources/claims/checkworthiness.tsv). */
    public double checkworthiness(AnnotatedArticle statement) {
        String text = AnalysisText.of(statement.article());
        boolean assertion = statement.sentences().stream().anyMatch(s -> filter.isAssertion(s, text));
        return Checkworthiness.standard().score(statement.sentences(), assertion);
    }

    /** A claim's check-worthiness: its sentence's, which it asserts (rounded so reports stay stable). */
    private static double checkworthiness(AnnotatedSentence s) {
        return Math.round(Checkworthiness.standard().score(List.of(s), true) * 1000) / 1000.0;
    }

    /** The check-worthiness from which a claim counts as worth checking (set with the weights, with its measurement). */
    public static double checkworthyFrom() {
        return Checkworthiness.standard().threshold();
    }

    /** Whether the statement's check-worthiness reaches the threshold set with its weights. */
    public boolean isCheckworthy(AnnotatedArticle statement) {
        return checkworthiness(statement) >= Checkworthiness.standard().threshold();
    }

    /** The features behind {@link #checkworthiness}, by name (for fitting its weights). */
    public java.util.Map<String, Double> checkworthinessFeatures(AnnotatedArticle statement) {
        String text = AnalysisText.of(statement.article());
        boolean assertion = statement.sentences().stream().anyMatch(s -> filter.isAssertion(s, text));
        return Checkworthiness.features(statement.sentences(), assertion);
    }

    /** Whether the sentence asserts something checkable (the claim/no-claim decision alone, for evaluation). */
    public boolean isAssertion(AnnotatedSentence sentence, String text) {
        return filter.isAssertion(sentence, text);
    }

    private Claim claim(String id, String articleId, String text, AnnotatedSentence s, List<Token> part,
                        List<Entity> entities, List<Mention> mentions) {
        int start = part.get(0).start();
        int end = part.get(part.size() - 1).end();
        String claimText = WHITESPACE.matcher(text.substring(start, end)).replaceAll(" ").strip();
        Set<String> ids = new LinkedHashSet<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (articleId.equals(m.article()) && m.start() >= start && m.end() <= end) {
                    ids.add(e.id());
                }
            }
        }
        // An attribution found on the whole sentence holds for each of its parts.
        Attribution.Found source = attribution.find(s.tokens(), text);
        List<String> hedgeWords = hedges.find(part);
        List<TimeValue> dates = s.times().stream().filter(t -> t.start() >= start && t.end() <= end).toList();
        return new Claim(id, articleId, claimText, start, end, List.copyOf(ids),
                source == null ? null : source.phrase(), source == null ? null : source.type(),
                !hedgeWords.isEmpty(), hedgeWords, Quotes.holdsQuotation(part),
                dates, Quantities.find(part, text), checkworthiness(s));
    }

    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    static boolean isFiniteVerb(Token t) {
        return t.pos() != null && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD"));
    }

    static boolean isQuoteMark(Token t) {
        String w = t.word();
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("«") || w.equals("»")
                || w.equals("``") || w.equals("''") || "``".equals(t.pos()) || "''".equals(t.pos()) && !w.equals("'s");
    }

    /** For each token, whether it stands inside a direct quotation (between paired quote marks). */
    static boolean[] insideQuotes(List<Token> tokens) {
        boolean[] inside = new boolean[tokens.size()];
        boolean open = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isQuoteMark(t) && !t.word().equals("'") && !t.word().equals("’") && !t.word().equals("‘")) {
                open = !open;
                continue;
            }
            inside[i] = open;
        }
        return inside;
    }
}
