package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.LocalizedText;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Troubleshooting;
import dev.httpcodes.ui.UiText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: the copy button app.js adds to a code block has an accessible name in the page's language, is
 * reached and pressed with the keyboard alone, puts the command on the clipboard and says so; prose keeps a
 * measure of about 75 characters on a wide screen. No console errors.
 */
class CopyButtonTest {
    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();
    private static Chromium browser;
    private static String base;

    @BeforeAll
    static void start() {
        browser = SESSION.browser();
        base = SESSION.base();
        // Reading the clipboard back needs the permission a user would grant.
        browser.driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theCopyButtonCopiesTheCommandByKeyboard(String slug) {
        Lang lang = Lang.of(slug);
        browser.viewport(1366, 900);
        browser.driver.get(base + "/" + slug + "/codes/502");
        WebElement button = browser.driver.findElement(By.cssSelector(".code-block button.copy"));
        assertThat(button.getText()).isEqualTo(UiText.COPY.in(lang));
        assertThat(button.getAccessibleName()).isEqualTo(UiText.COPY_CODE.in(lang));
        String command = browser.driver.findElement(By.cssSelector(".code-block pre code")).getText();
        assertThat(command).startsWith("curl -i " + base + "/status/502");

        // Keyboard only: Tab from the element before the button until the button has focus, then Enter.
        browser.js("document.querySelector('#try-it h2').setAttribute('tabindex', '-1');"
                + "document.querySelector('#try-it h2').focus();");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.js("return document.activeElement.className")).isEqualTo("copy");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();

        WebElement status = browser.driver.findElement(By.cssSelector(".code-block .copy-status[role=status]"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !status.getText().isEmpty());
        assertThat(status.getText()).isEqualTo(UiText.COPIED.in(lang));
        Object clipboard = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, e => done('clipboard failed: ' + e));");
        assertThat(clipboard).isEqualTo(command);
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }

    @Test
    void proseKeepsAMeasureOfAboutSeventyFiveCharacters() {
        browser.viewport(1366, 900);
        browser.driver.get(base + "/en/codes/502");
        @SuppressWarnings("unchecked")
        List<Number> measured = (List<Number>) browser.js("const p = document.querySelector('#meaning p:not(.summary)');"
                + "const c = document.createElement('canvas').getContext('2d');"
                + "c.font = getComputedStyle(p).font;"
                + "return [p.getBoundingClientRect().width, c.measureText('0').width, window.innerWidth];");
        double characters = measured.get(0).doubleValue() / measured.get(1).doubleValue();
        assertThat(measured.get(2).intValue()).isEqualTo(1366);
        assertThat(characters).as("paragraph width in widths of 0").isBetween(50.0, 80.0);
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void commandsQuotedInFixesGetTheirOwnCopyButton(String slug) {
        Lang lang = Lang.of(slug);
        // The expected spans, from the knowledge text: the ones holding a space or "=" are commands or settings.
        Entry entry = Registry.standard().getById("502");
        List<String> commands = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher span = Pattern.compile("`([^`]+)`").matcher("");
        for (Troubleshooting t : entry.troubleshooting()) {
            for (LocalizedText fix : t.fixes()) {
                span.reset(fix.in(lang));
                while (span.find()) {
                    (span.group(1).strip().matches("(?s).*[\\s=].*") ? commands : names).add(span.group(1));
                }
            }
        }
        assertThat(commands).as("502's fixes quote commands").isNotEmpty();
        assertThat(names).as("502's fixes quote bare names").isNotEmpty();

        browser.viewport(1366, 900);
        browser.driver.get(base + "/" + slug + "/codes/502");
        @SuppressWarnings("unchecked")
        List<List<String>> buttons = (List<List<String>>) browser.js("return Array.from(document.querySelectorAll("
                + "'#troubleshooting button.copy-inline')).map(b => [b.previousElementSibling.tagName,"
                + " b.previousElementSibling.textContent, b.getAttribute('aria-label')]);");
        assertThat(buttons).extracting(b -> b.get(0)).containsOnly("CODE");
        // The page groups causes by stack, so the order is the page's; every command once per quote, nothing else.
        assertThat(buttons).extracting(b -> b.get(1)).containsExactlyInAnyOrderElementsOf(commands);
        assertThat(buttons).allSatisfy(b -> assertThat(b.get(2)).isEqualTo(UiText.COPY_SNIPPET.in(lang) + b.get(1)));

        // Keyboard only: focus the first button, press Space; its command reaches the clipboard and the status says so.
        browser.js("document.querySelector('#troubleshooting button.copy-inline').focus();");
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        WebElement status = browser.driver.findElement(By.cssSelector("#troubleshooting > .copy-status[role=status]"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !status.getText().isEmpty());
        assertThat(status.getText()).isEqualTo(UiText.COPIED.in(lang));
        Object clipboard = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, e => done('clipboard failed: ' + e));");
        assertThat(clipboard).isEqualTo(buttons.get(0).get(1));
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }
}
