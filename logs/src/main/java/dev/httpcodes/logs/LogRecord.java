package dev.httpcodes.logs;

import java.nio.charset.StandardCharsets;

/**
 * One parsed line, reused from line to line so parsing allocates nothing for the common case. Text fields are kept
 * as offsets into the line's bytes and become strings only when a report needs them (error lines).
 */
final class LogRecord {
    static final long NO_TIME = Long.MIN_VALUE;

    int status;
    int substatus;
    long epochSecond;
    long bytes;
    byte[] line;
    int pathStart;
    int pathEnd;
    int clientStart;
    int clientEnd;
    int agentStart;
    int agentEnd;
    /** Set instead of offsets by parsers that decode text themselves (JSON lines). */
    String pathText;
    String clientText;
    String agentText;

    void reset(byte[] buffer) {
        status = -1;
        substatus = -1;
        epochSecond = NO_TIME;
        bytes = 0;
        line = buffer;
        pathStart = pathEnd = clientStart = clientEnd = agentStart = agentEnd = 0;
        pathText = clientText = agentText = null;
    }

    String path() {
        return pathText != null ? pathText : text(pathStart, pathEnd);
    }

    String client() {
        return clientText != null ? clientText : text(clientStart, clientEnd);
    }

    String agent() {
        return agentText != null ? agentText : text(agentStart, agentEnd);
    }

    private String text(int start, int end) {
        return end > start ? new String(line, start, end - start, StandardCharsets.UTF_8) : "-";
    }
}
