package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.TextNormalizer;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.ui.UiText;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The header search as an ARIA combobox, used with the keyboard only in headless Chromium: the roles and states,
 * arrow keys, Enter, Escape, closing on blur, the "no results" state with suggestions, axe-core and the console.
 * Expected codes come from the registry and the search itself, never from phrases written here.
 */
class SearchComboboxTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final Search SEARCH = new Search(REGISTRY);
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();
    private static Chromium chromium;
    private static String base;

    @BeforeAll
    static void start() {
        chromium = SESSION.browser();
        base = SESSION.base();
    }

    @BeforeEach
    void focusTheSearchBoxByKeyboard() {
        chromium.driver.get(base + "/en");
        Actions keys = new Actions(chromium.driver);
        keys.sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("id")).isEqualTo("q");
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(chromium.driver, Duration.ofSeconds(10));
    }

    private static WebElement focused() {
        return chromium.driver.switchTo().activeElement();
    }

    private static WebElement box() {
        return chromium.driver.findElement(By.id("q"));
    }

    private static void type(CharSequence... keys) {
        new Actions(chromium.driver).sendKeys(keys).perform();
    }

    private static List<WebElement> options() {
        return chromium.driver.findElements(By.cssSelector("#live [role=option]"));
    }

    private static void waitForOptions() {
        waiting().until(d -> "true".equals(box().getAttribute("aria-expanded")) && !options().isEmpty());
    }

    @Test
    void theBoxIsAComboboxWhoseListOpensWithTheBestMatchFirst() {
        assertThat(box().getAttribute("role")).isEqualTo("combobox");
        assertThat(box().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(box().getAttribute("aria-controls")).isEqualTo("live");
        assertThat(box().getAttribute("aria-autocomplete")).isEqualTo("list");
        assertThat(chromium.driver.findElement(By.id("live")).getAttribute("role")).isEqualTo("listbox");
        String term = SEARCH.synonyms().asMap().keySet().stream().filter(t -> !TextNormalizer.isCjk(t)).sorted()
                .findFirst().orElseThrow();
        type(term);
        waitForOptions();
        String expected = SEARCH.search(term, 1).get(0).entry().id();
        assertThat(base + options().get(0).getAttribute("data-href"))
                .endsWith("/en/codes/" + expected);
        assertThat(chromium.axeViolations()).isEmpty();
    }

    @Test
    void arrowKeysMoveTheActiveOptionAndEnterOpensIt() {
        Entry target = REGISTRY.getById("429");
        type(target.phrase());
        waitForOptions();
        assertThat(box().getAttribute("aria-activedescendant")).isNull();
        type(Keys.ARROW_DOWN);
        assertThat(box().getAttribute("aria-activedescendant")).isEqualTo(options().get(0).getAttribute("id"));
        assertThat(options().get(0).getAttribute("aria-selected")).isEqualTo("true");
        type(Keys.ARROW_DOWN);
        assertThat(box().getAttribute("aria-activedescendant")).isEqualTo(options().get(1).getAttribute("id"));
        assertThat(options().get(0).getAttribute("aria-selected")).isEqualTo("false");
        type(Keys.ARROW_UP);
        assertThat(box().getAttribute("aria-activedescendant")).isEqualTo(options().get(0).getAttribute("id"));
        // Focus never left the box: that is the combobox pattern, not a list of focusable links.
        assertThat(focused().getAttribute("id")).isEqualTo("q");
        String href = base + options().get(0).getAttribute("data-href");
        type(Keys.ENTER);
        waiting().until(ExpectedConditions.urlToBe(href));
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).contains(target.id());
    }

    @Test
    void enterOnAnExactCodeOpensItsPage() {
        Entry sub = REGISTRY.entries().stream().filter(e -> e.code().hasSubcode()).findFirst().orElseThrow();
        type(sub.id());
        waitForOptions();
        type(Keys.ENTER);
        waiting().until(ExpectedConditions.urlToBe(base + "/en/codes/" + sub.id()));
    }

    @Test
    void escapeAndBlurCloseTheList() {
        type("502");
        waitForOptions();
        type(Keys.ESCAPE);
        assertThat(box().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(options()).isEmpty();
        assertThat(chromium.driver.findElement(By.id("live")).isDisplayed()).isFalse();
        assertThat(box().getAttribute("value")).isEqualTo("502");
        // ArrowDown on a closed list opens it again.
        type(Keys.ARROW_DOWN);
        waitForOptions();
        type(Keys.TAB);
        waiting().until(d -> "false".equals(box().getAttribute("aria-expanded")));
        assertThat(options()).isEmpty();
        assertThat(focused().getAttribute("id")).isNotEqualTo("q");
    }

    @Test
    void nothingFoundSaysSoAndOffersTheNearestCodes() {
        // A standard phrase with its words run together matches no word, but its entry is the nearest name.
        Entry near = REGISTRY.entries().stream().filter(e -> e.vendor().isEmpty() && !e.code().hasSubcode())
                .filter(e -> {
                    String q = TextNormalizer.normalize(e.phrase()).replace(" ", "");
                    return q.length() >= 12 && SEARCH.search(q, 1).isEmpty() && SEARCH.suggest(q, 3).contains(e.id());
                }).findFirst().orElseThrow();
        String query = TextNormalizer.normalize(near.phrase()).replace(" ", "");
        type(query);
        waitForOptions();
        String status = chromium.driver.findElement(By.id("live-status")).getText();
        String noResults = UiText.NO_RESULTS.format(Lang.EN, "“" + query + "”");
        assertThat(status).startsWith(noResults).contains(UiText.SUGGESTIONS.in(Lang.EN));
        assertThat(options()).extracting(o -> base + o.getAttribute("data-href"))
                .contains(base + "/en/codes/" + near.id());
        assertThat(chromium.axeViolations()).isEmpty();
    }

    @Test
    void gibberishSaysNothingMatchesWithNoOptions() {
        String query = "qwxzkjv";
        assertThat(SEARCH.search(query, 1)).isEmpty();
        type(query);
        waiting().until(d -> !d.findElement(By.id("live-status")).getText().isEmpty());
        assertThat(chromium.driver.findElement(By.id("live-status")).getText())
                .isEqualTo(UiText.NO_RESULTS.format(Lang.EN, "“" + query + "”"));
        assertThat(box().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(chromium.axeViolations()).isEmpty();
    }
}
