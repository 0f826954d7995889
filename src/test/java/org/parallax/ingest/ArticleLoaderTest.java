package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.model.ProgressListener;

class ArticleLoaderTest {
    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    private IngestResult load(Path... inputs) {
        return loader.load(List.of(inputs), false, ProgressListener.NONE);
    }

    @Test
    void readsPlainTextAndMarkdown() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The council approved the budget on Tuesday.\n");
        Files.writeString(dir.resolve("b.md"), "# Budget passes\n\nThe council **approved** the budget.\n");
        IngestResult r = load(dir);
        assertEquals(List.of("txt", "md"), r.articles().stream().map(Article::format).toList());
        assertEquals(List.of("a1", "a2"), r.articles().stream().map(Article::id).toList());
        assertEquals("Budget passes", r.articles().get(1).title());
    }

    @Test
    void readsHtmlBodyAndMetadataAndDropsPageChrome() throws IOException {
        String html = """
                <html><head><meta charset="utf-8"><title>Site | Budget</title>
                <meta property="og:title" content="Council passes budget">
                <meta property="og:site_name" content="Springfield Times">
                <meta name="author" content="Ann Lee">
                <meta property="article:published_time" content="2023-04-20T08:00:00Z">
                <script>var tracking = "The council approved nothing.";</script></head>
                <body><nav><p>Home | World | Sports</p></nav>
                <article><h1>Council passes budget</h1>
                <p>The council approved the budget on Tuesday.</p>
                <aside><p>Related: a story about parks.</p></aside>
                <p>The vote was 7 to 2, the clerk said.</p></article>
                <footer><p>Copyright the Times</p></footer></body></html>""";
        Files.writeString(dir.resolve("page.html"), html);
        Article a = load(dir.resolve("page.html")).articles().get(0);
        assertEquals("Council passes budget", a.title());
        assertEquals("Springfield Times", a.outlet());
        assertEquals("Ann Lee", a.author());
        assertEquals(LocalDate.of(2023, 4, 20), a.published());
        assertEquals("Council passes budget\n\nThe council approved the budget on Tuesday.\n\nThe vote was 7 to 2, the clerk said.", a.text());
    }

    @Test
    void malformedHtmlStillYieldsItsText() throws IOException {
        Files.writeString(dir.resolve("broken.htm"), "<html><body><div><p>The council approved the budget.<p>The vote was close.<div></b></i>");
        Article a = load(dir.resolve("broken.htm")).articles().get(0);
        assertTrue(a.text().contains("The vote was close."), a.text());
    }

    @Test
    void readsPdfTextJoiningWrappedLines() throws IOException {
        Path pdf = dir.resolve("story.pdf");
        writePdf(pdf, List.of("The council approved the budget on", "Tuesday after a long debate.", "", "The vote was 7 to 2."), null);
        Article a = load(pdf).articles().get(0);
        assertEquals("pdf", a.format());
        assertTrue(a.text().contains("The council approved the budget on Tuesday after a long debate."), a.text());
    }

    @Test
    void encryptedPdfIsNamedWithTheReason() throws IOException {
        Path pdf = dir.resolve("locked.pdf");
        writePdf(pdf, List.of("Secret text."), "hunter2");
        InputProblem p = load(pdf).problems().get(0);
        assertEquals("the PDF is encrypted with a password", p.reason());
    }

    @Test
    void imageOnlyPdfIsNamedWithTheReason() throws IOException {
        Path pdf = dir.resolve("scan.pdf");
        writePdf(pdf, List.of(), null);
        assertTrue(load(pdf).problems().get(0).reason().contains("no text layer"));
    }

    @Test
    void corpusJsonSetsOutletAndDate() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The council approved the budget on Tuesday.\n");
        Files.writeString(dir.resolve("corpus.json"), """
                {"articles": [{"file": "a.txt", "outlet": "Springfield Times", "published": "2023-04-20", "url": "https://example.org/a"}]}""");
        Article a = load(dir).articles().get(0);
        assertEquals("Springfield Times", a.outlet());
        assertEquals(LocalDate.of(2023, 4, 20), a.published());
        assertEquals("https://example.org/a", a.url());
    }

    @Test
    void subfoldersOnlyWhenRecursive() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.txt"), "The council approved the budget.\n");
        Files.writeString(dir.resolve("sub/b.txt"), "The mayor signed the budget.\n");
        assertEquals(1, load(dir).articles().size());
        assertEquals(2, loader.load(List.of(dir), true, ProgressListener.NONE).articles().size());
    }

    @Test
    void badInputsAreNamedAndTheRestOfTheBatchGoesOn() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "The council approved the budget on Tuesday.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.write(dir.resolve("legacy.txt"), "The council approved the budget – unanimously, said the clerk, René Müller.".getBytes(Charset.forName("windows-1252")));
        Path sheet = dir.resolve("memo.xlsx");
        Files.writeString(sheet, "x");
        IngestResult r = load(dir, sheet, dir.resolve("missing.txt"));
        assertEquals(List.of("good.txt", "legacy.txt"), r.articles().stream().map(Article::fileName).toList());
        assertTrue(r.articles().get(1).notes().get(0).contains("guessed"));
        assertEquals(4, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.path().endsWith("empty.txt") && p.reason().equals("empty file")));
        assertTrue(r.problems().stream().anyMatch(p -> p.path().endsWith("image.txt") && p.reason().contains("PNG")));
        assertTrue(r.problems().stream().anyMatch(p -> p.path().endsWith("memo.xlsx") && p.reason().startsWith("unsupported file type .xlsx")));
        assertTrue(r.problems().stream().anyMatch(p -> p.path().endsWith("missing.txt") && p.reason().equals("no such file or folder")));
    }

    @Test
    void oversizeFileIsRefusedWithTheLimit() throws IOException {
        Files.writeString(dir.resolve("big.txt"), "word ".repeat(400));
        ArticleLoader small = new ArticleLoader(new IngestLimits(1000, 10), Cleaner.standard());
        InputProblem p = small.load(List.of(dir), false, ProgressListener.NONE).problems().get(0);
        assertTrue(p.reason().contains("over the"), p.reason());
    }

    @Test
    void unreadableFileIsNamed() throws IOException {
        Path f = dir.resolve("secret.txt");
        Files.writeString(f, "The council approved the budget.\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(f), "running as root: every file is readable");
        assertEquals("permission denied", load(f).problems().get(0).reason());
    }

    @Test
    void symlinkLoopIsReportedNotFollowedForever() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.txt"), "The council approved the budget.\n");
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        IngestResult r = loader.load(List.of(dir), true, ProgressListener.NONE);
        assertEquals(1, r.articles().size());
        assertTrue(r.problems().stream().anyMatch(p -> p.reason().contains("loops")), r.problems().toString());
    }

    static void writePdf(Path file, List<String> lines, String password) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (!lines.isEmpty()) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.setLeading(14);
                    cs.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        if (line.isEmpty()) {
                            cs.newLineAtOffset(0, -28);
                        } else {
                            cs.showText(line);
                            cs.newLine();
                        }
                    }
                    cs.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
