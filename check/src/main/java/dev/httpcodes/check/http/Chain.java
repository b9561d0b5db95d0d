package dev.httpcodes.check.http;

import java.util.List;
import java.util.Optional;

/**
 * The hops of one fetch, or of one offline input, in order.
 *
 * @param hops         the hops that got a response
 * @param limitReached true when following stopped at {@code --max-redirects} with a redirect still pending
 * @param failure      why the chain ended without a response, if it did
 */
public record Chain(List<Hop> hops, boolean limitReached, int redirectLimit, Optional<NetworkFailure> failure) {
    public Chain {
        hops = List.copyOf(hops);
    }
}
