package org.parallax.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.parallax.model.Article;

/**
 * Reads the text layer of a PDF, rejoining the lines of each paragraph (and words hyphenated at a
 * line end) so that sentences are whole again.
 */
public final class PdfReader {
    private static final Pattern HYPHEN_AT_LINE_END = Pattern.compile("(\\p{L})-\\n(\\p{Ll})");
    /** Starts only at the first blank of a run, so a huge run of blanks is not rescanned from each one. */
    private static final Pattern TRAILING_SPACES = Pattern.compile("(?<![ \\t])[ \\t]+\\n");
    private static final Pattern LINE_BREAK_IN_PARAGRAPH = Pattern.compile("(?<!\\n)\\n(?!\\n)");

    private PdfReader() {
    }

    public static Article read(String path, byte[] bytes) throws UnreadableInputException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n\n");
            stripper.setSortByPosition(true);
            String raw = stripper.getText(doc).replace("\r", "");
            String text = LINE_BREAK_IN_PARAGRAPH.matcher(HYPHEN_AT_LINE_END.matcher(raw).replaceAll("$1$2"))
                    .replaceAll(" ")
                    .replaceAll("\\n{3,}", "\n\n")
                    .replaceAll(TRAILING_SPACES.pattern(), "\n")
                    .strip();
            if (text.isBlank()) {
                throw new UnreadableInputException("the PDF has no text layer (a scanned image?); run OCR on it first");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            return Article.read(path, "pdf", text).withMetadata(
                    blankToNull(info.getTitle()), null, toDate(info.getCreationDate()), blankToNull(info.getAuthor()), null);
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException("the PDF is encrypted with a password");
        } catch (IOException e) {
            throw new UnreadableInputException("not a readable PDF (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            // PDFBox meets damaged files with runtime exceptions too (casts, bounds, bad numbers).
            throw new UnreadableInputException("not a readable PDF (damaged: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ", " + e.getMessage()) + ")", e);
        }
    }

    private static LocalDate toDate(Calendar c) {
        return c == null ? null : c.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
