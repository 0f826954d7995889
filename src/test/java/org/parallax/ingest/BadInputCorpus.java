package org.parallax.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The inputs users really have, written into a folder by the tests: good articles in awkward
 * encodings and markup beside files Parallax must refuse with a reason. All text is made up for
 * these tests.
 */
public final class BadInputCorpus {
    /** A made-up English report, long enough for the language check to judge it. */
    public static final String ENGLISH = """
            The city council of Eastbrook approved a new budget on Tuesday after a debate that lasted \
            more than six hours, the council's clerk said.

            The budget sets aside 40 million dollars for the repair of the old river bridge, which has \
            been closed to trucks since the spring. The mayor said the work would start in March and \
            that it should be finished before the end of the year.

            Two members of the council voted against the plan. One of them said that the city could \
            not afford the bridge and the new library at the same time, and that the library should wait.
            """;

    public static final String FRENCH = """
            Le conseil municipal d'Eastbrook a adopté mardi un nouveau budget après un débat de plus de \
            six heures, selon le greffier du conseil.

            Le budget prévoit 40 millions de dollars pour la réparation du vieux pont sur la rivière, \
            qui est fermé aux camions depuis le printemps. Le maire a déclaré que les travaux \
            commenceraient en mars et qu'ils devraient être terminés avant la fin de l'année.

            Deux membres du conseil ont voté contre le projet. L'un d'eux a dit que la ville ne pouvait \
            pas payer le pont et la nouvelle bibliothèque en même temps.
            """;

    /** A text with the characters that differ between Windows-1252, Latin-1 and UTF-8. */
    public static final String WESTERN = ENGLISH.replace("the council's clerk said", "the council’s clerk, René Müller, said")
            .replace("40 million dollars", "€40 million");

    private BadInputCorpus() {
    }

    /** The files that must be read, by name. */
    public static final List<String> GOOD = List.of("broken-page.html", "latin1.txt", "plain.txt", "report.docx",
            "utf16-no-bom.txt", "windows-1252.txt");

    /** Files a folder may hold that are not articles: named as skipped, not failed. */
    public static final List<String> SKIPPED = List.of("photo.png");

    /** Writes every kind of input into the folder; returns the folder. */
    public static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("plain.txt"), ENGLISH);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("image.txt"), pngBytes());
        Files.write(dir.resolve("archive.txt"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'x', 'y', 0, 1, 2});
        Files.write(dir.resolve("utf16-no-bom.txt"), ENGLISH.getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("windows-1252.txt"), WESTERN.getBytes(Charset.forName("windows-1252")));
        Files.write(dir.resolve("latin1.txt"), WESTERN.replace("€", "EUR ").replace("’", "'").getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("broken-page.html"), brokenHtml());
        Files.writeString(dir.resolve("french.txt"), FRENCH);
        writeEncryptedPdf(dir.resolve("locked.pdf"));
        writeImageOnlyPdf(dir.resolve("scan.pdf"));
        writeSparse(dir.resolve("huge.txt"), 50L * 1024 * 1024);
        Files.write(dir.resolve("report.docx"), OfficeFixtures.docxOf(ENGLISH));
        Files.write(dir.resolve("locked.docx"), OfficeFixtures.encryptedDocx());
        Files.write(dir.resolve("cut.odt"), OfficeFixtures.truncated(OfficeFixtures.odt()));
        Files.write(dir.resolve("bomb.docx"), OfficeFixtures.bomb((int) (OfficeReader.MAX_UNPACKED_BYTES >> 20) + 1));
        Files.write(dir.resolve("photo.png"), pngBytes());
        return dir;
    }

    /** Broken tags, a 2 MB inline script and a 1 MB base64 image around a real article. */
    public static String brokenHtml() {
        String script = "var data = \"" + "The mayor approved nothing. ".repeat(75_000) + "\";";
        String image = Base64.getEncoder().encodeToString(new byte[750_000]);
        StringBuilder html = new StringBuilder("<html><head><title>Budget</title><script>").append(script)
                .append("</script></head><body><div class=nav><p>Home | News</div>")
                .append("<article><h1>Eastbrook approves budget</h2>");
        for (String paragraph : ENGLISH.strip().split("\n\n")) {
            html.append("<p>").append(paragraph).append("<b><i></b>");
        }
        html.append("<img src=\"data:image/png;base64,").append(image).append("\">")
                .append("<div><span>unclosed <table><tr><td>cell</article></body>");
        return html.toString();
    }

    static byte[] pngBytes() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    }

    static void writeEncryptedPdf(Path file) throws IOException {
        ArticleLoaderTest.writePdf(file, List.of(ENGLISH.lines().findFirst().orElseThrow().substring(0, 60)), "secret");
    }

    /** A scanned page: one picture, no text layer. */
    static void writeImageOnlyPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            scan.getGraphics().fillRect(20, 20, 160, 10);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 72, 500, 400, 200);
            }
            doc.save(file.toFile());
        }
    }

    /** A file of the given size that costs no disk and no time to write (a sparse file). */
    static void writeSparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }
}
