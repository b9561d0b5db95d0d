package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs): search as
 * you type in Chinese, open a result, switch language, reach a page by keyboard only, and no console errors.
 */
class BrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static HttpcodesServer server;
    private static WebDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (System.getenv("CI") != null) {
            // In CI a missing browser is a broken setup, not a reason to skip.
            assertThat(installed).as("chromium and chromium-driver are installed by .ci/run").isTrue();
        }
        Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
        server = HttpcodesServer.start(ServerConfig.ephemeral());
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,1000",
                "--user-data-dir=" + Files.createTempDirectory("httpcodes-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("browser console errors and warnings").isEmpty();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void searchAsYouTypeOpenAResultAndSwitchLanguage() {
        driver.get(base + "/?lang=zh");
        waiting().until(ExpectedConditions.urlToBe(base + "/zh"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        driver.findElement(By.id("q")).sendKeys("超时");
        WebElement result = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#live [data-href='/zh/codes/504']")));
        assertThat(driver.findElements(By.cssSelector("#live [role=option]"))).hasSizeGreaterThan(1);
        result.click();
        waiting().until(ExpectedConditions.urlToBe(base + "/zh/codes/504"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("504");
        String chineseSummary = driver.findElement(By.cssSelector("p.summary")).getText();
        driver.findElement(By.cssSelector("a.lang")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(driver.getCurrentUrl()).isEqualTo(base + "/en/codes/504");
        assertThat(driver.findElement(By.cssSelector("p.summary")).getText()).isNotEqualTo(chineseSummary);
        // The explicit ?lang=zh was remembered: an unprefixed address opened afresh leads to Chinese.
        driver.get(base + "/codes/502");
        waiting().until(ExpectedConditions.urlToBe(base + "/zh/codes/502"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
    }

    @Test
    void plainFormSearchWorks() {
        driver.get(base + "/en");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("gateway timeout");
        q.submit();
        waiting().until(ExpectedConditions.urlContains("/en/search?q="));
        assertThat(driver.findElement(By.cssSelector("ol.results a")).getAttribute("href")).endsWith("/en/codes/504");
    }

    @Test
    void aCodePageIsReachedWithTheKeyboardOnly() {
        driver.get(base + "/en");
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("class")).isEqualTo("brand");
        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        keys.sendKeys("502").perform();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#live [data-href='/en/codes/502']")));
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        // A combobox: focus stays in the box, the active option is named by aria-activedescendant.
        WebElement active = driver.findElement(By.id(driver.switchTo().activeElement()
                .getAttribute("aria-activedescendant")));
        assertThat(active.getAttribute("data-href")).isEqualTo("/en/codes/502");
        keys.sendKeys(Keys.ENTER).perform();
        waiting().until(ExpectedConditions.urlToBe(base + "/en/codes/502"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("502");
    }

    @Test
    void skipLinkMovesFocusToTheContent() {
        driver.get(base + "/en/codes/404");
        new Actions(driver).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        waiting().until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
    }
}
