package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Recognizes common binary formats by their leading bytes, to name them in an error. */
final class BinarySignatures {
    private static final Map<String, byte[]> SIGNATURES = new LinkedHashMap<>();

    static {
        SIGNATURES.put("PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        SIGNATURES.put("JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        SIGNATURES.put("GIF image", "GIF8".getBytes(StandardCharsets.US_ASCII));
        SIGNATURES.put("ZIP archive or Office document", new byte[] {'P', 'K', 3, 4});
        SIGNATURES.put("gzip archive", new byte[] {0x1F, (byte) 0x8B});
        SIGNATURES.put("PDF document; give it a .pdf name", "%PDF".getBytes(StandardCharsets.US_ASCII));
        SIGNATURES.put("executable", new byte[] {0x7F, 'E', 'L', 'F'});
    }

    private BinarySignatures() {
    }

    static Optional<String> describe(byte[] bytes) {
        for (Map.Entry<String, byte[]> e : SIGNATURES.entrySet()) {
            byte[] sig = e.getValue();
            if (bytes.length >= sig.length && java.util.Arrays.equals(bytes, 0, sig.length, sig, 0, sig.length)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
