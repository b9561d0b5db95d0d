package dev.httpcodes.server.httpbin.timing;

import java.util.random.RandomGenerator;

/**
 * A list such as {@code 200:0.7,429:0.2,503:0.1} (a choice without a weight weighs 1), read as go-httpbin reads it,
 * and one choice drawn by weight.
 */
final class WeightedChoice {
    /** The reason a list is refused, worded for the client. */
    static final class BadChoice extends Exception {
        private static final long serialVersionUID = 1L;

        BadChoice(String message) {
            super(message);
        }
    }

    private final int[] choices;
    private final double[] weights;
    private final double total;

    private WeightedChoice(int[] choices, double[] weights, double total) {
        this.choices = choices;
        this.weights = weights;
        this.total = total;
    }

    static WeightedChoice parse(String text, int maxChoices, int min, int max) throws BadChoice {
        String[] parts = text.split(",", maxChoices + 1);
        if (parts.length > maxChoices) {
            throw new BadChoice("too many choices: at most " + maxChoices);
        }
        int[] choices = new int[parts.length];
        double[] weights = new double[parts.length];
        double total = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int colon = part.indexOf(':');
            String choice = colon < 0 ? part : part.substring(0, colon);
            double weight = 1;
            if (colon >= 0) {
                String raw = part.substring(colon + 1);
                Double parsed = GoNumbers.decimal(raw);
                // A weight must be a finite number of 0 or more for a draw to be possible.
                if (parsed == null || !(parsed >= 0) || parsed.isInfinite()) {
                    throw new BadChoice("invalid weight value: \"" + raw + "\"");
                }
                weight = parsed;
            }
            Long code = GoNumbers.integer(choice);
            if (code == null || code < min || code > max) {
                throw new BadChoice("invalid choice value: \"" + choice + "\"");
            }
            choices[i] = code.intValue();
            weights[i] = weight;
            total += weight;
        }
        if (!(total > 0) || Double.isInfinite(total)) {
            throw new BadChoice("invalid weights: they must add up to more than 0");
        }
        return new WeightedChoice(choices, weights, total);
    }

    int pick(RandomGenerator random) {
        double r = random.nextDouble() * total;
        double sum = 0;
        for (int i = 0; i < choices.length; i++) {
            sum += weights[i];
            if (r < sum) {
                return choices[i];
            }
        }
        // Rounding can leave r at the very top: the last choice with weight takes it.
        for (int i = choices.length - 1; i > 0; i--) {
            if (weights[i] > 0) {
                return choices[i];
            }
        }
        return choices[0];
    }
}
