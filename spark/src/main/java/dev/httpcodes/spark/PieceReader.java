package dev.httpcodes.spark;

import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.LogInputException;
import dev.httpcodes.logs.formats.Formats;
import dev.httpcodes.logs.formats.LogFormat;
import dev.httpcodes.logs.stats.Malformed;
import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads one piece on an executor with the logs module's own analyzer, on one thread: the piece's bytes are its
 * input, as standard input is for {@code httpcodes logs} (so gzip is told by its magic bytes and inflated, and a
 * format not given is told from the first bytes, exactly as there). The result is a {@link Partial} whose malformed
 * samples carry the file and range they came from, numbered within the range, for the driver to number in the file.
 */
final class PieceReader {
    private static final int BUFFER = 1 << 16;

    private PieceReader() {
    }

    static Partial read(Piece piece, JobOptions job, HadoopConf conf) {
        long started = System.nanoTime();
        Partial partial = readPiece(piece, job, conf);
        partial.pieces = 1;
        partial.readNanos = System.nanoTime() - started;
        partial.slowestReadNanos = partial.readNanos;
        return partial;
    }

    private static Partial readPiece(Piece piece, JobOptions job, HadoopConf conf) {
        Partial partial = new Partial();
        Path path = new Path(piece.uri());
        try {
            FileSystem fs = path.getFileSystem(conf.get());
            try (FSDataInputStream raw = fs.open(path)) {
                InputStream in;
                if (piece.whole()) {
                    in = new BufferedInputStream(raw, BUFFER);
                } else {
                    if (piece.start() > 0) {
                        raw.seek(piece.start() - 1);
                    }
                    in = new LineRange(new BufferedInputStream(raw, BUFFER), piece.start(), piece.end());
                }
                Optional<LogFormat> known = piece.format() == null ? Optional.empty() : Formats.byId(piece.format());
                LogAnalyzer.LogStatsResult result = new LogAnalyzer(job.analyzer(known))
                        .analyze(List.of(new LogAnalyzer.Input(piece.name(), Optional.empty(), in)), n -> { });
                add(partial, piece, result);
            }
        } catch (LogInputException e) {
            partial.failures.put(piece.file(), e.getMessage());
        } catch (FileNotFoundException e) {
            partial.failures.put(piece.file(), piece.name() + ": no such file");
        } catch (IOException e) {
            partial.failures.put(piece.file(), piece.name() + ": cannot read: " + e.getMessage());
        }
        return partial;
    }

    private static void add(Partial partial, Piece piece, LogAnalyzer.LogStatsResult result) {
        LogAnalyzer.InputResult input = result.inputs().get(0);
        long key = Partial.key(piece.file(), piece.range());
        partial.lines.put(key, input.lines());
        partial.bytes.put(key, input.end());
        if (piece.format() == null) {
            partial.formats.put(piece.file(), input.format().map(LogFormat::id).orElse(""));
        }
        for (LogAnalyzer.Incomplete stop : result.incomplete()) {
            partial.stops.add(new Partial.Stop(piece.file(), piece.range(), stop.bytes(), stop.lines(), stop.reason()));
        }
        // The analyzer numbered the samples from 1 in this piece; the driver numbers them in the file.
        List<Malformed> samples = new ArrayList<>();
        for (Malformed m : result.stats().samples()) {
            samples.add(new Malformed(piece.file(), piece.range(), m.line() - 1, m.text(), m.tooLong()));
        }
        result.stats().samples(samples);
        partial.stats = result.stats();
    }
}
