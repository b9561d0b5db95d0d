package dev.httpcodes.core.search;

/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition), cut off early past a bound. */
final class EditDistance {
    private EditDistance() {
    }

    /** The distance between a and b, or {@code max + 1} as soon as it is known to exceed {@code max}. */
    static int within(CharSequence a, CharSequence b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] previous2 = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, previous2[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = previous2;
            previous2 = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], max + 1);
    }

    /** How many typos a word of this length may carry and still match. */
    static int allowedTypos(int length) {
        return length < 4 ? 0 : length < 8 ? 1 : 2;
    }
}
