package dev.httpcodes.logs.stats;

import dev.httpcodes.core.Registry;
import dev.httpcodes.logs.formats.LogRecord;
import dev.httpcodes.logs.latency.Latencies;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one worker has counted; workers' stats are merged at the end. Memory is bounded whatever the input: fixed
 * arrays for codes, a capped table of IIS sub-statuses and of error details, {@link TopCounter}s for paths, clients
 * and agents, and one small array per minute of log time. Counting a line allocates nothing once the tables have
 * grown.
 */
public final class LogStats implements Serializable {
    /**
     * Java serialization lets a distributed run (the Spark job) ship a partition's counts to where they are merged;
     * the fields are declared as interfaces but always hold serializable JDK collections.
     */
    private static final long serialVersionUID = 1L;
    public static final int MAX_MALFORMED_SAMPLES = 5;
    static final int SAMPLE_BYTES = 300;
    /** Minutes kept per minute; past this many distinct minutes (about 2 years) lines count without a bucket. */
    static final int MAX_MINUTES = 1_000_000;
    /** Distinct "403.14"-style keys kept; a log with more counts the rest under the plain code. */
    static final int MAX_SUBSTATUS_KEYS = 4096;
    /**
     * Error codes (with their sub-status) whose paths, clients and agents are kept; a log with more distinct error
     * codes counts the rest without details. With {@link TopCounter}'s bounds this caps details at about 25 MB.
     */
    static final int MAX_DETAILED = 32;
    /**
     * Codes whose bursts the patterns look for (the knowledge base's pattern {@code bursts}); their per-minute counts
     * follow the first three in a bucket.
     */
    public static final int[] BURST_CODES = Registry.standard().patternCodes("bursts").stream()
            .mapToInt(Integer::parseInt).toArray();
    /** Per code, its place in {@link #BURST_CODES}, or -1: one array read per line instead of a search. */
    private static final int[] BURST_INDEX = burstIndex();
    private static final byte[] DASH = {'-'};

    private static int[] burstIndex() {
        int[] index = new int[1000];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < BURST_CODES.length; i++) {
            index[BURST_CODES[i]] = i;
        }
        return index;
    }

    /** Per error code: where it happens, for whom, and how many bytes it sent. */
    public static final class ErrorDetail implements Serializable {
        private static final long serialVersionUID = 1L;
        public final TopCounter paths = new TopCounter();
        public final TopCounter clients = new TopCounter();
        public final TopCounter agents = new TopCounter();
        public final TopCounter hosts = new TopCounter();
        public final TopCounter upstreams = new TopCounter();
        /** The format's reason tokens (ALB error_reason, proxy flags); lines without one are not counted here. */
        public final TopCounter reasons = new TopCounter();
        public long bytes;

        void merge(ErrorDetail o) {
            paths.merge(o.paths);
            hosts.merge(o.hosts);
            upstreams.merge(o.upstreams);
            reasons.merge(o.reasons);
            clients.merge(o.clients);
            agents.merge(o.agents);
            bytes = plus(bytes, o.bytes);
        }
    }

    public long lines;
    /** Valid records without a status ({@link LogRecord#NO_STATUS}): in {@link #lines}, never under a code. */
    public long noStatus;
    public long malformed;
    /** Valid records the filter left out (not in {@link #lines}). */
    public long filtered;
    /** Whether every status counted gets its details (a status was selected), not only the errors. */
    public final boolean detailAll;
    public long bytes;
    @SuppressWarnings("serial") // a HashMap or ArrayList
    private final List<Malformed> samples = new ArrayList<>();
    private final long[] byCode = new long[1000];
    /** Per status, the records the proxy made and those passed through from the upstream (sub-statuses folded). */
    private final long[] byProxy = new long[1000];
    private final long[] byUpstream = new long[1000];
    /** Sent status × 1000 + the upstream's own status → count, only where the two differ. */
    @SuppressWarnings("serial") // a HashMap or ArrayList
    private final Map<Integer, long[]> upstreamDiffers = new HashMap<>();
    /** status × 1000 + sub-status → count. */
    @SuppressWarnings("serial") // a HashMap or ArrayList
    private final Map<Integer, long[]> bySubstatus = new HashMap<>();
    private final ErrorDetail[] codeErrors = new ErrorDetail[1000];
    @SuppressWarnings("serial") // a HashMap or ArrayList
    private final Map<Integer, ErrorDetail> substatusErrors = new HashMap<>();
    /** In a minute's counts, where the counts of {@link #BURST_CODES} start. */
    public static final int BURSTS = 6;
    /** Minute (epoch seconds / 60) → {all, 4xx, 5xx, 1xx, 2xx, 3xx, then each of {@link #BURST_CODES}}. */
    @SuppressWarnings("serial") // a HashMap or ArrayList
    public final Map<Long, long[]> minutes = new HashMap<>();
    /** Latency percentiles, from the records that carry a latency. */
    public final Latencies latencies = new Latencies();
    public long firstTime = Long.MAX_VALUE;
    public long lastTime = Long.MIN_VALUE;
    private long lastMinute = Long.MIN_VALUE;
    private long[] lastBucket;
    private int detailed;

    public LogStats() {
        this(false);
    }

    public LogStats(boolean detailAll) {
        this.detailAll = detailAll;
    }

    /** Sums of byte counts saturate instead of wrapping. */
    static long plus(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    public void add(LogRecord r) {
        lines++;
        bytes = plus(bytes, r.bytes);
        int status = r.status;
        if (r.latencyMicros >= 0) {
            latencies.add(r);
        }
        if (status == LogRecord.NO_STATUS) {
            noStatus++;
            time(r.epochSecond, status, -1);
            return;
        }
        if (r.producer == LogRecord.PRODUCER_PROXY) {
            byProxy[status]++;
        } else if (r.producer == LogRecord.PRODUCER_UPSTREAM) {
            byUpstream[status]++;
        }
        int upstream = r.upstreamStatus;
        if (upstream >= 0 && upstream <= 999 && upstream != status) {
            count(upstreamDiffers, status * 1000 + upstream, 1);
        }
        int key = -1;
        if (r.substatus >= 0) {
            key = status * 1000 + r.substatus;
            long[] c = bySubstatus.get(key);
            if (c == null && bySubstatus.size() < MAX_SUBSTATUS_KEYS) {
                c = new long[1];
                bySubstatus.put(key, c);
            }
            if (c != null) {
                c[0]++;
            } else {
                key = -1;
                byCode[status]++;
            }
        } else {
            byCode[status]++;
        }
        time(r.epochSecond, status, key);
        if (status >= 400 || detailAll) {
            ErrorDetail d = detail(key < 0 ? status : key);
            if (d == null) {
                return;
            }
            count(d.paths, r.pathBytes, r.pathStart, r.pathEnd);
            count(d.clients, r.clientBytes, r.clientStart, r.clientEnd);
            count(d.agents, r.agentBytes, r.agentStart, r.agentEnd);
            count(d.hosts, r.hostBytes, r.hostStart, r.hostEnd);
            count(d.upstreams, r.upstreamBytes, r.upstreamStart, r.upstreamEnd);
            if (r.reasonEnd > r.reasonStart) {
                d.reasons.add(r.reasonBytes, r.reasonStart, r.reasonEnd);
            }
            d.bytes = plus(d.bytes, r.bytes);
        }
    }

    private static void count(Map<Integer, long[]> map, int key, long n) {
        long[] c = map.get(key);
        if (c == null && map.size() < MAX_SUBSTATUS_KEYS) {
            c = new long[1];
            map.put(key, c);
        }
        if (c != null) {
            c[0] += n;
        }
    }

    /** Counts a record in its minute (status {@link LogRecord#NO_STATUS}: in the total only). */
    private void time(long t, int status, int key) {
        if (t != LogRecord.NO_TIME) {
            if (t < firstTime) {
                firstTime = t;
            }
            if (t > lastTime) {
                lastTime = t;
            }
            long minute = Math.floorDiv(t, 60);
            if (minute != lastMinute) {
                lastBucket = minutes.get(minute);
                if (lastBucket == null && minutes.size() < MAX_MINUTES) {
                    lastBucket = new long[BURSTS + BURST_CODES.length];
                    minutes.put(minute, lastBucket);
                }
                lastMinute = minute;
            }
            if (lastBucket != null) {
                lastBucket[0]++;
                if (status >= 500 && status < 600) {
                    lastBucket[2]++;
                    int burst = BURST_INDEX[status];
                    if (burst >= 0 && key < 0) {
                        lastBucket[BURSTS + burst]++;
                    }
                } else if (status >= 400 && status < 500) {
                    lastBucket[1]++;
                } else if (status >= 100 && status < 400) {
                    lastBucket[status / 100 + 2]++;
                }
            }
        }
    }

    /** The details of an error key (a code, or code × 1000 + sub-status), made when under the cap. */
    private ErrorDetail detail(int key) {
        ErrorDetail d = key < 1000 ? codeErrors[key] : substatusErrors.get(key);
        if (d == null && detailed < MAX_DETAILED) {
            d = new ErrorDetail();
            detailed++;
            if (key < 1000) {
                codeErrors[key] = d;
            } else {
                substatusErrors.put(key, d);
            }
        }
        return d;
    }

    private static void count(TopCounter counter, byte[] b, int start, int end) {
        if (end > start) {
            counter.add(b, start, end);
        } else {
            counter.add(DASH, 0, 1);
        }
    }

    /** Counts a malformed line and keeps it as a sample if it is among the first ones in file order. */
    public void malformed(byte[] b, int start, int end, int input, long segment, long line, boolean tooLong) {
        malformed++;
        if (samples.size() == MAX_MALFORMED_SAMPLES) {
            Malformed last = samples.get(samples.size() - 1);
            if (Malformed.FILE_ORDER.compare(last, new Malformed(input, segment, line, "", false)) < 0) {
                return;
            }
        }
        int length = Math.min(end - start, SAMPLE_BYTES);
        // Cut at a character boundary: a UTF-8 sequence split by the cut would decode as U+FFFD.
        while (length < end - start && length > 0 && (b[start + length] & 0xC0) == 0x80) {
            length--;
        }
        keep(new Malformed(input, segment, line, new String(b, start, length, StandardCharsets.UTF_8), tooLong));
    }

    private void keep(Malformed m) {
        int at = Collections.binarySearch(samples, m, Malformed.FILE_ORDER);
        samples.add(at < 0 ? -at - 1 : at, m);
        if (samples.size() > MAX_MALFORMED_SAMPLES) {
            samples.remove(samples.size() - 1);
        }
    }

    /** The samples, first in file order first. */
    public List<Malformed> samples() {
        return List.copyOf(samples);
    }

    /** Replaces the samples (with their line numbers made absolute). */
    public void samples(List<Malformed> resolved) {
        samples.clear();
        resolved.forEach(this::keep);
    }

    public void merge(LogStats o) {
        lines += o.lines;
        noStatus += o.noStatus;
        latencies.merge(o.latencies);
        malformed += o.malformed;
        filtered += o.filtered;
        bytes = plus(bytes, o.bytes);
        o.samples.forEach(this::keep);
        for (int i = 0; i < byCode.length; i++) {
            byCode[i] += o.byCode[i];
            byProxy[i] += o.byProxy[i];
            byUpstream[i] += o.byUpstream[i];
            if (o.codeErrors[i] != null) {
                mergeDetail(i, o.codeErrors[i]);
            }
        }
        o.bySubstatus.forEach((k, v) -> {
            long[] mine = bySubstatus.get(k);
            if (mine != null) {
                mine[0] += v[0];
            } else if (bySubstatus.size() < MAX_SUBSTATUS_KEYS) {
                bySubstatus.put(k, v.clone());
            } else {
                byCode[k / 1000] += v[0];
            }
        });
        o.upstreamDiffers.forEach((k, v) -> count(upstreamDiffers, k, v[0]));
        o.substatusErrors.forEach((k, v) -> mergeDetail(bySubstatus.containsKey(k) ? k : k / 1000, v));
        o.minutes.forEach((k, v) -> {
            long[] mine = minutes.get(k);
            if (mine == null) {
                if (minutes.size() < MAX_MINUTES) {
                    minutes.put(k, v.clone());
                }
            } else {
                for (int i = 0; i < mine.length; i++) {
                    mine[i] += v[i];
                }
            }
        });
        firstTime = Math.min(firstTime, o.firstTime);
        lastTime = Math.max(lastTime, o.lastTime);
    }

    private void mergeDetail(int key, ErrorDetail other) {
        ErrorDetail d = detail(key);
        if (d != null) {
            d.merge(other);
        }
    }

    /** Every code seen ("404", "403.14") with its count, ordered by code. */
    public Map<String, Long> statusCounts() {
        TreeMap<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < byCode.length; i++) {
            if (byCode[i] > 0) {
                counts.put(code(i), byCode[i]);
            }
        }
        bySubstatus.forEach((k, v) -> counts.put(code(k / 1000) + "." + k % 1000, v[0]));
        return counts;
    }

    /** Per status with evidence of its producer: {made by the proxy, passed through from the upstream}. */
    public Map<String, long[]> producedBy() {
        TreeMap<String, long[]> counts = new TreeMap<>();
        for (int i = 0; i < byProxy.length; i++) {
            if (byProxy[i] + byUpstream[i] > 0) {
                counts.put(code(i), new long[] {byProxy[i], byUpstream[i]});
            }
        }
        return counts;
    }

    /** Per status sent, the upstream's own statuses where they differ from it (ALB target, CDN origin). */
    public Map<String, Map<String, Long>> upstreamStatuses() {
        TreeMap<String, Map<String, Long>> result = new TreeMap<>();
        upstreamDiffers.forEach((k, v) -> result.computeIfAbsent(code(k / 1000), c -> new TreeMap<>())
                .put(code(k % 1000), v[0]));
        return result;
    }

    /** The details of an error code ("404", "403.14"), if it was seen. */
    public ErrorDetail errors(String code) {
        int dot = code.indexOf('.');
        int status = Integer.parseInt(dot < 0 ? code : code.substring(0, dot));
        return dot < 0 ? codeErrors[status] : substatusErrors.get(status * 1000 + Integer.parseInt(code.substring(dot + 1)));
    }

    private static String code(int status) {
        return status < 10 ? "00" + status : status < 100 ? "0" + status : Integer.toString(status);
    }
}
