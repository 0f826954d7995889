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
    void aShortGermanTextIsRefusedHoweverShort() {
        // 20 words: before issue 17 texts under 40 words were not judged, and this was analysed as English.
        String german = "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, sagte der Bürgermeister nach einer langen Sitzung im Rathaus.";
        assertTrue(check.notEnglish(german).orElseThrow().startsWith("not in English (looks like German; "), check.notEnglish(german).toString());
        assertTrue(check.notEnglish("Der Haushalt ist beschlossen").isPresent());
    }

    @Test
    void aShortTextWithoutAnyEnglishFunctionWordIsRefusedAsTooShortToTell() {
        assertEquals("too little text to tell its language (8 words, none of them common English words); "
                + "Parallax analyses English articles only",
                check.notEnglish("Tempête: l'autoroute est fermée près d'Eastbrook").orElseThrow());
        assertTrue(check.notEnglish("Storm closes motorway near Eastbrook").orElseThrow().startsWith("too little text to tell"));
    }

    @Test
    void aShortEnglishTextIsAnalysed() {
        assertEquals(Optional.empty(), check.notEnglish("Storm closes the A9 motorway near Eastbrook"));
        assertEquals(Optional.empty(), check.notEnglish("AI hasn't meaningfully changed anything in cybersecurity so far. Deep fake phishing is still rare."));
    }

    @Test
    void anEnglishPageOfListsIsRefusedForWhatItIsNotForItsLanguage() {
        StringBuilder list = new StringBuilder("Eastbrook council budget 2024: line items\n");
        String[] items = {"Road repairs", "Bridge maintenance", "Library opening hours", "School buses", "Street lighting",
            "Park benches", "Snow clearing", "Harbour dredging", "Fire station roof", "Police overtime"};
        for (String item : items) {
            list.append(item).append('\n').append("Approved, 4 million dollars\n");
        }
        assertEquals("too little running text (it reads as lists or table cells: 0% of its words are in sentences); "
                + "Parallax analyses articles written in sentences", check.notEnglish(list).orElseThrow());
    }

    @Test
    void chineseAndJapaneseAreNamedByTheirScriptEvenAmongLatinWords() {
        String japanese = "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリ「フリーWi-Fiプロテクション」（iOS/Android）の発売を開始すると発表した。";
        assertTrue(check.notEnglish(japanese).orElseThrow().startsWith("not in English (written in Katakana script; ")
                || check.notEnglish(japanese).orElseThrow().startsWith("not in English (written in Han script; ")
                || check.notEnglish(japanese).orElseThrow().startsWith("not in English (written in Hiragana script; "),
                check.notEnglish(japanese).toString());
    }
}
