package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text file into text: honours a byte-order mark, refuses binary data with a
 * reason, reads valid UTF-8 as UTF-8, and otherwise asks a charset detector, saying it guessed.
 */
public final class TextDecoder {

    /** Decoded text, the charset used, and a note for the user when the charset was guessed (else null). */
    public record Decoded(String text, Charset charset, String note) {
    }

    private static final double MAX_CONTROL_CHAR_SHARE = 0.01;

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("empty file");
        }
        Optional<Decoded> withBom = decodeByBom(bytes);
        if (withBom.isPresent()) {
            return checked(withBom.get());
        }
        Optional<String> magic = BinarySignatures.describe(bytes);
        if (magic.isPresent()) {
            throw new UnreadableInputException("not a text file (" + magic.get() + ")");
        }
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return checked(new Decoded(new String(bytes, utf16.get()), utf16.get(),
                    "no byte-order mark; read as " + utf16.get().name()));
        }
        if (containsNul(bytes)) {
            throw new UnreadableInputException("not a text file (binary data)");
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            return checked(new Decoded(utf8.get(), StandardCharsets.UTF_8, null));
        }
        Charset guessed = detectCharset(bytes);
        return checked(new Decoded(new String(bytes, guessed), guessed,
                "encoding not declared and not UTF-8; guessed " + guessed.name()));
    }

    /** Decodes with a charset the file declares itself (an HTML meta tag), falling back to {@link #decode}. */
    public static Decoded decode(byte[] bytes, String declaredCharset) throws UnreadableInputException {
        if (declaredCharset != null && decodeByBom(bytes).isEmpty()) {
            try {
                Charset charset = Charset.forName(declaredCharset);
                // A page saved by a browser is stored as UTF-8 but keeps its original declaration;
                // legacy-encoded text with non-ASCII characters is almost never valid UTF-8.
                Optional<String> utf8 = charset.equals(StandardCharsets.UTF_8) || isAscii(bytes)
                        ? Optional.empty() : strictUtf8(bytes);
                if (utf8.isPresent()) {
                    return checked(new Decoded(utf8.get(), StandardCharsets.UTF_8,
                            "declared " + charset.name() + " but the bytes are UTF-8; read as UTF-8"));
                }
                return checked(new Decoded(new String(bytes, charset), charset, null));
            } catch (IllegalArgumentException e) {
                // An unknown declared charset is treated as no declaration.
            }
        }
        return decode(bytes);
    }

    private static Optional<Decoded> decodeByBom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00) || startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            Charset utf32 = Charset.forName(b[0] == 0 ? "UTF-32BE" : "UTF-32LE");
            return Optional.of(new Decoded(new String(b, 4, b.length - 4, utf32), utf32, null));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, null));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, null));
        }
        return Optional.empty();
    }

    /** UTF-16 text without a BOM has a zero byte in every other position for Latin script. */
    private static Optional<Charset> utf16WithoutBom(byte[] b) {
        int sample = Math.min(b.length, 4096) & ~1;
        if (sample < 4) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int half = sample / 2;
        if (zeroOdd > half * 0.4 && zeroEven < half * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (zeroEven > half * 0.4 && zeroOdd < half * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> strictUtf8(byte[] b) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Charset detectCharset(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, b.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name != null) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                // fall through to the Western European default
            }
        }
        // Undeclared 8-bit news text is most often Western European.
        return Charset.forName("windows-1252");
    }

    private static Decoded checked(Decoded d) throws UnreadableInputException {
        String text = d.text();
        if (text.isBlank()) {
            throw new UnreadableInputException("empty file (only whitespace)");
        }
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (controls > text.length() * MAX_CONTROL_CHAR_SHARE) {
            throw new UnreadableInputException("not a text file (binary data)");
        }
        return d;
    }

    private static boolean containsNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
