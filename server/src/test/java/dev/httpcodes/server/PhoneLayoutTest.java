package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Comparison;
import dev.httpcodes.core.guide.Guides;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page of the reference in both languages, laid out on a 360 px phone: nothing may scroll sideways (long
 * tokens such as {@code 508.cpanel}, header names, URLs and commands wrap or scroll inside their own box), and the
 * controls a thumb uses are at least 44 px tall.
 */
class PhoneLayoutTest {
    private static final int PHONE = 360;
    private static final int TAP = 44;
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();
    private static Chromium browser;
    private static String base;

    @BeforeAll
    static void start() {
        browser = SESSION.browser();
        base = SESSION.base();
        browser.viewport(PHONE, 780);
    }

    /** Every path a visitor can reach from the home page, the guides and the error pages. */
    private static List<String> everyPage() {
        List<String> paths = new ArrayList<>(List.of("/", "/which", "/compare", "/search?q=timeout",
                "/search?q=zzzzqqq", "/codes/299", "/codes/999999", "/codes/404.99", "/no/such/page",
                "/?vendor=nginx", "/?standing=obsolete"));
        for (Entry e : Registry.standard().entries()) {
            paths.add("/codes/" + e.id());
        }
        for (Comparison c : Guides.standard().comparisons()) {
            paths.add("/compare/" + c.first() + "/" + c.second());
        }
        return paths;
    }

    private static String url(String path, String lang) {
        return base + path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
    }

    @Test
    void noPageScrollsSidewaysAt360Pixels() {
        List<String> wide = new ArrayList<>();
        int checked = 0;
        for (String lang : List.of("zh", "en")) {
            for (String path : everyPage()) {
                browser.driver.get(url(path, lang));
                Object overflow = browser.js("const w = document.documentElement.scrollWidth;"
                        + "return w > window.innerWidth || window.innerWidth !== arguments[0]"
                        + " ? w + ' > ' + window.innerWidth : null;", PHONE);
                if (overflow != null) {
                    wide.add(lang + " " + path + ": " + overflow);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(2 * Registry.standard().entries().size());
        assertThat(wide).as("pages wider than the phone").isEmpty();
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }

    @Test
    void controlsAreLargeEnoughToTap() {
        for (String path : List.of("/", "/codes/404", "/codes/502", "/search?q=timeout")) {
            for (String lang : List.of("zh", "en")) {
                browser.driver.get(url(path, lang));
                Object small = browser.js("return Array.from(document.querySelectorAll("
                        + "'header a, header input, header button, main button, main select, .grid a, .legend a,"
                        + " .classes a, ol.results > li > a, ul.links > li > a'))"
                        + ".filter(e => e.getClientRects().length > 0)"
                        + ".map(e => [e, e.getBoundingClientRect()])"
                        + ".filter(([e, r]) => r.height < arguments[0] || r.width < arguments[0])"
                        + ".map(([e, r]) => (e.id || e.className || e.tagName) + ' ' + (e.textContent || '').trim()"
                        + ".slice(0, 20) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));", TAP);
                assertThat((List<?>) small).as("controls under %s px on %s (%s)", TAP, path, lang).isEmpty();
            }
        }
    }

    @Test
    void theHeaderStaysCompact() {
        browser.driver.get(url("/codes/404", "en"));
        Number height = (Number) browser.js("return document.querySelector('header.top').getBoundingClientRect().height;");
        // Brand, search box and language switch on at most two rows of tap targets, so the page starts above the fold.
        assertThat(height.doubleValue()).isLessThanOrEqualTo(2 * TAP + 40);
    }
}
