package dev.httpcodes.check.lint;

import dev.httpcodes.check.fetch.Fetcher;
import dev.httpcodes.check.http.Chain;
import dev.httpcodes.check.http.Hop;
import dev.httpcodes.check.http.Response;
import dev.httpcodes.core.Registry;
import java.net.URI;
import java.util.Optional;

/**
 * What a check sees: the response under test (the final one, or an interim one), its hop, the whole chain around
 * it and the registry.
 */
public record HopContext(Chain chain, int index, Response response, boolean interim, Registry registry) {
    public Hop hop() {
        return chain.hops().get(index);
    }

    public int status() {
        return response.status();
    }

    public Optional<Hop> next() {
        return index + 1 < chain.hops().size() ? Optional.of(chain.hops().get(index + 1)) : Optional.empty();
    }

    public boolean last() {
        return index == chain.hops().size() - 1;
    }

    /** Where this hop's redirect leads, when it is a followable redirect from a known URL. */
    public Optional<URI> redirectTarget() {
        Optional<URI> base = url();
        return base.isEmpty() ? Optional.empty() : Fetcher.next(hop(), base.get());
    }

    /** The hop's URL, when the source says it and it parses. */
    public Optional<URI> url() {
        String url = hop().url();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
