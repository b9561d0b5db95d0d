package dev.httpcodes.logs;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Keeps reading a growing log (follow mode): each {@link #poll} parses the complete lines appended since the last
 * one into the running stats. A file that shrinks (rotated or truncated) is read again from its start.
 */
public final class Follower {
    private final Path path;
    private final LineParser parser;
    private final LogStats stats;
    private long position;
    private byte[] partial = new byte[0];

    Follower(Path path, LineParser parser, LogStats stats, long position) {
        this.path = path;
        this.parser = parser;
        this.stats = stats;
        this.position = position;
    }

    /** Starts following a plain (not compressed) file from its current end, after the stats already read. */
    public static Follower of(LogAnalyzer analyzer, String file, LogFormat format, LogStats stats)
            throws LogInputException {
        Path p = Path.of(file);
        try {
            return new Follower(p, analyzer.parser(format), stats, java.nio.file.Files.size(p));
        } catch (IOException e) {
            throw new LogInputException(file + ": cannot follow: " + e.getMessage());
        }
    }

    /** Reads what was appended; returns the number of new lines counted. */
    public long poll() throws LogInputException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            long length = file.length();
            if (length < position) {
                position = 0;
                partial = new byte[0];
            }
            if (length == position) {
                return 0;
            }
            int toRead = (int) Math.min(length - position, LogAnalyzer.BLOCK);
            byte[] data = new byte[partial.length + toRead];
            System.arraycopy(partial, 0, data, 0, partial.length);
            file.seek(position);
            file.readFully(data, partial.length, toRead);
            position += toRead;
            int cut = data.length;
            while (cut > 0 && data[cut - 1] != '\n') {
                cut--;
            }
            partial = java.util.Arrays.copyOfRange(data, cut, data.length);
            long before = stats.lines + stats.malformed;
            stats.merge(LogAnalyzer.parseBlock(parser, data, 0, cut));
            return stats.lines + stats.malformed - before;
        } catch (IOException e) {
            throw new LogInputException(path + ": cannot follow: " + e.getMessage());
        }
    }
}
