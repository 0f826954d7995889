import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.parallax.ingest.Cleaner;
import org.parallax.ingest.HtmlReader;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;

/**
 * Main-text extraction on a folder of saved pages (one PAGE/source.html per page), for
 * src/eval/html_extraction.sh and ../shared/eval/score_html.py: writes OUT/PAGE.txt per page.
 *
 *   parallax     what Parallax analyses: HtmlReader, then the Cleaner; the kept paragraphs
 *                without the headline (the scorer's reference has none)
 *   reader       HtmlReader alone: its text without the title it puts first
 *   readability  Readability4J alone: the text of the article element it returns
 *
 * A page Parallax refuses gets an empty file and a line on standard error.
 *
 * usage (after mvn -q -DskipTests package):
 *   java -cp "target/classes:target/lib/*" src/eval/HtmlExtraction.java parallax|reader|readability PAGES_DIR OUT_DIR
 */
public class HtmlExtraction {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path pages = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        List<Path> folders;
        try (var s = Files.list(pages)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            byte[] bytes = Files.readAllBytes(folder.resolve("source.html"));
            String text;
            try {
                text = switch (mode) {
                    case "parallax" -> parallax(folder.resolve("source.html").toString(), bytes);
                    case "reader" -> reader(folder.resolve("source.html").toString(), bytes);
                    case "readability" -> readability(bytes);
                    default -> throw new IllegalArgumentException("mode: parallax, reader or readability");
                };
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (Exception e) {
                System.err.println(name + ": " + e.getMessage());
                text = "";
            }
            Files.writeString(out.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        }
    }

    static String parallax(String path, byte[] bytes) throws Exception {
        Article a = Cleaner.standard().clean(HtmlReader.read(path, bytes).withId("a1"));
        List<String> kept = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            if (p.kind() != ParagraphKind.HEADLINE) {
                kept.add(a.text().substring(p.start(), p.end()));
            }
        }
        return String.join("\n\n", kept);
    }

    static String reader(String path, byte[] bytes) throws Exception {
        Article a = HtmlReader.read(path, bytes);
        String text = a.text();
        return a.title() != null && text.startsWith(a.title() + "\n\n") ? text.substring(a.title().length() + 2) : text;
    }

    static String readability(byte[] bytes) {
        var article = new Readability4J("http://localhost/", new String(bytes, StandardCharsets.UTF_8)).parse();
        return article.getArticleContent() == null ? "" : article.getArticleContent().wholeText();
    }
}
