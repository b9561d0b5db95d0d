package dev.httpcodes.cli;

import dev.httpcodes.core.guide.Guides;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.server.export.ExportException;
import dev.httpcodes.server.export.StaticSite;
import dev.httpcodes.server.site.SiteUrls;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code httpcodes site}: the web reference as static files for any static host. */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"Write the whole web reference as static files: both languages, every entry, guide and "
            + "compare page, the assets, robots.txt, sitemap.xml and a search index, so search as you type works "
            + "with no server.",
            "Pages are directories holding index.html; links are absolute paths below the base URL's path, so serve "
                + "DIR at that path (with the default base URL: jwebserver -d /absolute/DIR -p 8000)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:a file could not be written", "2:usage error: bad --base-url, DIR not empty "
            + "(without --force) or not a directory"})
final class SiteCommand implements Callable<Integer> {
    static final String DEFAULT_BASE_URL = "http://localhost:8000/";

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "Directory to write; must be missing or empty unless --force.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = DEFAULT_BASE_URL,
            description = "Where the site will be published, e.g. https://example.org/httpcodes/; used for links, "
                + "canonical URLs and the sitemap (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--force", description = "Delete what DIR holds before writing (symbolic links are removed, "
            + "never followed).")
    boolean force;

    private final Context context;

    SiteCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SiteUrls urls;
        try {
            urls = SiteUrls.exported(baseUrl);
        } catch (IllegalArgumentException e) {
            Problems.report(context.err(), e.getMessage());
            return ExitCode.USAGE;
        }
        StaticSite site = new StaticSite(context.registry(), Guides.standard(), new Search(context.registry()), urls);
        StaticSite.Written written;
        try {
            written = site.write(out, force);
        } catch (ExportException e) {
            Problems.report(context.err(), e.getMessage());
            return e.refused() ? ExitCode.USAGE : ExitCode.NOTHING_FOUND;
        }
        context.err().println("httpcodes: wrote " + written.pages() + " pages (" + written.files() + " files) to "
                + out + " for " + urls.absolute(urls.root()));
        return ExitCode.FOUND;
    }
}
