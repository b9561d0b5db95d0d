package dev.httpcodes.cli;

import dev.httpcodes.check.Checker;
import dev.httpcodes.check.fetch.FetchOptions;
import dev.httpcodes.check.http.Chain;
import dev.httpcodes.check.http.HeaderFields;
import dev.httpcodes.check.input.CurlTranscriptReader;
import dev.httpcodes.check.input.HarReader;
import dev.httpcodes.check.input.InputException;
import dev.httpcodes.check.input.InputFiles;
import dev.httpcodes.check.report.CheckReport;
import dev.httpcodes.check.report.Paint;
import dev.httpcodes.check.report.ReportJson;
import dev.httpcodes.check.report.ReportText;
import dev.httpcodes.cli.render.Style;
import dev.httpcodes.core.StatusClass;
import dev.httpcodes.core.rules.CheckKnowledge;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code httpcodes check URL}: follow a request's redirects, lint each response and say who produced it. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Send a request (HTTP/1.1, or HTTP/2 when TLS offers it), follow its redirects hop by hop, and "
            + "for each response: explain the status, lint it against the MUST/SHOULD rules of the knowledge base "
            + "(knowledge/lint-rules.yaml) and name the layer that produced it (knowledge/fingerprints.yaml), with "
            + "evidence. --har and --raw lint a saved HAR file or curl -i / curl -v transcript instead.",
            "Bodies are read up to 1 MiB. Proxies from the environment are not used."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no error-level finding", "2:usage error, or an input file that cannot be read",
            "3:network failure: DNS, connection refused or timed out, TLS, no response",
            "4:at least one error-level finding (a MUST or MUST NOT broken)"})
final class CheckCommand implements Callable<Integer> {
    static final int NETWORK_FAILURE = 3;
    static final int ERROR_FINDINGS = 4;
    private static final Pattern TOKEN = Pattern.compile("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$");

    @ParentCommand
    HttpcodesCommand root;

    @Parameters(arity = "0..1", paramLabel = "URL", description = "An http:// or https:// URL.")
    String url;

    @Option(names = {"-X", "--request"}, paramLabel = "METHOD", description = "Request method (default GET).")
    String method;

    @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'", description = "A request header; repeatable.")
    List<String> headers = new ArrayList<>();

    @Option(names = {"-d", "--data"}, paramLabel = "BODY", description = "Request content (implies POST).")
    String data;

    @Option(names = "--max-redirects", paramLabel = "N", defaultValue = "10",
            description = "Redirects to follow at most (default ${DEFAULT-VALUE}).")
    int maxRedirects;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "10",
            description = "Seconds allowed for each hop (default ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = {"-k", "--insecure"}, description = "Accept any TLS certificate (testing only).")
    boolean insecure;

    @Option(names = "--http1.1", description = "Offer only HTTP/1.1 over TLS.")
    boolean http1;

    @Option(names = "--har", paramLabel = "FILE", description = "Lint every entry of a HAR file instead.")
    String har;

    @Option(names = "--raw", paramLabel = "FILE|-", description = "Lint a saved curl -i or curl -v transcript.")
    String raw;

    private final Context context;

    CheckCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        OutputSettings settings = root.settings(false);
        int inputs = (url != null ? 1 : 0) + (har != null ? 1 : 0) + (raw != null ? 1 : 0);
        if (inputs != 1) {
            return usage("give exactly one of URL, --har FILE or --raw FILE|-");
        }
        Checker checker = new Checker(context.registry(), CheckKnowledge.standard());
        CheckReport report;
        if (url == null) {
            String name = har != null ? har : raw;
            try {
                byte[] bytes = InputFiles.read(name, System.in);
                Chain chain = har != null ? HarReader.read(name, bytes) : CurlTranscriptReader.read(name, bytes);
                report = checker.report(har != null ? "har" : "raw", name, chain, settings.lang());
            } catch (InputException e) {
                Problems.report(context.err(), e.getMessage());
                return ExitCode.USAGE;
            }
        } else {
            URI target;
            try {
                target = new URI(url);
            } catch (URISyntaxException e) {
                return usage("not a URL: " + e.getMessage());
            }
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || target.getHost() == null) {
                return usage("the URL must be http:// or https:// with a host: " + url);
            }
            if (maxRedirects < 0 || maxRedirects > 50) {
                return usage("--max-redirects must be 0-50, not " + maxRedirects);
            }
            if (!(timeout > 0 && timeout <= 600)) {
                return usage("--timeout must be more than 0 and at most 600 seconds");
            }
            String verb = method != null ? method : data != null ? "POST" : "GET";
            if (!TOKEN.matcher(verb).matches()) {
                return usage("not a method name: " + verb);
            }
            List<HeaderFields.Field> fields = new ArrayList<>();
            for (String h : headers) {
                int colon = h.indexOf(':');
                String name = colon > 0 ? h.substring(0, colon).strip() : "";
                String value = colon > 0 ? h.substring(colon + 1).strip() : "";
                if (!TOKEN.matcher(name).matches() || value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                    return usage("a header is 'Name: value' without control characters, not: " + h);
                }
                fields.add(new HeaderFields.Field(name, value));
            }
            FetchOptions options = new FetchOptions(verb, fields,
                    data == null ? null : data.getBytes(StandardCharsets.UTF_8), maxRedirects,
                    Duration.ofMillis((long) (timeout * 1000)), insecure, http1, FetchOptions.DEFAULT_BODY_CAP);
            report = checker.live(target, options, settings.lang());
        }
        if (settings.json()) {
            context.out().println(ReportJson.render(report, context.registry()));
        } else {
            ReportText.render(report, context.registry(), paint(new Style(settings.colour())), context.out());
        }
        if (report.failure().isPresent()) {
            return NETWORK_FAILURE;
        }
        return report.hasErrors() ? ERROR_FINDINGS : ExitCode.FOUND;
    }

    private int usage(String message) {
        Problems.report(context.err(), message + "; see 'httpcodes check --help'");
        return ExitCode.USAGE;
    }

    private static Paint paint(Style style) {
        return new Paint() {
            @Override
            public String byClass(StatusClass statusClass, String text) {
                return style.byClass(statusClass, text);
            }

            @Override
            public String bold(String text) {
                return style.bold(text);
            }

            @Override
            public String dim(String text) {
                return style.dim(text);
            }
        };
    }
}
