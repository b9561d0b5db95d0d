package dev.httpcodes.logs.filter;

import dev.httpcodes.logs.formats.LogRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which records are counted ({@code --status}, {@code --since}, {@code --until}, {@code --path}, {@code --host},
 * {@code --producer}); a record passes when it passes every condition given. Checking a record reads its fields in
 * place and allocates nothing. Records left out are counted apart, so the report can say how many.
 */
public final class RecordFilter {
    /** Counts every record. */
    public static final RecordFilter NONE = new RecordFilter(null, Set.of(), LogRecord.NO_TIME, LogRecord.NO_TIME,
            null, null, LogRecord.PRODUCER_UNKNOWN, List.of());

    /** Per status, whether any of its records pass (a class or a plain code); null when no status was asked for. */
    private final boolean[] statuses;
    /** status × 1000 + sub-status asked for ("403.14"). */
    private final Set<Integer> substatuses;
    private final long since;
    private final long until;
    private final byte[] pathPrefix;
    private final byte[] host;
    private final byte producer;
    private final List<String> description;

    private RecordFilter(boolean[] statuses, Set<Integer> substatuses, long since, long until, byte[] pathPrefix,
            byte[] host, byte producer, List<String> description) {
        this.statuses = statuses;
        this.substatuses = substatuses;
        this.since = since;
        this.until = until;
        this.pathPrefix = pathPrefix;
        this.host = host;
        this.producer = producer;
        this.description = description;
    }

    /**
     * The filter of the options given (each may be empty).
     *
     * @param now epoch seconds that durations ({@code 2h}) count back from
     * @throws IllegalArgumentException with a message for the user, naming the option and the bad value
     */
    public static RecordFilter of(Optional<String> status, Optional<String> since, Optional<String> until,
            Optional<String> pathPrefix, Optional<String> host, Optional<String> producer, long now) {
        List<String> description = new ArrayList<>();
        boolean[] statuses = null;
        Set<Integer> substatuses = new HashSet<>();
        if (status.isPresent()) {
            statuses = new boolean[1000];
            StatusSelection.parse(status.get(), statuses, substatuses);
            description.add("--status " + status.get());
        }
        long from = since.map(s -> TimeBound.parse("--since", s, now)).orElse(LogRecord.NO_TIME);
        long to = until.map(s -> TimeBound.parse("--until", s, now)).orElse(LogRecord.NO_TIME);
        if (from != LogRecord.NO_TIME && to != LogRecord.NO_TIME && from >= to) {
            throw new IllegalArgumentException("--since " + since.get() + " is not before --until " + until.get());
        }
        since.ifPresent(s -> description.add("--since " + s));
        until.ifPresent(s -> description.add("--until " + s));
        byte[] prefix = null;
        if (pathPrefix.isPresent()) {
            if (pathPrefix.get().isEmpty()) {
                throw new IllegalArgumentException("--path needs a path prefix such as /api/");
            }
            prefix = pathPrefix.get().getBytes(StandardCharsets.UTF_8);
            description.add("--path " + pathPrefix.get());
        }
        byte[] hostBytes = null;
        if (host.isPresent()) {
            if (host.get().isEmpty()) {
                throw new IllegalArgumentException("--host needs a host name such as example.com");
            }
            hostBytes = host.get().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
            description.add("--host " + host.get());
        }
        byte who = LogRecord.PRODUCER_UNKNOWN;
        if (producer.isPresent()) {
            who = switch (producer.get()) {
                case "proxy" -> LogRecord.PRODUCER_PROXY;
                case "upstream" -> LogRecord.PRODUCER_UPSTREAM;
                default -> throw new IllegalArgumentException("--producer must be proxy or upstream, not \""
                        + producer.get() + "\"");
            };
            description.add("--producer " + producer.get());
        }
        if (description.isEmpty()) {
            return NONE;
        }
        return new RecordFilter(statuses, Set.copyOf(substatuses), from, to, prefix, hostBytes, who,
                List.copyOf(description));
    }

    /** Whether a status was asked for: then every status counted gets its top paths, clients and the rest. */
    public boolean selectsStatuses() {
        return statuses != null;
    }

    public boolean isNone() {
        return description.isEmpty();
    }

    /** The options as given, for the report ("--status 5xx --since 2h"). */
    public String describe() {
        return String.join(" ", description);
    }

    public boolean accepts(LogRecord r) {
        if (statuses != null) {
            int s = r.status;
            boolean ok = s >= 0 && s < 1000 && statuses[s]
                    || r.substatus >= 0 && substatuses.contains(s * 1000 + r.substatus);
            if (!ok) {
                return false;
            }
        }
        if (since != LogRecord.NO_TIME && (r.epochSecond == LogRecord.NO_TIME || r.epochSecond < since)) {
            return false;
        }
        if (until != LogRecord.NO_TIME && (r.epochSecond == LogRecord.NO_TIME || r.epochSecond >= until)) {
            return false;
        }
        if (pathPrefix != null && !startsWith(r.pathBytes, r.pathStart, r.pathEnd, pathPrefix)) {
            return false;
        }
        if (host != null && !sameHost(r.hostBytes, r.hostStart, r.hostEnd)) {
            return false;
        }
        return producer == LogRecord.PRODUCER_UNKNOWN || r.producer == producer;
    }

    private static boolean startsWith(byte[] b, int start, int end, byte[] prefix) {
        if (end - start < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Host names compare without case, and a {@code :port} in the log's value is ignored. */
    private boolean sameHost(byte[] b, int start, int end) {
        int length = end - start;
        if (length < host.length || length > host.length && b[start + host.length] != ':') {
            return false;
        }
        for (int i = 0; i < host.length; i++) {
            int c = b[start + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != host[i]) {
                return false;
            }
        }
        return true;
    }
}
