package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Debian Chromium for a test class: started once and reused (a session costs about a second), with
 * the viewport and colour scheme set through the DevTools protocol so one session can play desktop and phone, light
 * and dark; axe-core injected on demand.
 */
final class Chromium implements AutoCloseable {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    final ChromeDriver driver;
    private String axe;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a browser, or skips the test class where none is installed (but fails in CI, which installs one). */
    static Chromium start() throws IOException {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (System.getenv("CI") != null) {
            assertThat(installed).as("chromium and chromium-driver are installed by .ci/run").isTrue();
        }
        Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1366,900",
                "--user-data-dir=" + Files.createTempDirectory("httpcodes-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new Chromium(new ChromeDriver(service, options));
    }

    /**
     * Lays pages out as a screen this many CSS pixels wide would. Not as a "mobile" device: that would widen the
     * layout viewport to fit overflowing content and zoom out, hiding exactly the sideways scroll a test looks for.
     */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    /** Light or dark, as the system setting {@code prefers-color-scheme} would say. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** axe-core's violations on the current page, each as "rule: target, target…" (empty when there are none). */
    List<String> axeViolations() {
        if (axe == null) {
            try (InputStream in = Chromium.class.getResourceAsStream("/axe.min.js")) {
                assertThat(in).as("axe.min.js from the axe-core test dependency").isNotNull();
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        js(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => v.id"
                        + " + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))),"
                        + " e => done(['axe failed: ' + e]));");
        List<String> violations = new ArrayList<>();
        for (Object v : (List<?>) result) {
            violations.add(String.valueOf(v));
        }
        return violations;
    }

    /**
     * Console messages at warning level or above since the last call, except the one Chromium logs for a page that
     * was meant to answer 404 (an error page under test).
     */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER).getAll()) {
            boolean expected404 = e.getMessage().contains("status of 404") && expectedErrorPage(e.getMessage());
            if (e.getLevel().intValue() >= Level.WARNING.intValue() && !expected404) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    /** Error pages the tests visit on purpose: an unknown code or path. */
    private static boolean expectedErrorPage(String message) {
        return message.contains("/codes/299") || message.contains("/codes/999999") || message.contains("/codes/404.99")
                || message.contains("/no/such/page");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
