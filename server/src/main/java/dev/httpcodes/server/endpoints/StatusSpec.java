package dev.httpcodes.server.endpoints;

import dev.httpcodes.core.StatusCode;
import dev.httpcodes.server.api.ApiHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Which status to answer with, as the test endpoints accept it: one code ({@code 503}, {@code 403.14}), a list to
 * pick from uniformly ({@code 200,500,503}), weights ({@code 200:0.9,500:0.1}, httpbin) or ranges
 * ({@code 200,500-504}, httpstat.us). Codes must be 100–999.
 */
public record StatusSpec(List<StatusCode> codes, double[] weights) {
    static final int MAX_CHOICES = 100;
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[0-9]{3}");

    /** Thrown with a message naming the part of the spec that is wrong. */
    static final class BadSpec extends Exception {
        private static final long serialVersionUID = 1L;

        BadSpec(String message) {
            super(message);
        }
    }

    static StatusSpec parse(String text, boolean rangesAllowed) throws BadSpec {
        if (text == null || text.isBlank()) {
            throw new BadSpec("no status code given");
        }
        String[] parts = text.split(",", MAX_CHOICES + 1);
        if (parts.length > MAX_CHOICES) {
            throw new BadSpec("at most " + MAX_CHOICES + " choices");
        }
        List<StatusCode> codes = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        boolean weighted = false;
        for (String raw : parts) {
            String part = raw.strip();
            int colon = part.indexOf(':');
            int dash = part.indexOf('-', 1);
            if (colon >= 0) {
                weighted = true;
                codes.add(code(part.substring(0, colon), part));
                weights.add(weight(part.substring(colon + 1), part));
            } else if (dash > 0 && rangesAllowed && part.length() == 7) {
                StatusCode from = code(part.substring(0, dash), part);
                StatusCode to = code(part.substring(dash + 1), part);
                if (to.code() < from.code() || to.code() - from.code() >= MAX_CHOICES) {
                    throw new BadSpec("bad range \"" + part + "\": expected low-high with at most " + MAX_CHOICES
                            + " codes, e.g. 500-504");
                }
                for (int c = from.code(); c <= to.code(); c++) {
                    codes.add(StatusCode.of(c));
                    weights.add(1.0);
                }
            } else {
                if (rangesAllowed && !WHOLE.matcher(part).matches()) {
                    // httpstat.us's /random takes whole codes and ranges only: 200.0 is no code there.
                    throw new BadSpec("bad code \"" + ApiHandlers.truncate(part) + "\": /random takes whole codes "
                            + "100-999 and ranges such as 500-504");
                }
                codes.add(code(part, part));
                weights.add(1.0);
            }
        }
        if (codes.size() > MAX_CHOICES) {
            throw new BadSpec("at most " + MAX_CHOICES + " choices");
        }
        if (weighted && weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new BadSpec("the weights add up to 0");
        }
        return new StatusSpec(List.copyOf(codes), weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static StatusCode code(String text, String part) throws BadSpec {
        Optional<StatusCode> code = StatusCode.tryParse(text.strip());
        if (code.isEmpty() || code.get().code() < 100) {
            throw new BadSpec("bad code \"" + ApiHandlers.truncate(part) + "\": expected 100-999, optionally with an "
                    + "IIS sub-status such as 403.14");
        }
        return code.get();
    }

    private static double weight(String text, String part) throws BadSpec {
        try {
            double w = Double.parseDouble(text.strip());
            if (w >= 0 && Double.isFinite(w)) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadSpec("bad weight in \"" + ApiHandlers.truncate(part) + "\": expected a number of 0 or more");
    }

    /** One code, chosen by weight. */
    StatusCode pick(RandomGenerator random) {
        if (codes.size() == 1) {
            return codes.get(0);
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < codes.size(); i++) {
            r -= weights[i];
            if (r < 0) {
                return codes.get(i);
            }
        }
        return codes.get(codes.size() - 1);
    }
}
