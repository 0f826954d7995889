package org.parallax.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.Cleaner;
import org.parallax.model.Article;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.Annotator;

class EntityResolverTest {
    private static List<Entity> resolve(String... texts) {
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Article a = Cleaner.standard().clean(Article.read("t" + i + ".txt", "txt", texts[i]).withId("a" + (i + 1)));
            annotated.add(Annotator.shared().annotate(a));
        }
        return new EntityResolver().resolve(annotated);
    }

    private static String idOf(List<Entity> entities, String article, String mentionText) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.article().equals(article) && m.text().equals(mentionText)) {
                    return e.id();
                }
            }
        }
        throw new AssertionError("no mention '" + mentionText + "' in " + article + ": " + entities);
    }

    @Test
    void shortFormsAndTitlesJoinTheFullName() {
        List<Entity> e = resolve("President Arlo Venner met reporters in Oslo on Monday.",
                "Mr Venner later flew home. Venner said the talks went well.");
        assertEquals(idOf(e, "a1", "Arlo Venner"), idOf(e, "a2", "Venner"));
        Entity venner = e.stream().filter(x -> x.id().equals(idOf(e, "a1", "Arlo Venner"))).findFirst().orElseThrow();
        assertEquals("Arlo Venner", venner.name());
        assertEquals("PERSON", venner.type());
    }

    @Test
    void spellingVariantsAcrossSourcesAreOnePerson() {
        List<Entity> e = resolve("Defence chief Marta Kowalczyk arrived in Riga.",
                "Defence chief Marta Kowalczik arrived in Riga on Tuesday.");
        assertEquals(idOf(e, "a1", "Marta Kowalczyk"), idOf(e, "a2", "Marta Kowalczik"));
    }

    @Test
    void peopleSharingAGivenNameStayApart() {
        List<Entity> e = resolve("Adviser Emil Brandt met Emil Sorensen in Bern.", "Sorensen spoke after Brandt left.");
        assertNotEquals(idOf(e, "a1", "Emil Brandt"), idOf(e, "a1", "Emil Sorensen"));
        assertEquals(idOf(e, "a1", "Emil Sorensen"), idOf(e, "a2", "Sorensen"));
        assertEquals(idOf(e, "a1", "Emil Brandt"), idOf(e, "a2", "Brandt"));
    }

    @Test
    void twoSpellingsInOneArticleAreTwoPeople() {
        List<Entity> e = resolve("John Harlan and his cousin John Harlen both testified on Friday.");
        assertNotEquals(idOf(e, "a1", "John Harlan"), idOf(e, "a1", "John Harlen"));
    }

    @Test
    void aSurnameUsedAsAPlaceInAnotherArticleStaysAPlace() {
        List<Entity> e = resolve("Senator Paula Bonn spoke in Berlin on Monday.",
                "The summit moved from Berlin to Bonn on Tuesday.");
        assertNotEquals(idOf(e, "a1", "Paula Bonn"), idOf(e, "a2", "Bonn"));
    }

    @Test
    void aliasesAndAcronymsJoinThePlaceTheyName() {
        List<Entity> e = resolve("Officials in Kiev met envoys from the United States.",
                "Envoys from the U.S. arrived in Kyiv on Monday.");
        assertEquals(idOf(e, "a1", "Kiev"), idOf(e, "a2", "Kyiv"));
        assertEquals(idOf(e, "a1", "United States"), idOf(e, "a2", "U.S."));
    }

    @Test
    void everyMentionIsListedWithItsOffsets() {
        String text = "Lena Ortiz met Pavel Dorn. Ortiz smiled.";
        List<Entity> e = resolve(text);
        int mentions = e.stream().mapToInt(x -> x.mentions().size()).sum();
        assertEquals(3, mentions);
        for (Entity x : e) {
            for (Mention m : x.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
        }
        assertTrue(e.stream().allMatch(x -> x.id().matches("e\\d+")));
    }

    @Test
    void aGenerationalSuffixDoesNotHideTheSurname() {
        List<Entity> e = resolve("Police arrested Martin Delacroix Jr. on Friday.", "Delacroix appeared in court on Monday.");
        assertEquals(idOf(e, "a1", "Martin Delacroix Jr."), idOf(e, "a2", "Delacroix"));
    }

    @Test
    void aTeamIsNamedByItsLastWordButAGenericHeadIsNot() {
        List<Entity> e = resolve("The Portland Falcons beat the Salem Otters 3-1 at the Harbor Stadium.",
                "The Falcons won again on Sunday.");
        assertEquals(idOf(e, "a1", "Portland Falcons"), idOf(e, "a2", "Falcons"));
    }

    @Test
    void aTeamIsNamedByItsLastTwoWords() {
        List<Entity> e = resolve("The Portland Red Hawks beat the Salem Otters 3-1 at the Harbor Stadium.",
                "The Red Hawks won again on Sunday.");
        assertEquals(idOf(e, "a1", "Portland Red Hawks"), idOf(e, "a2", "Red Hawks"));
    }

    @Test
    void theFullestSpellingNamesTheEntity() {
        List<Entity> e = resolve("Troops from the US arrived on Monday.", "The United States sent troops.");
        String id = idOf(e, "a1", "US");
        assertEquals(id, idOf(e, "a2", "United States"));
        assertEquals("United States", e.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow().name());
    }
}
