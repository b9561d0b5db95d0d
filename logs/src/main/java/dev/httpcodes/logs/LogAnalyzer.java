package dev.httpcodes.logs;

import dev.httpcodes.logs.filter.RecordFilter;
import dev.httpcodes.logs.formats.ByteSearch;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.formats.LineParser;
import dev.httpcodes.logs.formats.LogFormat;
import dev.httpcodes.logs.formats.LogRecord;
import dev.httpcodes.logs.formats.Sample;
import dev.httpcodes.logs.stats.LogStats;
import dev.httpcodes.logs.stats.Malformed;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads logs and counts them, on every core, in bounded memory. How an input is read depends on what it is:
 * <ul>
 * <li>a plain regular file: every worker reads its own ranges of it with positional reads (nothing is handed
 *     between threads);</li>
 * <li>a compressed file, standard input, a FIFO or {@code <(zcat …)}: one thread reads (and inflates) it as a
 *     stream, never seeking, and hands blocks of whole lines to the workers; formats with directives (IIS
 *     {@code #Fields:}) are read this way too, each block carrying the directives in effect where it starts;</li>
 * <li>several compressed files: each worker inflates and parses whole files, one at a time.</li>
 * </ul>
 * Each worker counts into its own {@link LogStats}, merged at the end. Lines longer than the maximum line length
 * are counted as malformed without being buffered (see {@link LineBlocks}). An input that stops early (a truncated
 * or corrupt {@code .gz}, a read error) keeps what was read and is reported as {@link Incomplete}.
 */
public final class LogAnalyzer {
    /** Block size; at most a few blocks per thread are in memory at once. */
    public static final int BLOCK = 2 * 1024 * 1024;
    /** How many first bytes of an input its format is told from. */
    public static final int SAMPLE = 64 * 1024;

    private final AnalyzerOptions options;

    public LogAnalyzer(AnalyzerOptions options) {
        this.options = options;
    }

    /** A named input: a file, or {@code -} for standard input (then {@code stdin} is read). */
    public record Input(String name, Optional<Path> path, InputStream stdin) {
    }

    /** Where an input stopped before its end: after how many bytes of log (uncompressed) and lines, and why. */
    public record Incomplete(String input, long bytes, long lines, String reason) {
    }

    /**
     * How one input was read, and where its reading ended (for follow mode): the directive state, and the number of
     * bytes of log read ({@code end}), which is where a follower goes on from, since the file may have grown or been
     * rotated since.
     */
    public record InputResult(String name, Optional<LogFormat> format, Object context, long lines, long end) {
    }

    /** The counts, which format each input was read as, and which inputs stopped early. */
    public record LogStatsResult(LogStats stats, List<InputResult> inputs, List<Incomplete> incomplete, int maxLine,
            RecordFilter filter) {
        /** "file: format" for each input. */
        public List<String> formats() {
            return inputs.stream().map(i -> i.name() + ": " + i.format().map(LogFormat::id).orElse("empty"))
                    .toList();
        }

        public List<String> names() {
            return inputs.stream().map(InputResult::name).toList();
        }
    }

    /** Checks a path ({@code -} for standard input) can be read; nothing is read yet. */
    public static Input open(String name, InputStream stdin) throws LogInputException {
        if (name.equals("-")) {
            return new Input("-", Optional.empty(), stdin);
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new LogInputException(name + ": is a directory, not a log file");
        }
        if (!Files.exists(path)) {
            throw new LogInputException(name + ": no such file");
        }
        if (!Files.isReadable(path)) {
            throw new LogInputException(name + ": permission denied");
        }
        return new Input(name, Optional.of(path), stdin);
    }

    /** The size of the regular files among the inputs (for progress), 0 when unknown. */
    public static long size(List<Input> inputs) {
        long total = 0;
        for (Input i : inputs) {
            try {
                if (i.path().isPresent() && Files.isRegularFile(i.path().get())) {
                    total += Files.size(i.path().get());
                }
            } catch (IOException e) {
                // progress is an estimate
            }
        }
        return total;
    }

    /**
     * Counts every line of every input.
     *
     * @param progress called with the number of bytes read so far (compressed bytes for compressed files)
     */
    public LogStatsResult analyze(List<Input> inputs, LongConsumer progress) throws LogInputException {
        Run run = new Run(inputs, progress);
        try {
            List<Integer> together = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                if (options.threads() > 1 && inputs.size() > 1 && isGzipFile(inputs.get(i))) {
                    together.add(i);
                }
            }
            if (together.size() < 2) {
                together.clear();
            }
            for (int i = 0; i < inputs.size(); i++) {
                if (!together.contains(i)) {
                    run.read(i, false);
                }
            }
            List<Future<?>> files = new ArrayList<>();
            for (int i : together) {
                files.add(run.pool.submit(() -> {
                    run.read(i, true);
                    return null;
                }));
            }
            run.await(files);
            return run.result();
        } finally {
            run.pool.shutdownNow();
        }
    }

    /**
     * The format of an input from its first bytes (at most {@link #SAMPLE}; {@code complete} when they are the whole
     * input): the one given in the options, else the one detected; empty for an input without a single line. Public
     * so that a distributed run (the Spark job) tells each file's format exactly as this analyzer does.
     */
    public static Optional<LogFormat> detect(AnalyzerOptions options, String name, byte[] sample, int length,
            boolean complete) throws LogInputException {
        if (options.format().isPresent()) {
            return options.format();
        }
        Sample s = new Sample(sample, complete ? length : lastNewline(sample, length));
        if (s.isEmpty()) {
            if (complete) {
                return Optional.empty();
            }
            throw new LogInputException(name + ": the first " + SAMPLE / 1024
                    + " KiB hold no complete line to tell the format by; give --format");
        }
        return Optional.of(Formats.detect(s).orElseThrow(() -> new LogInputException(name
                + ": not a log format httpcodes knows (" + String.join(", ", Formats.ids())
                + "); give --format, or --nginx-format for a custom nginx log_format")));
    }

    /** Below this much plain log, the default leaves one core to the JIT compiler (see {@link #defaultThreads}). */
    static final long SMALL_INPUT_BYTES = 1L << 30;

    /**
     * How many parser threads to use when none is asked for. Every core, except for plain files under
     * {@link #SMALL_INPUT_BYTES} together: such a run lasts about a second, the JIT compiler's threads are busy for
     * most of it, and on a 2-core machine a second parser then only competes with them (measured with
     * bench/logs-sweep.sh: 217 MB took 0.62 s on one thread and 0.85 s on two; at 1.8 GB two threads win, 1.68 s
     * against 2.18 s). Compressed input and standard input keep every core: one thread inflates while others parse.
     */
    public static int defaultThreads(List<Input> inputs, int cores) {
        if (cores <= 1) {
            return 1;
        }
        for (Input i : inputs) {
            if (i.path().isEmpty() || !Files.isRegularFile(i.path().get()) || isGzipFile(i)) {
                return cores;
            }
        }
        return size(inputs) < SMALL_INPUT_BYTES ? cores - 1 : cores;
    }

    private static boolean isGzipFile(Input input) {
        if (input.path().isEmpty() || !Files.isRegularFile(input.path().get())) {
            return false;
        }
        try (InputStream in = Files.newInputStream(input.path().get())) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            return false;
        }
    }

    /** The state of one {@link #analyze} call. */
    private final class Run {
        final List<Input> inputs;
        final LongConsumer progress;
        final ExecutorService pool;
        final List<LogStats> allStats = Collections.synchronizedList(new ArrayList<>());
        final ThreadLocal<LogStats> stats = ThreadLocal.withInitial(() -> {
            LogStats s = new LogStats(options.filter().selectsStatuses());
            allStats.add(s);
            return s;
        });
        final InputResult[] results;
        final List<Map<Long, Long>> segmentLines = new ArrayList<>();
        final List<Incomplete> incomplete = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong read = new AtomicLong();
        final Buffers buffers;

        Run(List<Input> inputs, LongConsumer progress) {
            this.inputs = inputs;
            this.progress = progress;
            this.pool = Executors.newFixedThreadPool(options.threads(), r -> {
                Thread t = new Thread(r, "httpcodes-logs");
                t.setDaemon(true);
                return t;
            });
            this.results = new InputResult[inputs.size()];
            for (int i = 0; i < inputs.size(); i++) {
                segmentLines.add(new ConcurrentHashMap<>());
            }
            this.buffers = new Buffers(Math.min(options.threads() + 3, 19));
        }

        void advance(long n) {
            long now = read.addAndGet(n);
            synchronized (progress) {
                progress.accept(now);
            }
        }

        void read(int index, boolean onThisThread) throws LogInputException {
            Input input = inputs.get(index);
            try {
                if (input.path().isPresent() && Files.isRegularFile(input.path().get())) {
                    if (isGzipFile(input)) {
                        try (InputStream in = new FileInputStream(input.path().get().toFile())) {
                            stream(index, new GZIPInputStream(counted(in), 1 << 16), onThisThread);
                        }
                    } else {
                        try (FileChannel channel = FileChannel.open(input.path().get())) {
                            plainFile(index, channel, onThisThread);
                        }
                    }
                } else {
                    InputStream raw = input.path().isPresent()
                            ? new FileInputStream(input.path().get().toFile()) : input.stdin();
                    try (PushbackInputStream in = new PushbackInputStream(counted(raw), 2)) {
                        int b1 = in.read();
                        int b2 = b1 < 0 ? -1 : in.read();
                        if (b2 >= 0) {
                            in.unread(b2);
                        }
                        if (b1 >= 0) {
                            in.unread(b1);
                        }
                        stream(index, b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in, onThisThread);
                    }
                }
            } catch (NoSuchFileException e) {
                throw new LogInputException(input.name() + ": no such file");
            } catch (AccessDeniedException e) {
                throw new LogInputException(input.name() + ": permission denied");
            } catch (IOException e) {
                // Before any line was read (a gzip header that is not one, an unreadable file).
                throw new LogInputException(input.name() + ": cannot read: " + reason(e));
            }
        }

        private InputStream counted(InputStream in) {
            return new java.io.FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        advance(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        advance(n);
                    }
                    return n;
                }
            };
        }

        private Optional<LogFormat> format(int index, byte[] sample, int length, boolean complete)
                throws LogInputException {
            return detect(options, inputs.get(index).name(), sample, length, complete);
        }

        LineParser parser(LogFormat format) throws LogInputException {
            try {
                return format.parser(options.formatOptions());
            } catch (IllegalArgumentException e) {
                throw new LogInputException(e.getMessage());
            }
        }

        private void plainFile(int index, FileChannel channel, boolean onThisThread)
                throws IOException, LogInputException {
            long size = channel.size();
            byte[] sample = new byte[(int) Math.min(SAMPLE, size)];
            ByteBuffer view = ByteBuffer.wrap(sample);
            while (view.hasRemaining() && channel.read(view, view.position()) > 0) {
                // fill the sample
            }
            Optional<LogFormat> format = format(index, sample, view.position(), view.position() == size);
            if (format.isEmpty()) {
                results[index] = new InputResult(inputs.get(index).name(), format, null, 0, view.position());
                return;
            }
            LineParser probe = parser(format.get());
            if (onThisThread || options.threads() == 1 || probe.hasDirectives()) {
                channel.position(0);
                stream(index, format.get(), probe, (b, off, len) -> {
                    int n = channel.read(ByteBuffer.wrap(b, off, len));
                    if (n > 0) {
                        advance(n);
                    }
                    return n;
                }, new byte[BLOCK], 0, onThisThread || options.threads() == 1);
                return;
            }
            int parts = options.threads() * 4;
            long[] starts = new long[parts + 1];
            for (int k = 1; k < parts; k++) {
                long target = size * k / parts;
                starts[k] = starts[k - 1] >= target ? starts[k - 1] : afterNextNewline(channel, target, size);
            }
            starts[parts] = size;
            List<Future<?>> pending = new ArrayList<>();
            for (int k = 0; k < parts; k++) {
                long from = starts[k];
                long to = starts[k + 1];
                long segment = (long) k << 32;
                pending.add(pool.submit(() -> {
                    LineParser parser = parser(format.get());
                    AtomicLong pos = new AtomicLong(from);
                    LineBlocks.Source range = (b, off, len) -> {
                        long p = pos.get();
                        if (p >= to) {
                            return -1;
                        }
                        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, to - p)), p);
                        if (n > 0) {
                            pos.addAndGet(n);
                            advance(n);
                        }
                        return n;
                    };
                    new LineBlocks(options.maxLine(), new Inline(index, parser, parser)).run(range, new byte[BLOCK],
                            0, segment);
                    return null;
                }));
            }
            await(pending);
            results[index] = new InputResult(inputs.get(index).name(), format, null, lines(index), size);
        }

        private void stream(int index, InputStream in, boolean onThisThread) throws LogInputException, IOException {
            byte[] first = new byte[BLOCK];
            int length = 0;
            IOException failure = null;
            try {
                while (length < SAMPLE) {
                    int n = in.read(first, length, SAMPLE - length);
                    if (n < 0) {
                        break;
                    }
                    length += n;
                }
            } catch (IOException e) {
                failure = e;
            }
            boolean complete = length < SAMPLE;
            if (failure != null && length == 0) {
                throw failure;
            }
            Optional<LogFormat> format = format(index, first, length, complete);
            if (format.isEmpty()) {
                results[index] = new InputResult(inputs.get(index).name(), format, null, 0, length);
                return;
            }
            LineParser reader = parser(format.get());
            IOException fail = failure;
            stream(index, format.get(), reader, (b, off, len) -> {
                if (fail != null) {
                    throw fail;
                }
                return in.read(b, off, len);
            }, first, length, onThisThread || options.threads() == 1);
        }

        /** Reads a stream on this thread; blocks are parsed here or handed to the workers. */
        private void stream(int index, LogFormat format, LineParser reader, LineBlocks.Source source, byte[] first,
                int length, boolean here) throws LogInputException {
            AtomicLong bytes = new AtomicLong(length);
            LineBlocks.Source counting = (b, off, len) -> {
                int n = source.read(b, off, len);
                if (n > 0) {
                    bytes.addAndGet(n);
                }
                return n;
            };
            List<Future<?>> pending = new ArrayList<>();
            LineBlocks.Sink sink = here ? new Inline(index, reader, parser(format))
                    : new Handoff(index, format, reader, pending);
            String stopped = null;
            try {
                new LineBlocks(options.maxLine(), sink).run(counting, first, length, 0);
            } catch (IOException e) {
                stopped = reason(e);
            }
            await(pending);
            String name = inputs.get(index).name();
            if (stopped != null) {
                incomplete.add(new Incomplete(name, bytes.get(), lines(index), stopped));
            }
            results[index] = new InputResult(name, Optional.of(format), reader.context(), lines(index), bytes.get());
        }

        long lines(int index) {
            return segmentLines.get(index).values().stream().mapToLong(Long::longValue).sum();
        }

        /** Parses blocks on the reading thread. */
        private final class Inline implements LineBlocks.Sink {
            private final int index;
            private final LineParser reader;
            private final LineParser parser;

            Inline(int index, LineParser reader, LineParser parser) {
                this.index = index;
                this.reader = reader;
                this.parser = parser;
            }

            @Override
            public byte[] block(byte[] b, int end, long segment) {
                if (reader != parser) {
                    parser.context(reader.context());
                    directives(reader, b, end);
                }
                segmentLines.get(index).put(segment, parseInto(parser, b, 0, end, stats.get(), index, segment,
                        options.maxLine(), options.filter()));
                return b;
            }

            @Override
            public void overlong(byte[] head, int length, long segment) {
                stats.get().malformed(head, 0, length, index, segment, 0, true);
                segmentLines.get(index).put(segment, 1L);
            }
        }

        /** Hands blocks to the workers, each with the directive state in effect where it starts. */
        private final class Handoff implements LineBlocks.Sink {
            private final int index;
            private final LogFormat format;
            private final LineParser reader;
            private final List<Future<?>> pending;

            Handoff(int index, LogFormat format, LineParser reader, List<Future<?>> pending) {
                this.index = index;
                this.format = format;
                this.reader = reader;
                this.pending = pending;
            }

            @Override
            public byte[] block(byte[] b, int end, long segment) {
                Object context = reader.context();
                directives(reader, b, end);
                byte[] next = buffers.take();
                pending.add(pool.submit(() -> {
                    try {
                        LineParser parser = parser(format);
                        parser.context(context);
                        segmentLines.get(index).put(segment, parseInto(parser, b, 0, end, stats.get(), index,
                                segment, options.maxLine(), options.filter()));
                    } finally {
                        buffers.give(b);
                    }
                    return null;
                }));
                return next;
            }

            @Override
            public void overlong(byte[] head, int length, long segment) {
                stats.get().malformed(head, 0, length, index, segment, 0, true);
                segmentLines.get(index).put(segment, 1L);
            }
        }

        void await(List<Future<?>> pending) throws LogInputException {
            try {
                for (Future<?> f : List.copyOf(pending)) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LogInputException("interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof LogInputException l) {
                    throw l;
                }
                if (e.getCause() instanceof IOException io) {
                    throw new LogInputException("cannot read: " + reason(io));
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        LogStatsResult result() {
            LogStats total = new LogStats(options.filter().selectsStatuses());
            List<Malformed> samples = new ArrayList<>();
            for (LogStats s : allStats) {
                samples.addAll(s.samples());
                total.merge(s);
            }
            // Line numbers: each sample's block starts after the lines of every block before it in its input.
            List<TreeMap<Long, Long>> firstLines = new ArrayList<>();
            for (Map<Long, Long> segments : segmentLines) {
                TreeMap<Long, Long> first = new TreeMap<>();
                long line = 1;
                for (Map.Entry<Long, Long> e : new TreeMap<>(segments).entrySet()) {
                    first.put(e.getKey(), line);
                    line += e.getValue();
                }
                firstLines.add(first);
            }
            List<Malformed> resolved = new ArrayList<>();
            for (Malformed m : samples) {
                resolved.add(m.at(firstLines.get(m.input()).getOrDefault(m.segment(), 1L) + m.line()));
            }
            total.samples(resolved);
            List<InputResult> list = new ArrayList<>();
            for (InputResult r : results) {
                list.add(r);
            }
            List<Incomplete> stops = new ArrayList<>(incomplete);
            stops.sort(java.util.Comparator.comparingInt(x -> names().indexOf(x.input())));
            return new LogStatsResult(total, List.copyOf(list), List.copyOf(stops), options.maxLine(),
                    options.filter());
        }

        private List<String> names() {
            return inputs.stream().map(Input::name).toList();
        }
    }

    /** Reusable block buffers, at most {@code max} of them: the reader waits when all are being parsed. */
    private static final class Buffers {
        private final ArrayBlockingQueue<byte[]> free;
        private final int max;
        private int made;

        Buffers(int max) {
            this.max = max;
            this.free = new ArrayBlockingQueue<>(max);
        }

        byte[] take() {
            byte[] b = free.poll();
            if (b != null) {
                return b;
            }
            synchronized (this) {
                if (made < max) {
                    made++;
                    return new byte[BLOCK];
                }
            }
            try {
                return free.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        void give(byte[] b) {
            free.offer(b);
        }
    }

    /** What a read error says, for the user. */
    static String reason(IOException e) {
        if (e instanceof EOFException) {
            return "truncated (the compressed data ends early)";
        }
        if (e instanceof ZipException) {
            return "corrupt compressed data (" + e.getMessage() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Applies the directive lines of a block, in order (formats without directives: nothing to do). */
    static void directives(LineParser parser, byte[] b, int end) {
        if (!parser.hasDirectives()) {
            return;
        }
        int i = 0;
        while (i < end) {
            int hash = ByteSearch.find(b, (byte) '#', i, end);
            if (hash >= end) {
                return;
            }
            int lineEnd = ByteSearch.find(b, (byte) '\n', hash, end);
            if (hash == 0 || b[hash - 1] == '\n') {
                parser.directive(b, hash, lineEnd > hash && b[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd);
            }
            i = lineEnd + 1;
        }
    }

    /**
     * Parses every line of {@code b[start, end)} into {@code stats}; returns the number of lines (blank ones too, so
     * that line numbers are right). A parser that throws on a line makes that line malformed, never the run fatal.
     */
    static long parseInto(LineParser parser, byte[] b, int start, int end, LogStats stats, int input, long segment,
            int maxLine, RecordFilter filter) {
        return parseInto(parser, b, start, end, stats, input, segment, 0, maxLine, filter);
    }

    /** As above, numbering the lines from {@code firstLine} in the samples. */
    static long parseInto(LineParser parser, byte[] b, int start, int end, LogStats stats, int input, long segment,
            long firstLine, int maxLine, RecordFilter filter) {
        boolean all = filter.isNone();
        LogRecord r = new LogRecord();
        boolean directives = parser.hasDirectives();
        long line = firstLine;
        int lineStart = start;
        while (lineStart < end) {
            int i = ByteSearch.find(b, (byte) '\n', lineStart, end);
            int lineEnd = i > lineStart && b[i - 1] == '\r' ? i - 1 : i;
            if (lineEnd > lineStart) {
                if (lineEnd - lineStart > maxLine) {
                    stats.malformed(b, lineStart, lineEnd, input, segment, line, true);
                } else if (directives && b[lineStart] == '#') {
                    parser.directive(b, lineStart, lineEnd);
                } else {
                    r.reset(b);
                    boolean ok;
                    try {
                        ok = parser.parse(b, lineStart, lineEnd, r) && r.status >= 0 && r.status <= 999;
                    } catch (RuntimeException e) {
                        ok = false;
                    }
                    if (ok) {
                        if (all || filter.accepts(r)) {
                            stats.add(r);
                        } else {
                            stats.filtered++;
                        }
                    } else {
                        stats.malformed(b, lineStart, lineEnd, input, segment, line, false);
                    }
                }
            }
            line++;
            lineStart = i + 1;
        }
        return line - firstLine;
    }

    private static long afterNextNewline(FileChannel channel, long position, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long pos = position;
        while (pos < size) {
            buffer.clear();
            int n = channel.read(buffer, pos);
            if (n <= 0) {
                break;
            }
            int i = ByteSearch.find(buffer.array(), (byte) '\n', 0, n);
            if (i < n) {
                return pos + i + 1;
            }
            pos += n;
        }
        return size;
    }

    private static int lastNewline(byte[] b, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }
}
