package dev.httpcodes.server.pages;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a not-found input says about itself when it reads as a code: a number with no entry in a class that exists
 * ({@code 299}), a sub-status or meaning its code does not have ({@code 404.99}), or a number no status code can be
 * ({@code 999999}); and the real codes nearest to it.
 *
 * @param parent  the code whose sub-status or meaning was asked for, when that code is known
 * @param nearest the entries to offer instead, in code order; empty for input that is not code-like
 */
record UnknownCode(Kind kind, String input, Optional<StatusClass> statusClass, Optional<Entry> parent,
        List<Entry> nearest) {
    /** How many codes of a big class to offer: the nearest by number. */
    static final int MAX_NEAREST = 12;
    private static final Pattern CODE_LIKE = Pattern.compile("^([0-9]{1,12})(?:[.\\-]([0-9]{1,6}|[a-z][a-z0-9-]{0,30}))?$");

    enum Kind {
        /** Not shaped like a code: a word or a path. */
        NOT_A_CODE,
        /** Digits, but not a three-digit number from 100 to 599. */
        OUT_OF_RANGE,
        /** A number in a real class that no entry uses. */
        UNASSIGNED,
        /** A known code with a sub-status or meaning the knowledge base does not have. */
        UNKNOWN_MEANING
    }

    static UnknownCode of(Registry registry, String input) {
        Matcher m = CODE_LIKE.matcher(input);
        if (!m.matches()) {
            return new UnknownCode(Kind.NOT_A_CODE, input, Optional.empty(), Optional.empty(), List.of());
        }
        String digits = m.group(1);
        int number = digits.length() == 3 ? Integer.parseInt(digits) : -1;
        StatusClass c = number < 0 ? StatusClass.INVALID : StatusClass.of(number);
        if (c == StatusClass.INVALID) {
            return new UnknownCode(Kind.OUT_OF_RANGE, input, Optional.empty(), Optional.empty(), List.of());
        }
        List<Entry> meanings = registry.find(number);
        if (m.group(2) != null && !meanings.isEmpty()) {
            List<Entry> family = new ArrayList<>(meanings);
            family.addAll(registry.subStatuses(number));
            return new UnknownCode(Kind.UNKNOWN_MEANING, input, Optional.of(c), Optional.of(meanings.get(0)),
                    List.copyOf(family));
        }
        return new UnknownCode(Kind.UNASSIGNED, input, Optional.of(c), Optional.empty(), nearest(registry, c, number));
    }

    /** The class's codes without sub-status: all of a small class, else the ones numerically nearest. */
    private static List<Entry> nearest(Registry registry, StatusClass c, int number) {
        List<Entry> inClass = registry.entries().stream()
                .filter(e -> e.statusClass() == c && !e.code().hasSubcode()).toList();
        if (inClass.size() <= MAX_NEAREST) {
            return inClass;
        }
        return inClass.stream()
                .sorted(Comparator.comparingInt((Entry e) -> Math.abs(e.code().code() - number))
                        .thenComparingInt(e -> e.code().code()))
                .limit(MAX_NEAREST)
                .sorted(Comparator.comparing(Entry::code))
                .toList();
    }

    /** Whether the class is listed in full, so the page can say "the codes of 2xx" rather than "the nearest". */
    boolean wholeClass(Registry registry) {
        return statusClass.map(c -> registry.entries().stream()
                .filter(e -> e.statusClass() == c && !e.code().hasSubcode()).count() <= MAX_NEAREST).orElse(false);
    }
}
