package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Add from URL, against a server on the loopback address only. */
class UrlFetcherTest {
    static final String PAGE = "<html><head><title>Bridge to close</title></head><body><article>"
            + "<p>The council voted to close the bridge for six weeks.</p></article></body></html>";

    @TempDir
    Path folder;
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/story", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aPageIsKeptAsAnHtmlFileTheProjectCanReadAgain() throws Exception {
        Path saved = new UrlFetcher(folder).fetch(url("/story"));
        assertTrue(saved.getFileName().toString().endsWith(".html"));
        assertEquals(PAGE, Files.readString(saved));
    }

    @Test
    void errorsNameTheReason() {
        UrlFetcher fetcher = new UrlFetcher(folder);
        assertEquals("the server answered 404", assertThrows(IOException.class, () -> fetcher.fetch(url("/gone"))).getMessage());
        assertEquals("only http:// and https:// addresses can be fetched",
                assertThrows(IOException.class, () -> fetcher.fetch("file:///etc/passwd")).getMessage());
        assertTrue(assertThrows(IOException.class, () -> fetcher.fetch("not a url")).getMessage().contains("is not a web address"));
    }
}
