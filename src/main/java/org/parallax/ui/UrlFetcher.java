package org.parallax.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.parallax.report.AtomicFiles;

/**
 * Fetches one article from a web address, only when the user asks (Add from URL), and keeps it as
 * a file so the project can read it again without the network.
 */
public final class UrlFetcher {
    /** Largest page fetched; an article page is far smaller. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Path folder;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    public UrlFetcher(Path folder) {
        this.folder = folder;
    }

    /** Fetches the address; returns the saved file. Messages name the address and the reason. */
    public Path fetch(String address) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new IOException("“" + address + "” is not a web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IOException("only http:// and https:// addresses can be fetched");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Parallax (news comparison; one article on request)").GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new IOException("the server answered " + response.statusCode());
            }
            byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("the page is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            if (bytes.length == 0) {
                throw new IOException("the page is empty");
            }
            String type = response.headers().firstValue("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
            String ext = type.contains("pdf") ? ".pdf" : type.startsWith("text/plain") ? ".txt" : type.contains("markdown") ? ".md" : ".html";
            String name = uri.getHost().replaceAll("[^\\w.-]", "_") + "-"
                    + HexFormat.of().toHexDigits(address.hashCode()) + ext;
            Path target = folder.resolve(name);
            Files.createDirectories(folder);
            AtomicFiles.write(target, out -> out.write(bytes));
            return target;
        }
    }
}
