package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.Cleaner;
import org.parallax.model.Article;
import org.parallax.model.TimeValue;

/**
 * Parallax ships only the CoreNLP model files its pipeline loads (the pom's copy-corenlp-models
 * list). The tests run on that same set, so this test fails when the pipeline asks for a file the
 * list lacks: every kind of annotation the engine reads (names of each type, dates, holidays,
 * times, money and percentages) is exercised once.
 */
class CoreNlpModelsTest {
    @Test
    void theTestsRunOnTheTrimmedModelSetNotTheFullModelsJar() {
        assertNull(getClass().getResource("/edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz"),
                "the full CoreNLP models jar is on the classpath: this test would not see a missing file");
        assertNull(getClass().getResource("/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab"));
    }

    @Test
    void everyAnnotationTheEngineReadsComesFromTheShippedModels() {
        String text = "Senator Maria Lopez of the United Nations told Reuters in Geneva on Christmas Day 2021 that the"
                + " German plan would cost $4.2 billion and that costs rose 15% by 5 p.m. on Tuesday.";
        Article a = Cleaner.standard().clean(Article.read("t.txt", "txt", text).withId("a1"));
        AnnotatedArticle annotated = Annotator.shared().annotate(a.withMetadata(null, null, LocalDate.of(2021, 12, 20), null, null));

        AnnotatedSentence s = annotated.sentences().get(0);
        Set<String> nameTypes = s.mentions().stream().map(NamedMention::type).collect(Collectors.toSet());
        assertEquals(Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC"), nameTypes, s.mentions().toString());
        List<TimeValue> times = s.times();
        assertTrue(times.stream().anyMatch(t -> t.value() != null && t.value().startsWith("2021-12-25")), times.toString());
        assertTrue(times.stream().anyMatch(t -> t.type().equals("TIME")), times.toString());
        Set<String> tags = s.tokens().stream().map(Token::ner).collect(Collectors.toSet());
        assertTrue(tags.containsAll(Set.of("MONEY", "PERCENT")), tags.toString());
        assertTrue(s.tokens().stream().anyMatch(t -> t.pos().equals("NNP") && t.lemma().equals("Lopez")));
    }
}
