package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Entity;
import org.parallax.model.EntityLabel;
import org.parallax.model.FramingItem;
import org.parallax.model.Mention;
import org.parallax.model.ParagraphKind;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.AnnotatedSentence;
import org.parallax.nlp.Token;

class FramingAnalyzerTest {
    private final FramingAnalyzer analyzer = new FramingAnalyzer();

    private ArticleFraming framing(String text) {
        return analyzer.analyze(FramingTexts.article("a1", text), List.of());
    }

    private static Optional<FramingItem> item(ArticleFraming f, String text) {
        return f.items().stream().filter(i -> i.text().equals(text)).findFirst();
    }

    @Test
    void labelsTheSameKindOfPersonByTitleOrByJudgement() {
        String text = "Talks began after Valdorian dictator Oskar Brenn met President Anna Lind in the capital.";
        Entity brenn = new Entity("e1", "Oskar Brenn", "PERSON", List.of(new Mention("a1", "Oskar Brenn", 37, 48)));
        ArticleFraming f = analyzer.analyze(FramingTexts.article("a1", text), List.of(brenn));

        List<String> labels = f.labels().stream().map(EntityLabel::text).toList();
        assertEquals(List.of("Valdorian dictator Oskar Brenn", "President Anna Lind"), labels);
        FramingItem pejorative = item(f, "Valdorian dictator").orElseThrow();
        assertEquals("label", pejorative.category());
        assertEquals("e1", pejorative.entity());
        assertTrue(pejorative.note().contains("disparaging"), pejorative.note());
        assertTrue(item(f, "President").orElseThrow().note().contains("Anna Lind"));
        assertEquals("loaded", item(f, "dictator").orElseThrow().category());
    }

    @Test
    void findsAppositivesOnEitherSideOfTheName() {
        ArticleFraming f = framing("He met the country's top diplomat, Jan Novak, on Monday.\n"
                + "Mira Holm, the former finance minister, declined to comment.");
        List<String> labels = f.labels().stream().map(EntityLabel::text).toList();
        assertTrue(labels.contains("country's top diplomat, Jan Novak"), labels.toString());
        assertTrue(labels.contains("Mira Holm, the former finance minister"), labels.toString());
    }

    @Test
    void aLoadedVerbBeforeANameIsNotALabel() {
        ArticleFraming f = framing("The decision infuriated Berlin and angered Washington.");
        assertTrue(f.labels().isEmpty(), f.labels().toString());
        assertEquals("loaded", item(f, "angered").orElseThrow().category());
    }

    @Test
    void wordsInsideADirectQuoteAreTheSpeakersAndCountedApart() {
        ArticleFraming f = framing("The minister said the plan was “a disgraceful stunt” and left.");
        FramingItem word = item(f, "disgraceful").orElseThrow();
        assertTrue(word.quoted());
        assertTrue(word.note().contains("speaker"));
        assertEquals(0, f.counts().get(FramingAnalyzer.LOADED_TOTAL));
        assertEquals(2, f.counts().get(FramingAnalyzer.QUOTED));
    }

    @Test
    void aShortQuoteWithNoSpeakerIsAScareQuote() {
        ArticleFraming f = framing("The company unveiled its \"reform\" of pensions on Friday.\n"
                + "The union called the change a \"betrayal\" of workers.\n"
                + "She welcomed the \"Green Deal\" in a speech.");
        List<FramingItem> scare = f.items().stream().filter(i -> i.category().equals("scare-quote")).toList();
        assertEquals(1, scare.size(), scare.toString());
        assertEquals("\"reform\"", scare.get(0).text());
        assertFalse(scare.get(0).quoted());
    }

    @Test
    void contextKeepsOrdinarySensesOut() {
        ArticleFraming f = framing("Members of the Communist Party are supposed to vote, under the sanctions regime.");
        assertTrue(f.items().stream().noneMatch(i -> i.category().equals("loaded") || i.category().equals("dysphemism")),
                f.items().toString());
        ArticleFraming g = framing("The communist regime made a supposed offer.");
        assertEquals("loaded", item(g, "communist").orElseThrow().category());
        assertEquals("dysphemism", item(g, "regime").orElseThrow().category());
        assertEquals("loaded", item(g, "supposed").orElseThrow().category());
    }

    @Test
    void animalWordsAndPoisonAreLoadedOnlyWhenAimedAtPeople() {
        ArticleFraming insult = framing("The governor said the protesters behaved like pigs and spread toxic lies.");
        assertEquals("loaded", item(insult, "pigs").orElseThrow().category());
        assertEquals("loaded", item(insult, "toxic").orElseThrow().category());
        ArticleFraming farm = framing("The farm keeps pigs and dogs, and the plant stored toxic waste.");
        assertTrue(farm.items().stream().noneMatch(i -> i.category().equals("loaded")), farm.items().toString());
    }

    @Test
    void verbsOfSayingAreAttributionOnlyWhenTheyReportSpeech() {
        ArticleFraming f = framing("He claimed that taxes fell. The two countries pledged to deepen ties. \"We won,\" she insisted.");
        assertEquals("attribution-loaded", item(f, "claimed").orElseThrow().category());
        assertTrue(item(f, "pledged").isEmpty());
        assertEquals("attribution-loaded", item(f, "insisted").orElseThrow().category());
    }

    @Test
    void namesTheSameThingSoftlyOrHarshly() {
        ArticleFraming f = framing("The special military operation continues. Critics call it aggression.");
        FramingItem soft = item(f, "special military operation").orElseThrow();
        assertEquals("euphemism", soft.category());
        assertTrue(soft.note().contains("the war"), soft.note());
        assertEquals("dysphemism", item(f, "aggression").orElseThrow().category());
    }

    @Test
    void aLoadedAdjectiveIsShownWithTheNounItJudgesWhenTagsAreKnown() {
        ArticleFraming f = tagged("They signed a disastrous trade agreement.", new String[][] {{"They", "PRP"},
            {"signed", "VBD"}, {"a", "DT"}, {"disastrous", "JJ"}, {"trade", "NN"}, {"agreement", "NN"}, {".", "."}});
        FramingItem item = item(f, "disastrous trade agreement").orElseThrow();
        assertTrue(item.note().startsWith("“disastrous”"), item.note());
    }

    @Test
    void aLoadedNounIsShownWithTheWordsDescribingItWhenTagsAreKnown() {
        ArticleFraming f = tagged("Crowds cheered the well-known bigoted liars.", new String[][] {{"Crowds", "NNS"},
            {"cheered", "VBD"}, {"the", "DT"}, {"well-known", "JJ"}, {"bigoted", "JJ"}, {"liars", "NNS"}, {".", "."}});
        // "bigoted" is flagged itself, so "liars" takes in nothing before it and the two stay apart
        assertTrue(item(f, "liars").isPresent(), f.items().toString());
        ArticleFraming g = tagged("They quoted a few well-documented liars.", new String[][] {{"They", "PRP"},
            {"quoted", "VBD"}, {"a", "DT"}, {"few", "JJ"}, {"well-documented", "JJ"}, {"liars", "NNS"}, {".", "."}});
        FramingItem item = item(g, "few well-documented liars").orElseThrow();
        assertTrue(item.note().startsWith("“liars”"), item.note());
    }

    private ArticleFraming tagged(String text, String[][] tagged) {
        List<Token> tokens = new java.util.ArrayList<>();
        int from = 0;
        for (String[] t : tagged) {
            int s = text.indexOf(t[0], from);
            tokens.add(new Token(s, s + t[0].length(), t[0], t[0].toLowerCase(), t[1], "O", null));
            from = s + t[0].length();
        }
        AnnotatedArticle plain = FramingTexts.article("a1", text);
        AnnotatedArticle annotated = new AnnotatedArticle(plain.article(), List.of(
                new AnnotatedSentence(0, text.length(), ParagraphKind.BODY, tokens, List.of(), List.of())));
        return analyzer.analyze(annotated, List.of());
    }

    @Test
    void spansPointIntoTheOriginalTextAndRatesArePerThousandWords() {
        String text = "Reportedly, the disastrous  plan was clearly a very chaotic affair.";
        ArticleFraming f = framing(text);
        for (FramingItem i : f.items()) {
            assertEquals(i.text(), text.substring(i.start(), i.end()));
        }
        assertEquals(10, f.words());
        assertEquals(2, f.counts().get("loaded"));
        assertEquals(200.0, f.ratesPer1000().get("loaded"));
        assertEquals(1, f.counts().get("hedge"));
        assertEquals(1, f.counts().get("certainty"));
        assertEquals(null, f.counts().get("intensifier"), "an intensifier before a loaded word joins it");
        assertTrue(item(f, "very chaotic").orElseThrow().note().contains("“very” makes it stronger"));
    }
}
