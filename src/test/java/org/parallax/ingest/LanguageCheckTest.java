package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {
    private final LanguageCheck check = LanguageCheck.standard();

    @Test
    void englishPassesEvenWithAForeignQuote() {
        assertEquals(Optional.empty(), check.notEnglish(BadInputCorpus.ENGLISH));
        String quoting = BadInputCorpus.ENGLISH + "\n\nThe mayor then said, in French: \""
                + BadInputCorpus.FRENCH.lines().findFirst().orElseThrow() + "\"\n";
        assertEquals(Optional.empty(), check.notEnglish(quoting));
    }

    @Test
    void otherLanguagesAreNamed() {
        assertTrue(check.notEnglish(BadInputCorpus.FRENCH).orElseThrow().startsWith("not in English (looks like French; "));
        String german = "Der Stadtrat von Eastbrook hat am Dienstag nach einer langen Debatte einen neuen Haushalt "
                + "beschlossen, sagte der Schriftführer des Rates. Der Haushalt sieht 40 Millionen Dollar für die "
                + "Reparatur der alten Brücke vor, die seit dem Frühjahr für Lastwagen gesperrt ist. Der Bürgermeister "
                + "sagte, die Arbeiten würden im März beginnen und sollten vor Ende des Jahres abgeschlossen sein.";
        assertTrue(check.notEnglish(german).orElseThrow().startsWith("not in English (looks like German; "));
    }

    @Test
    void otherScriptsAreNamed() {
        String russian = "Городской совет утвердил новый бюджет во вторник после долгих споров, сказал секретарь совета. ".repeat(6);
        assertTrue(check.notEnglish(russian).orElseThrow().startsWith("not in English (written in Cyrillic script; only 0% "),
                check.notEnglish(russian).orElseThrow());
    }

    @Test
    void shortTextsAreNotJudged() {
        assertEquals(Optional.empty(), check.notEnglish("Storm closes motorway near Eastbrook"));
        assertEquals(Optional.empty(), check.notEnglish("Tempête: l'autoroute est fermée près d'Eastbrook"));
    }
}
