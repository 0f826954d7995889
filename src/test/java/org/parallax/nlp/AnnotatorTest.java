package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.Cleaner;
import org.parallax.model.Article;
import org.parallax.model.TimeValue;

class AnnotatorTest {
    private static AnnotatedArticle article(String text, LocalDate published) {
        Article a = Cleaner.standard().clean(Article.read("t.txt", "txt", text).withId("a1"));
        return Annotator.shared().annotate(a.withMetadata(null, null, published, null, null));
    }

    private static List<TimeValue> times(AnnotatedArticle a) {
        return a.sentences().stream().flatMap(s -> s.times().stream()).toList();
    }

    @Test
    void offsetsPointIntoTheOriginalTextEvenAfterNoBreakSpaces() {
        String text = "The\u00a0mayor of Lyon met Anna Berg on Monday.\n\nShe left.";
        AnnotatedArticle a = article(text, null);
        for (AnnotatedSentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.word(), text.substring(t.start(), t.end()).replace('\u00a0', ' '));
            }
        }
        NamedMention person = a.sentences().get(0).mentions().stream()
                .filter(m -> m.type().equals("PERSON")).findFirst().orElseThrow();
        assertEquals("Anna Berg", text.substring(person.start(), person.end()));
        assertEquals(2, a.sentences().size());
    }

    @Test
    void fillsLemmaPosAndEntityTags() {
        AnnotatedArticle a = article("The ministers met in Paris.", null);
        Token met = a.sentences().get(0).tokens().get(2);
        assertEquals("meet", met.lemma());
        assertEquals("VBD", met.pos());
        assertTrue(a.sentences().get(0).mentions().stream()
                .anyMatch(m -> m.text().equals("Paris") && m.type().equals("LOCATION")));
    }

    @Test
    void pronounsAreNotNamedMentions() {
        AnnotatedArticle a = article("He said the plan was ready.", null);
        assertEquals(List.of(), a.sentences().get(0).mentions());
    }

    @Test
    void relativeDatesResolveAgainstThePublishedDate() {
        List<TimeValue> t = times(article("The talks ended on Tuesday, March 3. A summit follows this summer.",
                LocalDate.of(2020, 3, 4)));
        assertEquals("2020-03-03", t.get(0).value());
        assertEquals("2020-SU", t.get(1).value());
    }

    @Test
    void withoutADateTheYearStaysUnknown() {
        List<TimeValue> t = times(article("The talks ended on March 3.", null));
        assertEquals("XXXX-03-03", t.get(0).value());
    }

    @Test
    void singleStatementsAreAnnotatedWithOffsetsIntoTheStatement() {
        String statement = "The bridge is 30 kilometers long. It opened in 2019.";
        AnnotatedArticle a = Annotator.shared().annotateText(statement);
        assertEquals(2, a.sentences().size());
        Token number = a.sentences().get(0).tokens().get(3);
        assertEquals("30", statement.substring(number.start(), number.end()));
        assertEquals("NUMBER", number.ner());
        assertEquals("2019", times(a).get(0).value());
    }
}
