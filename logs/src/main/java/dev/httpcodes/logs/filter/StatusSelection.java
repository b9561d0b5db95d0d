package dev.httpcodes.logs.filter;

import java.util.Set;

/** Reads {@code --status 5xx,403,499,403.14}: classes, codes and IIS-style sub-statuses. */
final class StatusSelection {
    /** At most this many items, so a hostile argument cannot grow the selection without bound. */
    static final int MAX_ITEMS = 256;

    private StatusSelection() {
    }

    static void parse(String text, boolean[] statuses, Set<Integer> substatuses) {
        String[] items = text.split(",", -1);
        if (items.length > MAX_ITEMS) {
            throw new IllegalArgumentException("--status takes at most " + MAX_ITEMS + " items, not " + items.length);
        }
        for (String raw : items) {
            String item = raw.trim().toLowerCase(java.util.Locale.ROOT);
            if (item.matches("[1-9]xx")) {
                int base = (item.charAt(0) - '0') * 100;
                for (int s = base; s < base + 100; s++) {
                    statuses[s] = true;
                }
            } else if (item.matches("[1-9][0-9]{2}")) {
                statuses[Integer.parseInt(item)] = true;
            } else if (item.matches("[1-9][0-9]{2}[.-][0-9]{1,3}")) {
                substatuses.add(Integer.parseInt(item.substring(0, 3)) * 1000 + Integer.parseInt(item.substring(4)));
            } else {
                throw new IllegalArgumentException("--status: \"" + raw + "\" is not a status class (5xx), a code "
                        + "(404, 100-999) or a code with a sub-status (403.14)");
            }
        }
    }
}
