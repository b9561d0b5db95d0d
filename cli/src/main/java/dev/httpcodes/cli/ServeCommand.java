package dev.httpcodes.cli;

import dev.httpcodes.server.HttpcodesServer;
import dev.httpcodes.server.ServerConfig;
import dev.httpcodes.server.httpbin.HttpbinOptions;
import dev.httpcodes.server.httpbin.timing.GoDuration;
import dev.httpcodes.server.httpbin.timing.TimingOptions;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code httpcodes serve}: the web reference and JSON API, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web reference, the JSON API (/api/v1), /healthz and /metrics.",
            "Binds 127.0.0.1 unless --host says otherwise; stops gracefully on SIGTERM or Ctrl-C, letting requests in "
                + "flight finish (up to " + HttpcodesServer.GRACE_SECONDS + " s)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped cleanly", "1:cannot listen (address in use, no permission)", "2:usage error"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 faces every network).")
    String host;

    @Option(names = {"-p", "--port"}, defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one and prints it).")
    int port;

    @Option(names = "--access-log", paramLabel = "FILE|-|off", defaultValue = "-",
            description = "Access log in nginx combined format: a file, - for standard output (default), or off.")
    String accessLog;

    @Option(names = "--max-delay", paramLabel = "SECONDS", defaultValue = "300",
            description = "Longest delay the test endpoints grant (sleep, /delay, /drip; default: ${DEFAULT-VALUE}).")
    int maxDelaySeconds;

    @Option(names = "--max-duration", paramLabel = "DURATION", defaultValue = "10s",
            description = "Longest time a go-httpbin endpoint may take (/delay, and delay plus duration of /drip and "
                + "/sse); a Go duration such as 10s or 1m30s (default: ${DEFAULT-VALUE}).")
    String maxDuration;

    @Option(names = "--allowed-redirect-domains", paramLabel = "HOST,...", split = ",",
            description = "Hosts /redirect-to may send clients to in an absolute URL (exact names, no subdomains); "
                + "without it, relative URLs only.")
    java.util.List<String> allowedRedirectDomains = new java.util.ArrayList<>();

    @Option(names = "--drip-defaults", paramLabel = "duration=D,delay=D,numbytes=N",
            description = "What /drip uses when a request leaves a parameter out (default: duration=2s,delay=2s,"
                + "numbytes=10).")
    String dripDefaults;

    @Option(names = "--sse-defaults", paramLabel = "count=N,duration=D,delay=D",
            description = "What /sse uses when a request leaves a parameter out (default: count=10,duration=5s,"
                + "delay=0).")
    String sseDefaults;

    @Option(names = "--tls", description = "Also serve HTTPS (HTTP/2 by ALPN), with a self-signed certificate made "
            + "at start unless --cert and --key are given.")
    boolean tls;

    @Option(names = "--tls-port", defaultValue = "8443", description = "HTTPS port (default: ${DEFAULT-VALUE}; 0 picks one).")
    int tlsPort;

    @Option(names = "--hsts", description = "Send Strict-Transport-Security (one year) on HTTPS responses.")
    boolean hsts;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Origin shown in example commands on pages (default: the listening address).")
    String publicUrl;

    @Option(names = "--prefix", paramLabel = "PATH", defaultValue = "",
            description = "Serve every route under this path, such as /httpbin (default: the root).")
    String prefix;

    @Option(names = "--event-loops", paramLabel = "N", description = "Event loops serving requests (default: one per "
            + "core).")
    Integer eventLoops;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "20000",
            description = "Open connections beyond which new ones are closed (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--max-slow", paramLabel = "N", defaultValue = "16384",
            description = "Delayed or dripped responses in flight beyond which new ones get 503 (default: "
                + "${DEFAULT-VALUE}).")
    int maxSlow;

    @Option(names = "--header-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Time a connection has to send a complete request head (default: ${DEFAULT-VALUE}).")
    int headerTimeoutSeconds;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Silence after which a connection is closed, plus --max-delay so granted delays are never "
                + "cut (default: ${DEFAULT-VALUE}).")
    int idleTimeoutSeconds;

    @Option(names = "--cert", paramLabel = "PEM", description = "Certificate chain for --tls.")
    java.nio.file.Path cert;

    @Option(names = "--key", paramLabel = "PEM", description = "Private key for --tls.")
    java.nio.file.Path key;

    @Option(names = "--max-body-size", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body the httpbin echoes (/post, /anything, ...) read; a larger one gets "
                + "400 (default: ${DEFAULT-VALUE}, as go-httpbin).")
    long maxBodySize;

    @Option(names = "--exclude-headers", paramLabel = "NAMES", split = ",",
            description = "Request headers the httpbin echoes leave out: comma-separated names, * as a wildcard "
                + "(e.g. x-ignore-*,x-real-ip).")
    java.util.List<String> excludeHeaders = java.util.List.of();

    @Option(names = "--use-real-hostname", description = "Report this machine's name on /hostname instead of the "
            + "placeholder \"" + HttpbinOptions.DEFAULT_HOSTNAME + "\".")
    boolean useRealHostname;

    private final Context context;

    ServeCommand(Context context) {
        this.context = context;
    }

    private TimingOptions timing() {
        java.time.Duration max = GoDuration.parse(maxDuration).orElseThrow(() -> new IllegalArgumentException(
                "--max-duration must be a duration such as 10s, 1m30s or 500ms, not \"" + maxDuration + "\""));
        TimingOptions options = TimingOptions.defaults().withMaxDuration(max);
        if (dripDefaults != null) {
            options = options.withDrip(TimingOptions.DripDefaults.parse(dripDefaults));
        }
        if (sseDefaults != null) {
            options = options.withSse(TimingOptions.SseDefaults.parse(sseDefaults));
        }
        return options;
    }

    private java.util.Set<String> redirectDomains() {
        java.util.Set<String> domains = new java.util.LinkedHashSet<>();
        for (String domain : allowedRedirectDomains) {
            String d = domain.strip();
            // A host name or IP literal only: a scheme, path or wildcard here would be a mistake worth reporting.
            if (!d.isEmpty() && !d.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]")) {
                throw new IllegalArgumentException("--allowed-redirect-domains takes host names such as example.org, "
                        + "not \"" + d + "\"");
            }
            if (!d.isEmpty()) {
                domains.add(d);
            }
        }
        return domains;
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config;
        try {
            Optional<String> log = accessLog.equals("off") ? Optional.empty() : Optional.of(accessLog);
            if (maxDelaySeconds < 0) {
                throw new IllegalArgumentException("--max-delay must be 0 or more seconds, not " + maxDelaySeconds);
            }
            config = new ServerConfig(host, port, log).withMaxDelay(java.time.Duration.ofSeconds(maxDelaySeconds));
            ServerConfig.Capacity capacity = ServerConfig.Capacity.defaults().withMaxConnections(maxConnections)
                    .withMaxSlowResponses(maxSlow)
                    .withHeaderTimeout(java.time.Duration.ofSeconds(headerTimeoutSeconds))
                    .withIdleTimeout(java.time.Duration.ofSeconds(idleTimeoutSeconds));
            if (eventLoops != null) {
                capacity = capacity.withEventLoops(eventLoops);
            }
            config = config.withCapacity(capacity).withPublicUrl(Optional.ofNullable(publicUrl)).withPrefix(prefix);
            HttpbinOptions httpbin = HttpbinOptions.defaults().withMaxBodySize(maxBodySize)
                    .withExcludeHeaders(excludeHeaders);
            if (useRealHostname) {
                httpbin = httpbin.withHostname(realHostname());
            }
            config = config.withHttpbin(httpbin);
            config = config.withTiming(timing()).withRedirectDomains(redirectDomains());
            if (tls || hsts || cert != null || key != null) {
                config = config.withTls(new ServerConfig.Tls(tlsPort, Optional.ofNullable(cert),
                        Optional.ofNullable(key), hsts));
            }
        } catch (IllegalArgumentException e) {
            Problems.report(context.err(), e.getMessage().replace("port must", "--port must"));
            return ExitCode.USAGE;
        }
        HttpcodesServer server;
        try {
            server = HttpcodesServer.start(config, context.registry());
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            Problems.report(context.err(), e.getMessage());
            return ExitCode.NOTHING_FOUND;
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        context.err().println("httpcodes: serving http://" + shown + ":" + server.port() + "/"
                + server.tlsPort().map(p -> " and https://" + shown + ":" + p + "/").orElse("") + "  (Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            context.err().println("httpcodes: stopped");
            context.err().flush();
            stopped.countDown();
            // A stop asked for by SIGTERM or Ctrl-C that went cleanly is a success: exit 0, not the JVM's 143.
            Runtime.getRuntime().halt(ExitCode.FOUND);
        }, "httpcodes-shutdown"));
        stopped.await();
        return ExitCode.FOUND;
    }

    private static String realHostname() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("--use-real-hostname: this machine's name is unknown: "
                    + e.getMessage());
        }
    }
}
