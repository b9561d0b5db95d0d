package dev.httpcodes.spring;

import dev.httpcodes.core.Registry;
import java.nio.charset.Charset;
import java.util.function.Function;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * The WebClient counterpart of {@link NamedStatusErrorHandler}: turns an error response into a
 * {@link WebClientResponseException} whose message names the code, its phrase and its vendor, and whose
 * {@link HttpcodesStatus#from} turns its {@code getStatusCode()} back into the entry.
 *
 * <pre>{@code
 * WebClient client = WebClient.builder()
 *         .defaultStatusHandler(NamedStatusWebClientHandler.IS_ERROR, new NamedStatusWebClientHandler())
 *         .build();
 * }</pre>
 */
public class NamedStatusWebClientHandler implements Function<ClientResponse, Mono<? extends Throwable>> {
    /** The predicate to register it with: 400–999 (invalid codes count as server errors, RFC 9110 §15). */
    public static final java.util.function.Predicate<HttpStatusCode> IS_ERROR = s -> s.value() >= 400;

    private final Registry registry;

    public NamedStatusWebClientHandler() {
        this(Registry.standard());
    }

    public NamedStatusWebClientHandler(Registry registry) {
        this.registry = registry;
    }

    @Override
    public Mono<? extends Throwable> apply(ClientResponse response) {
        HttpcodesStatus status = HttpcodesStatus.of(response.statusCode().value(), registry);
        MediaType type = response.headers().contentType().orElse(null);
        Charset charset = type == null ? null : type.getCharset();
        return response.bodyToMono(byte[].class)
                .map(body -> body.length > NamedStatusErrorHandler.MAX_BODY
                        ? java.util.Arrays.copyOf(body, NamedStatusErrorHandler.MAX_BODY) : body)
                .defaultIfEmpty(new byte[0])
                .map(body -> new WebClientResponseException(
                        StatusMessages.message(status, response.request().getMethod().name(),
                                response.request().getURI(), body, charset),
                        status.toHttpStatusCode(), status.reasonPhrase(), response.headers().asHttpHeaders(), body, charset,
                        response.request()));
    }
}
