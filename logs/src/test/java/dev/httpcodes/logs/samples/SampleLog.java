package dev.httpcodes.logs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * A generator of realistic lines of one log format, written in this test tree, that keeps its own count of what it
 * wrote: the independent truth the analyzer's counts and attribution are compared with. Every generator is listed in
 * {@link SampleLogs#ALL}, so the detection matrix runs every sample against every parser.
 */
public interface SampleLog {
    /** The {@code --format} id the sample must be detected as. */
    String formatId();

    /**
     * Writes {@code records} lines (plus any header or directive lines the format has) from {@code seed}; a share of
     * them may be bad on purpose (counted in {@link Truth#malformed}).
     */
    Truth write(OutputStream out, int records, long seed) throws IOException;

    /** What a generator wrote, counted as it wrote it. */
    final class Truth {
        /** Status code ("502", "403.14") → records. */
        public final Map<String, Long> byStatus = new TreeMap<>();
        /** Valid records that carry no status (HAProxy -1, Envoy 0, CloudFront 000, Front Door 0). */
        public long noStatus;
        /** Lines written bad on purpose. */
        public long malformed;
        /** Status → {made by the proxy, passed through from the upstream}; only for formats with the evidence. */
        public final Map<String, long[]> producedBy = new TreeMap<>();

        public void status(String code) {
            byStatus.merge(code, 1L, Long::sum);
        }

        public void produced(String code, boolean byProxy) {
            producedBy.computeIfAbsent(code, c -> new long[2])[byProxy ? 0 : 1]++;
        }
    }
}
