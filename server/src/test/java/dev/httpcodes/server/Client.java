package dev.httpcodes.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against a real server on a free port. */
final class Client {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http;
    private final String base;

    /** A client as the JDK's default: it asks for an h2c upgrade, which the plain port answers in HTTP/1.1. */
    Client(int port) {
        this(port, HttpClient.Version.HTTP_2);
    }

    Client(int port, HttpClient.Version version) {
        this.http = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
        this.base = "http://127.0.0.1:" + port;
    }

    String base() {
        return base;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = b.build();
        try {
            // The request timeout alone does not end a stalled HTTP/2 exchange (after an h2c 101 the JDK client
            // waits without a deadline; docs/h2c-upgrade-stall.md), so the wait itself is bounded too.
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(15, TimeUnit.SECONDS);
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
        return JSON.readTree(response.body());
    }
}
