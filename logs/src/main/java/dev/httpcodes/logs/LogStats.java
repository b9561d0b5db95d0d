package dev.httpcodes.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one worker has counted; workers' stats are merged at the end. Memory is bounded whatever the input: fixed
 * arrays for codes, {@link TopCounter}s for paths, clients and agents, and one small array per minute of log time.
 */
public final class LogStats {
    static final int MAX_MALFORMED_SAMPLES = 5;
    /** Minutes kept per minute; past this many distinct minutes (about 2 years) time is counted by the hour. */
    static final int MAX_MINUTES = 1_000_000;

    /** Per error code: where it happens, for whom, and how many bytes it sent. */
    static final class ErrorDetail {
        final TopCounter paths = new TopCounter();
        final TopCounter clients = new TopCounter();
        final TopCounter agents = new TopCounter();
        long bytes;

        void merge(ErrorDetail o) {
            paths.merge(o.paths);
            clients.merge(o.clients);
            agents.merge(o.agents);
            bytes += o.bytes;
        }
    }

    /** "404" and friends, made once instead of once per error line. */
    private static final String[] CODE_KEYS = new String[1000];

    static {
        for (int i = 0; i < CODE_KEYS.length; i++) {
            CODE_KEYS[i] = String.format(java.util.Locale.ROOT, "%03d", i);
        }
    }

    long lines;
    long malformed;
    long bytes;
    final List<String> malformedSamples = new ArrayList<>();
    /** Counts by "403.14"-style key; plain codes use an array for speed. */
    final long[] byCode = new long[1000];
    final Map<String, Long> bySubstatus = new HashMap<>();
    final Map<String, ErrorDetail> errors = new HashMap<>();
    /** Codes whose bursts the patterns look for; their per-minute counts follow the first three in a bucket. */
    static final int[] BURST_CODES = {502, 503, 504};
    /** Minute (epoch seconds / 60) → {all, 4xx, 5xx, 502, 503, 504}. */
    final Map<Long, long[]> minutes = new HashMap<>();
    long firstTime = Long.MAX_VALUE;
    long lastTime = Long.MIN_VALUE;
    private long lastMinute = Long.MIN_VALUE;
    private long[] lastBucket;

    void add(LogRecord r) {
        lines++;
        bytes += r.bytes;
        String key = null;
        if (r.substatus >= 0) {
            key = r.status + "." + r.substatus;
            bySubstatus.merge(key, 1L, Long::sum);
        } else {
            byCode[r.status]++;
        }
        boolean error = r.status >= 400;
        if (r.epochSecond != LogRecord.NO_TIME) {
            firstTime = Math.min(firstTime, r.epochSecond);
            lastTime = Math.max(lastTime, r.epochSecond);
            long minute = Math.floorDiv(r.epochSecond, 60);
            if (minute != lastMinute) {
                lastBucket = minutes.get(minute);
                if (lastBucket == null && minutes.size() < MAX_MINUTES) {
                    lastBucket = new long[3 + BURST_CODES.length];
                    minutes.put(minute, lastBucket);
                }
                lastMinute = minute;
            }
            if (lastBucket != null) {
                lastBucket[0]++;
                if (r.status >= 500 && r.status < 600) {
                    lastBucket[2]++;
                    for (int i = 0; i < BURST_CODES.length; i++) {
                        if (r.status == BURST_CODES[i] && r.substatus < 0) {
                            lastBucket[3 + i]++;
                        }
                    }
                } else if (r.status >= 400 && r.status < 500) {
                    lastBucket[1]++;
                }
            }
        }
        if (error) {
            if (key == null) {
                key = CODE_KEYS[r.status];
            }
            ErrorDetail d = errors.computeIfAbsent(key, k -> new ErrorDetail());
            d.paths.add(r.path());
            d.clients.add(r.client());
            d.agents.add(r.agent());
            d.bytes += r.bytes;
        }
    }

    void malformed(byte[] b, int start, int end) {
        malformed++;
        if (malformedSamples.size() < MAX_MALFORMED_SAMPLES) {
            String line = new String(b, start, Math.min(end - start, 300), java.nio.charset.StandardCharsets.UTF_8);
            malformedSamples.add(line);
        }
    }

    void merge(LogStats o) {
        lines += o.lines;
        malformed += o.malformed;
        bytes += o.bytes;
        for (String s : o.malformedSamples) {
            if (malformedSamples.size() < MAX_MALFORMED_SAMPLES) {
                malformedSamples.add(s);
            }
        }
        for (int i = 0; i < byCode.length; i++) {
            byCode[i] += o.byCode[i];
        }
        o.bySubstatus.forEach((k, v) -> bySubstatus.merge(k, v, Long::sum));
        o.errors.forEach((k, v) -> errors.computeIfAbsent(k, x -> new ErrorDetail()).merge(v));
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

    /** Every code seen ("404", "403.14") with its count, ordered by code. */
    Map<String, Long> statusCounts() {
        TreeMap<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < byCode.length; i++) {
            if (byCode[i] > 0) {
                counts.put(String.format(java.util.Locale.ROOT, "%03d", i), byCode[i]);
            }
        }
        counts.putAll(bySubstatus);
        return counts;
    }
}
