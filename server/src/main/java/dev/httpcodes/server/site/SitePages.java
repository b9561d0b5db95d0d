package dev.httpcodes.server.site;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Comparison;
import dev.httpcodes.core.guide.Guides;
import java.util.ArrayList;
import java.util.List;

/**
 * Every page worth indexing, once per language: the home page, each entry, the "which code" guide, the list of
 * comparisons and each comparison in the guide. The sitemap and the static export both walk this list.
 */
public final class SitePages {
    private SitePages() {
    }

    public static List<PageAddress> all(Registry registry, Guides guides) {
        List<PageAddress> pages = new ArrayList<>(registry.entries().size() + 64);
        pages.add(PageAddress.home());
        for (Entry e : registry.entries()) {
            pages.add(PageAddress.entry(e.id()));
        }
        pages.add(PageAddress.which());
        pages.add(PageAddress.compareIndex());
        for (Comparison c : guides.comparisons()) {
            pages.add(PageAddress.compare(c.first(), c.second()));
        }
        return pages;
    }
}
