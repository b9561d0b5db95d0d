package dev.httpcodes.spring;

import dev.httpcodes.core.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClientResponseException;

/**
 * A {@link ResponseErrorHandler} for {@code RestClient} and {@code RestTemplate} that understands every code:
 * 499, 520–530, 460 and the rest no longer end in Spring's {@code UnknownHttpStatusCodeException}, and the
 * exception's message names the code, its phrase and its vendor ({@code 522 Connection Timed Out (Cloudflare)}).
 *
 * <p>The exceptions are Spring's own {@link HttpClientErrorException} (4xx) and {@link HttpServerErrorException}
 * (5xx, and 600–999, which RFC 9110 §15 says to treat as server errors), so existing {@code catch} blocks keep
 * working; {@link HttpcodesStatus#from} turns their {@code getStatusCode()} back into the entry. Only the first 64 KiB of an error body
 * are kept.
 *
 * <pre>{@code
 * RestClient client = RestClient.builder().defaultStatusHandler(new NamedStatusErrorHandler()).build();
 * }</pre>
 */
public class NamedStatusErrorHandler implements ResponseErrorHandler {
    /** Error bodies are kept up to this size, so a huge error page cannot fill the heap. */
    static final int MAX_BODY = 64 * 1024;

    private final Registry registry;

    /** A handler that uses the bundled knowledge base. */
    public NamedStatusErrorHandler() {
        this(Registry.standard());
    }

    public NamedStatusErrorHandler(Registry registry) {
        this.registry = registry;
    }

    @Override
    public boolean hasError(ClientHttpResponse response) throws IOException {
        return response.getStatusCode().value() >= 400;
    }

    @Override
    public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
        throw exception(url, method, response);
    }

    /** The exception {@link #handleError} throws, for callers that want to wrap or log it themselves. */
    public RestClientResponseException exception(URI url, HttpMethod method, ClientHttpResponse response)
            throws IOException {
        HttpcodesStatus status = HttpcodesStatus.of(response.getStatusCode().value(), registry);
        HttpHeaders headers = response.getHeaders();
        byte[] body = readCapped(response);
        MediaType type = headers.getContentType();
        Charset charset = type == null ? null : type.getCharset();
        String message = StatusMessages.message(status, method == null ? null : method.name(), url, body, charset);
        String phrase = status.reasonPhrase();
        if (status.is4xxClientError()) {
            return new HttpClientErrorException(message, status.toHttpStatusCode(), phrase, headers, body, charset);
        }
        return new HttpServerErrorException(message, status.toHttpStatusCode(), phrase, headers, body, charset);
    }

    private static byte[] readCapped(ClientHttpResponse response) throws IOException {
        try (InputStream in = response.getBody()) {
            return in.readNBytes(MAX_BODY);
        }
    }
}
