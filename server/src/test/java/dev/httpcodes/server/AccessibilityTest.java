package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * axe-core finds no violation on the home page, an entry, search results, an empty search and an error page, in
 * both languages, on a desktop (1366 px) and a phone (360 px), in light and dark.
 */
class AccessibilityTest {
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();
    private static Chromium browser;
    private static String base;

    @BeforeAll
    static void start() {
        browser = SESSION.browser();
        base = SESSION.base();
    }

    @Test
    void noViolationsOnTheMainKindsOfPage() {
        List<String> found = new ArrayList<>();
        for (int width : new int[] {1366, 360}) {
            browser.viewport(width, 900);
            for (String scheme : List.of("light", "dark")) {
                browser.colorScheme(scheme);
                for (String lang : List.of("zh", "en")) {
                    for (String path : List.of("/", "/codes/502", "/codes/404.13", "/search?q=timeout",
                            "/search?q=zzzzqqq", "/codes/299")) {
                        browser.driver.get(base + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                        for (String v : browser.axeViolations()) {
                            found.add(width + " " + scheme + " " + lang + " " + path + " → " + v);
                        }
                    }
                }
            }
        }
        assertThat(found).as("axe-core violations").isEmpty();
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }
}
