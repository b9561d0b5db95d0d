package dev.httpcodes.server.export;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.EntryFilter;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Guides;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.server.pages.GuideHandlers;
import dev.httpcodes.server.pages.PageHandlers;
import dev.httpcodes.server.site.PageAddress;
import dev.httpcodes.server.site.SiteFiles;
import dev.httpcodes.server.site.SitePages;
import dev.httpcodes.server.site.SiteUrls;
import dev.httpcodes.ui.HtmlEscape;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the whole reference as static files for a host at a base URL: every page of {@link SitePages} in both
 * languages as {@code <lang>/<path>/index.html}, the search page (filled in by the browser from
 * {@code assets/search-index.json}), the assets, {@code robots.txt}, {@code sitemap.xml}, a root {@code index.html}
 * that offers both languages, and {@code 404.html} for hosts that serve one for missing paths.
 */
public final class StaticSite {
    /** The assets a page loads; offline-search.js stands in for the search API. */
    private static final List<String> ASSETS = List.of("app.css", "app.js", "offline-search.js");

    private final Registry registry;
    private final Guides guides;
    private final Search search;
    private final SiteUrls urls;

    public StaticSite(Registry registry, Guides guides, Search search, SiteUrls urls) {
        if (!urls.exported()) {
            throw new IllegalArgumentException("a static site needs exported URLs (SiteUrls.exported)");
        }
        this.registry = registry;
        this.guides = guides;
        this.search = search;
        this.urls = urls;
    }

    /** What was written, for the command's summary line. */
    public record Written(int pages, int files) {
    }

    /**
     * Writes the site into {@code out}, which must not exist or be an empty directory, unless {@code force}, which
     * first deletes what it holds (never following a symbolic link out of it).
     */
    public Written write(Path out, boolean force) throws ExportException {
        prepare(out, force);
        PageHandlers pages = new PageHandlers(registry, search, urls, urls::origin);
        GuideHandlers guidePages = new GuideHandlers(registry, search, guides, urls, ctx -> {
        });
        int pageCount = 0;
        int files = 0;
        for (PageAddress page : SitePages.all(registry, guides)) {
            for (Lang lang : Lang.values()) {
                write(out, urls.file(page, lang), render(page, lang, pages, guidePages));
                pageCount++;
            }
        }
        for (Lang lang : Lang.values()) {
            write(out, urls.file(PageAddress.search(""), lang), pages.searchHtml(lang, "", List.of()));
            pageCount++;
        }
        for (String asset : ASSETS) {
            write(out, "assets/" + asset, asset(asset));
            files++;
        }
        write(out, "assets/search-index.json", SearchIndexJson.of(registry, search.synonyms()));
        write(out, "robots.txt", SiteFiles.robots(urls));
        write(out, "sitemap.xml", SiteFiles.sitemap(urls, SitePages.all(registry, guides)));
        write(out, "index.html", root());
        write(out, "404.html", pages.notFoundHtml(Lang.EN, "", List.of()));
        return new Written(pageCount, files + 5 + pageCount);
    }

    private String render(PageAddress page, Lang lang, PageHandlers pages, GuideHandlers guidePages) {
        return switch (page.kind()) {
            case HOME -> pages.homeHtml(lang, EntryFilter.all(), page);
            case ENTRY -> pages.entryHtml(registry.getById(page.args().get(0)), lang);
            case WHICH -> guidePages.whichHtml(lang);
            case COMPARE_INDEX -> guidePages.compareIndexHtml(lang);
            case COMPARE -> {
                Entry a = registry.getById(page.args().get(0));
                Entry b = registry.getById(page.args().get(1));
                yield guidePages.compareHtml(a, b, lang);
            }
            case SEARCH -> pages.searchHtml(lang, "", List.of());
        };
    }

    /**
     * The host's root: no server can pick the reader's language, so it names both (and is itself in neither
     * language's sitemap; the English home is the x-default).
     */
    private String root() {
        String zh = HtmlEscape.escape(urls.path(PageAddress.home(), Lang.ZH));
        String en = HtmlEscape.escape(urls.path(PageAddress.home(), Lang.EN));
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"color-scheme\" content=\"light dark\">\n<title>httpcodes</title>\n"
                + "<link rel=\"canonical\" href=\"" + HtmlEscape.escape(urls.absolute(urls.path(PageAddress.home(),
                        Lang.EN))) + "\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"" + urls.asset("app.css")
                + "\">\n</head>\n<body>\n<main id=\"main\">\n<h1>httpcodes</h1>\n<ul class=\"links\">\n"
                + "<li><a href=\"" + zh + "\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a></li>\n"
                + "<li><a href=\"" + en + "\" hreflang=\"en\">English</a></li>\n</ul>\n</main>\n</body>\n</html>\n";
    }

    private static String asset(String name) throws ExportException {
        try (InputStream in = StaticSite.class.getResourceAsStream("/dev/httpcodes/server/assets/" + name)) {
            if (in == null) {
                throw ExportException.failed("asset " + name + " is missing from the server jar", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ExportException.failed("cannot read asset " + name + ": " + e.getMessage(), e);
        }
    }

    private static void prepare(Path out, boolean force) throws ExportException {
        try {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                throw ExportException.refused(out + " exists and is not a directory");
            }
            if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                boolean empty;
                try (Stream<Path> children = Files.list(out)) {
                    empty = children.findAny().isEmpty();
                }
                if (!empty && !force) {
                    throw ExportException.refused(out + " is not empty (use --force to replace what it holds)");
                }
                if (!empty) {
                    clear(out);
                }
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw ExportException.failed("cannot prepare " + out + ": " + e.getMessage(), e);
        }
    }

    /** Deletes what the directory holds, depth first; a symbolic link is removed, never followed. */
    private static void clear(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void write(Path out, String relative, String content) throws ExportException {
        Path file = out.resolve(relative).normalize();
        if (!file.startsWith(out.normalize())) {
            // Entry ids are checked by the knowledge compiler; this only guards against a path leaving the output.
            throw ExportException.failed("refusing to write outside the output directory: " + relative, null);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ExportException.failed("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
