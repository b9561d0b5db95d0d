package dev.httpcodes.logs.formats;

import dev.httpcodes.logs.formats.cdn.CloudFrontParser;
import dev.httpcodes.logs.formats.cdn.CloudflareParser;
import dev.httpcodes.logs.formats.cdn.FrontDoorParser;
import dev.httpcodes.logs.formats.cdn.GoogleLbParser;
import dev.httpcodes.logs.formats.proxy.EnvoyParser;
import dev.httpcodes.logs.formats.proxy.HaproxyParser;
import java.util.List;
import java.util.Optional;

/**
 * The format table: every format {@code httpcodes logs} reads, one row each (name, detector, parser factory).
 * Adding a format is one parser class and one row here; nothing else switches on formats. Detection picks the row
 * with the highest score (at least half the sample lines), earlier rows winning ties.
 */
public final class Formats {
    /** nginx/Apache combined: common plus {@code "referer" "agent"}. */
    public static final LogFormat COMBINED = new LogFormat("combined",
            s -> s.share((b, from, to) -> CombinedParser.reads(b, from, to) && b[to - 1] == '"'),
            o -> new CombinedParser());
    /**
     * nginx/Apache common (read by the combined parser, which stops after the bytes field); lines that are
     * {@link #NGINX_UPSTREAM}'s, which start as common lines do, are not counted as common ones.
     */
    public static final LogFormat COMMON = new LogFormat("common",
            s -> s.share((b, from, to) -> CombinedParser.reads(b, from, to) && b[to - 1] != '"'
                    && !NginxUpstream.PARSER.get().parse(b, from, to, probe(b))),
            o -> new CombinedParser());
    /** IIS W3C extended, with {@code #Fields:} directives. */
    public static final LogFormat IIS = new LogFormat("iis",
            s -> (s.anyLineStartsWith("#Software: Microsoft") || s.anyLineStartsWith("#Fields:"))
                    && CloudFrontParser.score(s) == 0 ? 1 : 0,
            o -> new IisParser());
    /** CloudFront standard logs ({@code #Fields:} naming {@code x-edge-*} fields); listed before IIS. */
    public static final LogFormat CLOUDFRONT = new LogFormat("cloudfront", CloudFrontParser::score,
            o -> new CloudFrontParser());
    /** HAProxy {@code option httplog} / {@code option tcplog}, with or without a syslog prefix. */
    public static final LogFormat HAPROXY = new LogFormat("haproxy", HaproxyParser::score, o -> new HaproxyParser());
    /** Envoy's default access log (and Istio's sidecar default). */
    public static final LogFormat ENVOY = new LogFormat("envoy", EnvoyParser::score, o -> new EnvoyParser());
    /** Google Cloud external Application Load Balancer, exported LogEntry JSON lines; before generic JSON. */
    public static final LogFormat GOOGLE_LB = new LogFormat("google-lb", GoogleLbParser::score,
            o -> new GoogleLbParser());
    /** Azure Front Door access logs (resource-log envelope or flat); before generic JSON. */
    public static final LogFormat FRONT_DOOR = new LogFormat("frontdoor", FrontDoorParser::score,
            o -> new FrontDoorParser());
    /** Cloudflare Logpush {@code http_requests}; before generic JSON. */
    public static final LogFormat CLOUDFLARE = new LogFormat("cloudflare", CloudflareParser::score,
            o -> new CloudflareParser());
    /** One JSON object per line (except the lines of the JSON formats above). */
    public static final LogFormat JSON = new LogFormat("json",
            s -> s.share((b, from, to) -> b[from] == '{' && !GoogleLbParser.claims(b, from, to)
                    && !FrontDoorParser.claims(b, from, to) && !CloudflareParser.claims(b, from, to)),
            o -> new JsonLinesParser(o.jsonFields().map(JsonLinesParser.Fields::parse)
                    .orElse(JsonLinesParser.Fields.DEFAULT)));
    /** Any nginx {@code log_format}, given with {@code --nginx-format}. */
    public static final LogFormat NGINX = new LogFormat("nginx", LogFormat.Detector.NEVER,
            o -> new NginxFormatParser(o.nginxFormat().orElseThrow(() -> new IllegalArgumentException(
                    "--format nginx needs --nginx-format '<log_format string>'"))));

    /** The {@code log_format} of {@link #NGINX_UPSTREAM}: combined, then the upstream's status and the times. */
    public static final String NGINX_UPSTREAM_FORMAT = "$remote_addr - $remote_user [$time_local] \"$request\" "
            + "$status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" $upstream_status $request_time "
            + "$upstream_response_time";
    /**
     * nginx as a reverse proxy, a common layout: combined plus {@code $upstream_status $request_time
     * $upstream_response_time}. Before {@link #COMMON}, which reads the start of such lines too.
     */
    public static final LogFormat NGINX_UPSTREAM = new LogFormat("nginx-upstream",
            s -> s.share((b, from, to) -> b[to - 1] != '"' && NginxUpstream.PARSER.get().parse(b, from, to,
                    probe(b))),
            o -> new NginxFormatParser(NGINX_UPSTREAM_FORMAT));

    /** One parser per thread for detection. */
    private static final class NginxUpstream {
        static final ThreadLocal<NginxFormatParser> PARSER = ThreadLocal.withInitial(() ->
                new NginxFormatParser(NGINX_UPSTREAM_FORMAT));
    }

    /** AWS Application Load Balancer access logs (as delivered to S3, gzip read directly). */
    public static final LogFormat ALB = new LogFormat("alb",
            s -> s.share((b, from, to) -> AwsLoadBalancerParser.albType(b, from, to)
                    && new AwsLoadBalancerParser(true).parse(b, from, to, probe(b))),
            o -> new AwsLoadBalancerParser(true));
    /** AWS Classic Load Balancer access logs. */
    public static final LogFormat ELB = new LogFormat("elb",
            s -> s.share((b, from, to) -> b[from] >= '0' && b[from] <= '9'
                    && new AwsLoadBalancerParser(false).parse(b, from, to, probe(b))),
            o -> new AwsLoadBalancerParser(false));

    /** The table. */
    public static final List<LogFormat> ALL = List.of(COMBINED, NGINX_UPSTREAM, COMMON, CLOUDFRONT, IIS, HAPROXY,
            ENVOY, GOOGLE_LB, FRONT_DOOR, CLOUDFLARE, JSON, NGINX, ALB, ELB);

    private Formats() {
    }

    /** A record to parse sample lines into (detection only). */
    private static LogRecord probe(byte[] b) {
        LogRecord r = new LogRecord();
        r.reset(b);
        return r;
    }

    public static Optional<LogFormat> byId(String id) {
        return ALL.stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(LogFormat::id).toList();
    }

    /** The format of a file from its first lines; empty when no format reads at least half of them. */
    public static Optional<LogFormat> detect(Sample sample) {
        LogFormat best = null;
        double bestScore = 0.5 - 1e-9;
        for (LogFormat f : ALL) {
            double score = f.detector().score(sample);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    public static Optional<LogFormat> detect(byte[] bytes, int length) {
        return detect(new Sample(bytes, length));
    }
}
