package dev.httpcodes.spark;

import dev.httpcodes.logs.LogAnalyzer;
import dev.httpcodes.logs.LogInputException;
import dev.httpcodes.logs.formats.LogFormat;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * On the driver: the files behind the arguments (a path, a Hadoop glob with {@code *}, {@code ?}, {@code [ab]} or
 * {@code {a,b}}, or a
 * directory, whose files are read), each file's format told from its first bytes as {@code httpcodes logs} tells it,
 * and the pieces the executors read: a gzip file whole (its format told by its task), a plain file in ranges of
 * {@code splitBytes}, or whole when its format has directive lines.
 */
final class InputPlan {
    /** A file to analyze; {@code format} is empty for a plain file without a line, null for a gzip file. */
    record File(String name, String uri, long size, Optional<LogFormat> format) {
    }

    final List<File> files = new ArrayList<>();
    final List<Piece> pieces = new ArrayList<>();

    private InputPlan() {
    }

    static InputPlan of(List<String> arguments, JobOptions job, Configuration conf, long splitBytes)
            throws LogInputException {
        InputPlan plan = new InputPlan();
        for (String argument : arguments) {
            for (FileStatus status : expand(argument, conf)) {
                plan.add(argument, status, job, conf, splitBytes);
            }
        }
        return plan;
    }

    private static List<FileStatus> expand(String argument, Configuration conf) throws LogInputException {
        if (argument.isEmpty() || argument.equals("-")) {
            throw new LogInputException((argument.isEmpty() ? "\"\"" : "-")
                    + ": a Spark job reads files (local, hdfs://, s3a://…), not standard input");
        }
        try {
            Path path = new Path(argument);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(path);
            if (matched == null || matched.length == 0) {
                throw new LogInputException(argument + (isGlob(argument) ? ": matches no file" : ": no such file"));
            }
            List<FileStatus> files = new ArrayList<>();
            for (FileStatus s : sorted(matched)) {
                if (s.isDirectory()) {
                    for (FileStatus inner : sorted(fs.listStatus(s.getPath()))) {
                        // Hadoop's convention: _SUCCESS markers and .crc/.tmp files are not data.
                        String n = inner.getPath().getName();
                        if (inner.isFile() && !n.startsWith("_") && !n.startsWith(".")) {
                            files.add(inner);
                        }
                    }
                } else {
                    files.add(s);
                }
            }
            if (files.isEmpty()) {
                throw new LogInputException(argument + ": holds no file to read");
            }
            return files;
        } catch (FileNotFoundException e) {
            throw new LogInputException(argument + ": no such file");
        } catch (IOException | IllegalArgumentException e) {
            throw new LogInputException(argument + ": cannot list: " + e.getMessage());
        }
    }

    private static boolean isGlob(String argument) {
        return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static List<FileStatus> sorted(FileStatus[] statuses) {
        List<FileStatus> list = new ArrayList<>(Arrays.asList(statuses));
        list.sort(Comparator.comparing(s -> s.getPath().toString()));
        return list;
    }

    private void add(String argument, FileStatus status, JobOptions job, Configuration conf, long splitBytes)
            throws LogInputException {
        // A plain path keeps the name it was given, as in `httpcodes logs`; a glob's files are named by their path.
        String name = isGlob(argument) || status.isDirectory() || !new Path(argument).getName()
                .equals(status.getPath().getName()) ? status.getPath().toString() : argument;
        String uri = status.getPath().toString();
        int index = files.size();
        byte[] head = new byte[LogAnalyzer.SAMPLE];
        int length = 0;
        try (InputStream in = status.getPath().getFileSystem(conf).open(status.getPath())) {
            while (length < head.length) {
                int n = in.read(head, length, head.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
        } catch (IOException e) {
            throw new LogInputException(name + ": cannot read: " + e.getMessage());
        }
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            files.add(new File(name, uri, status.getLen(), null));
            pieces.add(new Piece(index, 0, name, uri, 0, Long.MAX_VALUE, null));
            return;
        }
        Optional<LogFormat> format = LogAnalyzer.detect(job.analyzer(Optional.empty()), name, head, length,
                length < head.length);
        files.add(new File(name, uri, status.getLen(), format));
        if (format.isEmpty()) {
            return;
        }
        boolean directives;
        try {
            directives = format.get().parser(job.analyzer(format).formatOptions()).hasDirectives();
        } catch (IllegalArgumentException e) {
            throw new LogInputException(e.getMessage());
        }
        long size = status.getLen();
        if (directives || size <= splitBytes) {
            pieces.add(new Piece(index, 0, name, uri, 0, Long.MAX_VALUE, format.get().id()));
            return;
        }
        int range = 0;
        for (long start = 0; start < size; start += splitBytes) {
            long end = start + splitBytes >= size ? Long.MAX_VALUE : start + splitBytes;
            pieces.add(new Piece(index, range++, name, uri, start, end, format.get().id()));
        }
    }
}
