import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.HtmlReader;
import org.parallax.ingest.LanguageCheck;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;

/**
 * The language check on saved pages (README, Robustness: language check): reads each
 * PAGE/source.html as Parallax does (HtmlReader, Cleaner, the kept paragraphs) and tallies the
 * check's verdict against the language PAGE/expected-metadata.json gives ("en", another, or none).
 *
 * usage (after mvn -q -DskipTests package):
 *   java -cp "target/classes:target/lib/*" src/eval/LanguageOnPages.java ../shared/eval/external/readability-test-pages [-v]
 */
public class LanguageOnPages {
    public static void main(String[] args) throws Exception {
        boolean verbose = args.length > 1 && args[1].equals("-v");
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        List<Path> folders;
        try (var s = Files.list(Path.of(args[0]))) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        for (Path folder : folders) {
            String lang = "none";
            Path meta = folder.resolve("expected-metadata.json");
            if (Files.exists(meta)) {
                var m = java.util.regex.Pattern.compile("\"lang\"\\s*:\\s*\"([^\"]*)\"").matcher(Files.readString(meta));
                if (m.find() && !m.group(1).isBlank()) {
                    lang = m.group(1).toLowerCase().startsWith("en") ? "en" : "other";
                }
            }
            String verdict;
            try {
                Article a = Cleaner.standard().clean(HtmlReader.read(folder.toString(), Files.readAllBytes(folder.resolve("source.html"))).withId("a1"));
                StringBuilder kept = new StringBuilder();
                for (Paragraph p : a.paragraphs()) {
                    kept.append(a.text(), p.start(), p.end()).append('\n');
                }
                verdict = LanguageCheck.standard().notEnglish(kept).map(r -> r.replaceAll(" \\(.*", "")).orElse("analysed");
            } catch (Exception e) {
                verdict = "unreadable";
            }
            table.computeIfAbsent(lang, k -> new TreeMap<>()).merge(verdict, 1, Integer::sum);
            if (verbose) {
                System.out.println(lang + "\t" + verdict + "\t" + folder.getFileName());
            }
        }
        table.forEach((lang, verdicts) -> System.out.println("metadata language " + lang + ": " + verdicts));
    }
}
