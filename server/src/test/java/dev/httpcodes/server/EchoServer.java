package dev.httpcodes.server;

import dev.httpcodes.server.httpbin.HttpbinOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

/**
 * A server for the httpbin echo tests, with the body cap and excluded headers go-httpbin's own suite configures
 * (1024 bytes; {@code x-ignore-*} and {@code x-info-this-key}), and an HTTP/1.1 client that sends bodies.
 */
final class EchoServer implements BeforeAllCallback, AfterAllCallback {
    static final int MAX_BODY = 1024;
    private HttpcodesServer server;
    private HttpClient http;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = HttpcodesServer.start(ServerConfig.ephemeral().withHttpbin(HttpbinOptions.defaults()
                .withMaxBodySize(MAX_BODY).withExcludeHeaders(List.of("x-ignore-*", " x-info-this-key "))));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    int port() {
        return server.port();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> send(String method, String path, String... headers) {
        return send(method, path, HttpRequest.BodyPublishers.noBody(), headers);
    }

    HttpResponse<String> send(String method, String path, byte[] body, String... headers) {
        return send(method, path, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10))
                .method(method, body);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString()).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(method + " " + path + ": no response within 15 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return Client.JSON.readTree(response.body());
    }
}
