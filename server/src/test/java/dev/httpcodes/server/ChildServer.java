package dev.httpcodes.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server in a process of its own, for what only a process shows: its resident memory, its standard output as a
 * pipe, what it prints on stderr and at stop. {@link #main} is the child; the rest is the test's handle on it.
 * The child stops gracefully when its standard input ends, so a test stops it without signals; {@link #close}
 * kills it if it is still running, so a failed test leaves nothing behind.
 */
final class ChildServer implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("child: listening on (\\d+)");

    final Process process;
    final int port;
    /** Its stderr, line by line, as it comes. */
    final BlockingQueue<String> err = new LinkedBlockingQueue<>();

    private ChildServer(Process process) throws IOException, InterruptedException {
        this.process = process;
        Thread reader = new Thread(() -> copyLines(process.getErrorStream(), err), "child-stderr");
        reader.setDaemon(true);
        reader.start();
        Matcher m = LISTENING.matcher(nextMatching(LISTENING, 60));
        if (!m.find()) {
            throw new IllegalStateException("the child never said its port");
        }
        this.port = Integer.parseInt(m.group(1));
    }

    /**
     * Starts a child JVM with these JVM options and server arguments ({@code accessLog} is {@code off} for none).
     * Its standard output is a pipe the test reads, or leaves unread, from {@link Process#getInputStream()}.
     */
    static ChildServer start(List<String> jvmOptions, String accessLog, int eventLoops)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildServer.class.getName(),
                accessLog, Integer.toString(eventLoops)));
        Process p = new ProcessBuilder(command).start();
        try {
            return new ChildServer(p);
        } catch (IOException | RuntimeException | InterruptedException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    /** The next stderr line matching {@code pattern}, skipping others; fails after {@code seconds}. */
    String nextMatching(Pattern pattern, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String line = err.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no line matching " + pattern + " on the child's stderr within " + seconds
                        + " s");
            }
            if (pattern.matcher(line).find()) {
                return line;
            }
        }
    }

    /** Its resident memory now, in bytes, from /proc. */
    long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    /** Ends its standard input, which asks it to stop gracefully; true once it has exited with 0. */
    boolean stop(int seconds) throws IOException, InterruptedException {
        process.getOutputStream().close();
        return process.waitFor(seconds, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static void copyLines(InputStream in, BlockingQueue<String> to) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                to.add(line);
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    /** The child: {@code ACCESS_LOG|off EVENT_LOOPS}. */
    public static void main(String[] args) throws IOException {
        Optional<String> accessLog = args[0].equals("off") ? Optional.empty() : Optional.of(args[0]);
        HttpcodesServer server = HttpcodesServer.start(ServerConfig.ephemeral().withAccessLog(accessLog)
                .withCapacity(ServerConfig.Capacity.defaults().withEventLoops(Integer.parseInt(args[1]))));
        System.err.println("child: listening on " + server.port());
        System.err.flush();
        while (System.in.read() >= 0) {
            // until the test closes our standard input
        }
        server.stop();
        System.err.println("child: stopped");
        System.err.flush();
        System.exit(0);
    }
}
