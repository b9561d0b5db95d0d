package dev.httpcodes.logs;

import dev.httpcodes.logs.formats.LineParser;
import dev.httpcodes.logs.formats.LogFormat;
import dev.httpcodes.logs.stats.LogStats;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Keeps reading a growing log (follow mode), as {@code tail -F} does: each {@link #poll} parses the complete lines
 * appended since the last one into the running stats. Rotation is told by the file's identity: when the path names
 * another file (a new inode: logrotate's rename-and-create), the rest of the old file is read first, then the new
 * one from its start. When the same file is shorter than what was read, or the bytes just before the read position
 * changed (copytruncate, then written past the old length before the next poll), it is read again from its start.
 * The directive state (IIS {@code #Fields:}) is carried over from the first reading, and starts afresh with a new
 * file, which brings its own directives.
 */
public final class Follower {
    private static final int FINGERPRINT = 64;

    private final Path path;
    private final LineParser parser;
    private final LogStats stats;
    private final int maxLine;
    private final dev.httpcodes.logs.filter.RecordFilter filter;
    private FileChannel channel;
    private Object fileKey;
    private long position;
    private long line;
    private byte[] buffer = new byte[LogAnalyzer.BLOCK];
    private int carry;
    private boolean skipping;
    private final byte[] fingerprint = new byte[FINGERPRINT];
    private int fingerprintLength;

    private Follower(Path path, LineParser parser, LogStats stats, int maxLine,
            dev.httpcodes.logs.filter.RecordFilter filter, long position, long line)
            throws IOException {
        this.path = path;
        this.parser = parser;
        this.stats = stats;
        this.maxLine = maxLine;
        this.filter = filter;
        this.position = position;
        this.line = line;
        open();
        remember();
    }

    /** Starts following the (one, plain) file of an analysis from where the analysis stopped reading it. */
    public static Follower of(AnalyzerOptions options, String file, LogAnalyzer.LogStatsResult result)
            throws LogInputException {
        Path p = Path.of(file);
        LogAnalyzer.InputResult input = result.inputs().get(0);
        LogFormat format = input.format().or(options::format).orElseThrow(() -> new LogInputException(file
                + ": cannot follow: the file is empty, so its format is unknown; give --format"));
        try {
            LineParser parser = format.parser(options.formatOptions());
            parser.context(input.context());
            // From where the analysis stopped, not from the current size: lines written since, or a rotation since,
            // are the follower's to read.
            return new Follower(p, parser, result.stats(), options.maxLine(), options.filter(), input.end(), input.lines());
        } catch (IllegalArgumentException e) {
            throw new LogInputException(e.getMessage());
        } catch (IOException e) {
            throw new LogInputException(file + ": cannot follow: " + LogAnalyzer.reason(e));
        }
    }

    private void open() throws IOException {
        channel = FileChannel.open(path);
        fileKey = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    }

    /** Reads what was appended; returns the number of new lines counted (malformed ones too). */
    public long poll() throws LogInputException {
        try {
            long before = stats.lines + stats.malformed;
            BasicFileAttributes now;
            try {
                now = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                // Renamed away and not yet re-created: what was written to it before is still to be read.
                read();
                return stats.lines + stats.malformed - before;
            }
            if (now.fileKey() != null && !Objects.equals(now.fileKey(), fileKey)) {
                read();
                channel.close();
                open();
                restart();
            } else if (channel.size() < position || !fingerprintMatches()) {
                restart();
            }
            read();
            return stats.lines + stats.malformed - before;
        } catch (IOException e) {
            throw new LogInputException(path + ": cannot follow: " + LogAnalyzer.reason(e));
        }
    }

    /** Closes the file. */
    public void close() throws IOException {
        channel.close();
    }

    private void restart() {
        position = 0;
        carry = 0;
        skipping = false;
        line = 0;
        fingerprintLength = 0;
        parser.context(null);
    }

    private void read() throws IOException {
        while (true) {
            int n = channel.read(ByteBuffer.wrap(buffer, carry, buffer.length - carry), position);
            if (n <= 0) {
                break;
            }
            position += n;
            int length = carry + n;
            int from = 0;
            if (skipping) {
                int nl = indexOf(buffer, carry, length);
                if (nl < 0) {
                    carry = 0;
                    continue;
                }
                skipping = false;
                from = nl + 1;
            }
            int cut = length;
            while (cut > from && buffer[cut - 1] != '\n') {
                cut--;
            }
            line += LogAnalyzer.parseInto(parser, buffer, from, cut, stats, 0, 0, line + 1, maxLine, filter);
            int rest = length - Math.max(cut, from);
            if (rest > maxLine) {
                stats.malformed(buffer, Math.max(cut, from), length, 0, 0, line + 1, true);
                line++;
                skipping = true;
                rest = 0;
            }
            System.arraycopy(buffer, length - rest, buffer, 0, rest);
            carry = rest;
        }
        remember();
    }

    /** Keeps the bytes just before the read position, to tell a rewritten file from a grown one. */
    private void remember() throws IOException {
        fingerprintLength = (int) Math.min(FINGERPRINT, position);
        channel.read(ByteBuffer.wrap(fingerprint, 0, fingerprintLength), position - fingerprintLength);
    }

    private boolean fingerprintMatches() throws IOException {
        if (fingerprintLength == 0) {
            return true;
        }
        byte[] current = new byte[fingerprintLength];
        ByteBuffer view = ByteBuffer.wrap(current);
        while (view.hasRemaining() && channel.read(view, position - fingerprintLength + view.position()) > 0) {
            // fill
        }
        return !view.hasRemaining() && Arrays.equals(current, 0, fingerprintLength, fingerprint, 0,
                fingerprintLength);
    }

    private static int indexOf(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
