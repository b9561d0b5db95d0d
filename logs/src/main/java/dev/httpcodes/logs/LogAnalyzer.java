package dev.httpcodes.logs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads logs and counts them. Input is read in blocks of {@link #BLOCK} bytes cut at line ends; blocks are parsed
 * on every core, each worker into its own {@link LogStats}, merged at the end. At most two blocks per thread are in
 * memory at once, so memory stays bounded whatever the input size. IIS logs, whose {@code #Fields:} directive
 * changes how later lines read, are parsed in order on the reading thread.
 */
public final class LogAnalyzer {
    static final int BLOCK = 4 * 1024 * 1024;
    private static final int SAMPLE = 64 * 1024;

    private final AnalyzerOptions options;

    public LogAnalyzer(AnalyzerOptions options) {
        this.options = options;
    }

    /**
     * A named input: a file, or {@code -} for standard input.
     *
     * @param file present for a plain (not compressed) regular file, which is then read in ranges by every worker
     */
    public record Input(String name, InputStream stream, long size, Optional<Path> file) {
    }

    /** Opens a path ({@code -} for standard input), transparently gunzipping {@code .gz} content. */
    public static Input open(String name, InputStream stdin) throws LogInputException {
        try {
            if (name.equals("-")) {
                return new Input("-", gunzipIfNeeded(new BufferedInputStream(stdin, 1 << 16)), -1, Optional.empty());
            }
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                throw new LogInputException(name + ": is a directory, not a log file");
            }
            BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            InputStream in = gunzipIfNeeded(raw);
            return new Input(name, in, Files.size(path), in == raw && Files.isRegularFile(path)
                    ? Optional.of(path) : Optional.empty());
        } catch (NoSuchFileException e) {
            throw new LogInputException(name + ": no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new LogInputException(name + ": permission denied");
        } catch (IOException e) {
            throw new LogInputException(name + ": cannot read: " + e.getMessage());
        }
    }

    private static InputStream gunzipIfNeeded(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    /**
     * Counts every line of every input.
     *
     * @param progress called with the number of bytes read so far (of uncompressed input)
     */
    public LogStatsResult analyze(List<Input> inputs, LongConsumer progress) throws LogInputException {
        LogStats total = new LogStats();
        List<String> formats = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
            Thread t = new Thread(r, "httpcodes-logs");
            t.setDaemon(true);
            return t;
        });
        try {
            long read = 0;
            for (Input input : inputs) {
                read = analyze(input, pool, total, formats, read, progress);
            }
        } finally {
            pool.shutdownNow();
        }
        return new LogStatsResult(total, List.copyOf(formats));
    }

    private long analyze(Input input, ExecutorService pool, LogStats total, List<String> formats, long read,
            LongConsumer progress) throws LogInputException {
        try (InputStream in = input.stream()) {
            byte[] first = in.readNBytes(SAMPLE);
            LogFormat format = options.format().isPresent() ? options.format().get()
                    : LogFormat.detect(first, first.length).orElseThrow(() -> new LogInputException(input.name()
                            + ": not a log format httpcodes knows (combined, common, IIS W3C, JSON lines); "
                            + "give --format, or --nginx-format for a custom nginx log_format"));
            formats.add(input.name() + ": " + format.id());
            // One parser and one set of counts per worker thread: parsers keep per-thread caches, and counting into
            // the thread's own stats avoids merging per block.
            List<LogStats> workerStats = new java.util.concurrent.CopyOnWriteArrayList<>();
            ThreadLocal<LineParser> parsers = ThreadLocal.withInitial(() -> parserOrNull(format));
            ThreadLocal<LogStats> stats = ThreadLocal.withInitial(() -> {
                LogStats s = new LogStats();
                workerStats.add(s);
                return s;
            });
            LineParser parser = parser(format);
            if (input.file().isPresent() && parser.parallel() && options.threads() > 1) {
                in.close();
                readRanges(input.file().get(), pool, parsers, stats, read, progress);
                for (LogStats s : workerStats) {
                    total.merge(s);
                }
                return read + input.size();
            }
            List<Future<?>> pending = new ArrayList<>();
            Semaphore inFlight = new Semaphore(Math.max(1, options.threads()) * 2);
            byte[] carry = first;
            int carryLength = first.length;
            boolean eof = first.length < SAMPLE;
            while (true) {
                byte[] block = Arrays.copyOf(carry, Math.max(BLOCK, carryLength + BLOCK / 2));
                int length = carryLength;
                if (!eof) {
                    int n = in.readNBytes(block, length, block.length - length);
                    length += n;
                    eof = length < block.length;
                }
                read += length - carryLength;
                progress.accept(read);
                int cut = eof ? length : lastNewline(block, length);
                if (cut <= 0 && !eof) {
                    // A line longer than a block: keep growing until its end arrives.
                    carry = block;
                    carryLength = length;
                    continue;
                }
                int blockEnd = cut;
                if (parser.parallel()) {
                    inFlight.acquireUninterruptibly();
                    byte[] work = block;
                    pending.add(pool.submit(() -> {
                        try {
                            parseInto(parsers.get(), work, 0, blockEnd, stats.get());
                        } finally {
                            inFlight.release();
                        }
                    }));
                } else {
                    parseInto(parser, block, 0, blockEnd, total);
                }
                if (eof) {
                    break;
                }
                carryLength = length - cut;
                carry = Arrays.copyOfRange(block, cut, length);
            }
            for (Future<?> f : pending) {
                f.get();
            }
            for (LogStats s : workerStats) {
                total.merge(s);
            }
            return read;
        } catch (IOException e) {
            throw new LogInputException(input.name() + ": cannot read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogInputException(input.name() + ": interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new LogInputException(input.name() + ": " + e.getCause());
        }
    }

    /**
     * Reads a plain file in ranges, several per worker, each worker reading its own ranges with positional reads
     * into its own buffer: no thread hands blocks to the others, so every core parses.
     */
    private void readRanges(Path file, ExecutorService pool, ThreadLocal<LineParser> parsers,
            ThreadLocal<LogStats> stats, long readBefore, LongConsumer progress)
            throws IOException, InterruptedException, java.util.concurrent.ExecutionException {
        long size = Files.size(file);
        int parts = Math.max(1, options.threads()) * 4;
        long[] starts = new long[parts + 1];
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            for (int k = 1; k < parts; k++) {
                starts[k] = Math.max(starts[k - 1], afterNextNewline(channel, size * k / parts, size));
            }
            starts[parts] = size;
            List<Future<?>> pending = new ArrayList<>();
            for (int k = 0; k < parts; k++) {
                long from = starts[k];
                long to = starts[k + 1];
                pending.add(pool.submit(() -> {
                    readRange(channel, from, to, parsers.get(), stats.get());
                    long now = done.addAndGet(to - from);
                    synchronized (progress) {
                        progress.accept(readBefore + now);
                    }
                    return null;
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        }
    }

    private static long afterNextNewline(java.nio.channels.FileChannel channel, long position, long size)
            throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64 * 1024);
        long pos = position;
        while (pos < size) {
            buffer.clear();
            int n = channel.read(buffer, pos);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (buffer.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
        return size;
    }

    private static void readRange(java.nio.channels.FileChannel channel, long from, long to, LineParser parser,
            LogStats stats) throws IOException {
        byte[] buffer = new byte[2 * BLOCK];
        java.nio.ByteBuffer view = java.nio.ByteBuffer.wrap(buffer);
        int carry = 0;
        long pos = from;
        while (pos < to) {
            int want = (int) Math.min(BLOCK, to - pos);
            view.clear().position(carry).limit(carry + want);
            while (view.hasRemaining()) {
                int n = channel.read(view, pos + view.position() - carry);
                if (n < 0) {
                    break;
                }
            }
            int got = view.position() - carry;
            if (got <= 0) {
                break;
            }
            pos += got;
            int length = carry + got;
            int cut = pos >= to ? length : lastNewline(buffer, length);
            if (cut <= 0) {
                if (length >= buffer.length - BLOCK) {
                    // A line longer than a block: grow until it ends.
                    byte[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
                    buffer = bigger;
                    view = java.nio.ByteBuffer.wrap(buffer);
                }
                carry = length;
                continue;
            }
            parseInto(parser, buffer, 0, cut, stats);
            carry = length - cut;
            System.arraycopy(buffer, cut, buffer, 0, carry);
        }
        if (carry > 0) {
            parseInto(parser, buffer, 0, carry, stats);
        }
    }

    /** Parses every line of {@code b[start, end)}; used by follow mode for newly appended data too. */
    static LogStats parseBlock(LineParser parser, byte[] b, int start, int end) {
        LogStats stats = new LogStats();
        parseInto(parser, b, start, end, stats);
        return stats;
    }

    static void parseInto(LineParser parser, byte[] b, int start, int end, LogStats stats) {
        LogRecord r = new LogRecord();
        IisParser iis = parser instanceof IisParser p ? p : null;
        int lineStart = start;
        while (lineStart < end) {
            int i = ByteSearch.find(b, (byte) '\n', lineStart, end);
            int lineEnd = i > lineStart && b[i - 1] == '\r' ? i - 1 : i;
            if (lineEnd > lineStart && (iis == null || !iis.directive(b, lineStart, lineEnd))) {
                r.reset(b);
                if (parser.parse(b, lineStart, lineEnd, r) && r.status >= 0 && r.status <= 999) {
                    stats.add(r);
                } else {
                    stats.malformed(b, lineStart, lineEnd);
                }
            }
            lineStart = i + 1;
        }
    }

    private LineParser parserOrNull(LogFormat format) {
        try {
            return parser(format);
        } catch (LogInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    LineParser parser(LogFormat format) throws LogInputException {
        try {
            return switch (format) {
                case COMBINED, COMMON -> new CombinedParser();
                case IIS -> new IisParser();
                case JSON -> new JsonLinesParser(options.jsonFields().map(JsonLinesParser.Fields::parse)
                        .orElse(JsonLinesParser.Fields.DEFAULT));
                case NGINX -> new NginxFormatParser(options.nginxFormat().orElseThrow(() ->
                        new LogInputException("--format nginx needs --nginx-format '<log_format string>'")));
            };
        } catch (IllegalArgumentException e) {
            throw new LogInputException(e.getMessage());
        }
    }

    private static int lastNewline(byte[] b, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The counts and which format each input was read as. */
    public record LogStatsResult(LogStats stats, List<String> formats) {
    }
}
