package humeur.app.cli;

import humeur.app.report.ScoredChats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML report in a real browser, Debian's headless Chromium driven through its chromedriver: the charts draw,
 * the console stays clean, a click on a period shows its messages, and hostile messages stay text. Screenshots go
 * to {@code app/target/report-browser/}. Skips when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is
 * missing ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them).
 */
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path ARTIFACTS = Path.of("target", "report-browser");

    @TempDir
    static Path dir;

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "ReportBrowserTest skipped: it needs " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        // Both paths are given, so Selenium Manager has nothing to look for and never runs (nor downloads).
        options.setBinary(CHROMIUM.toFile());
        // Chromium's background connections are refused on a closed network; these flags keep it from trying.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,1800",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(ARTIFACTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Path report(String... options) throws Exception {
        Path db = ScoredChats.scored(Files.createTempDirectory(dir, "db"));
        Path file = Files.createTempFile(dir, "report", ".html");
        String[] args = new String[options.length + 5];
        System.arraycopy(new String[] {"report", "--db", db.toString(), "-o", file.toString()}, 0, args, 0, 5);
        System.arraycopy(options, 0, args, 5, options.length);
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return file;
    }

    private void open(Path file) {
        browser.manage().window().setSize(new Dimension(1200, 1800));
        browser.get(file.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.findElement(By.tagName("body")).getAttribute("data-rendered") != null);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void screenshot(String name) throws Exception {
        Files.write(ARTIFACTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Clicks the chart of contact {@code contact} above period {@code period}, as a person would. */
    private void clickPeriod(int contact, int period) {
        clickPeriod(browser.findElement(By.cssSelector(".contact[data-contact='" + contact + "'] .chart")), period);
    }

    private void clickPeriod(WebElement chart, int period) {
        js("arguments[0].scrollIntoView({block: 'center'});", chart);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("var c = echarts.getInstanceByDom(arguments[0]);"
                + "return [c.convertToPixel({xAxisIndex: 0}, arguments[1]), c.convertToPixel({yAxisIndex: 0}, 0),"
                + " arguments[0].clientWidth, arguments[0].clientHeight];", chart, period);
        int dx = (int) Math.round(at.get(0).doubleValue() - at.get(2).doubleValue() / 2);
        int dy = (int) Math.round(at.get(1).doubleValue() - at.get(3).doubleValue() / 2);
        new Actions(browser).moveToElement(chart, dx, dy).click().perform();
    }

    private List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(e -> (String) js("return arguments[0].textContent;", e)).toList();
    }

    @Test
    void drawsTheChartsWithAQuietConsoleAndShowsAClickedPeriodsMessagesAsText() throws Exception {
        open(report());

        assertEquals("3", browser.findElement(By.tagName("body")).getAttribute("data-rendered"),
                "the comparison chart and one chart per contact");
        for (WebElement chart : browser.findElements(By.cssSelector(".chart"))) {
            Object drawn = js("var c = arguments[0].querySelector('canvas'); if (!c) return 0;"
                    + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                    + "for (var i = 0; i < d.length; i += 4) { if (d[i + 3] > 0) n++; } return n;", chart);
            assertTrue(((Number) drawn).longValue() > 1000, "a chart drew nothing: " + chart.getAttribute("id"));
        }
        assertEquals(List.of("Alice", "Bob"), texts(".contact h2"));

        clickPeriod(1, 0);
        assertEquals("Bob — 2024-09", browser.findElement(By.id("examples-title")).getText());
        assertEquals(List.of(ScoredChats.IMG, "Bof, pas terrible"), texts("#examples-positive .text"),
                "three messages: the two most positive");
        assertEquals(List.of(ScoredChats.SCRIPT), texts("#examples-negative .text"));
        assertEquals(List.of("+0.30 « " + ScoredChats.IMG + " »", "−0.75 « " + ScoredChats.SCRIPT + " »"),
                texts(".contact[data-contact='1'] .tip-example"), "hovering shows them too, in the tooltip");
        assertEquals(0L, js("return document.querySelectorAll('main img, main script, #examples [onerror]').length;"));
        assertEquals("undefined", js("return typeof window.__pwned;"), "a message ran as script");
        screenshot("report-clicked-period.png");

        clickPeriod(1, 2);
        assertEquals("Bob — 2024-11", browser.findElement(By.id("examples-title")).getText());
        assertEquals(List.of(ScoredChats.RTL), texts("#examples-positive .text"));
        assertEquals("isolate", js("return getComputedStyle(document.querySelector('#examples-positive .text')).unicodeBidi;"),
                "a right-to-left override stays inside its message");

        clickPeriod(browser.findElement(By.id("compare-chart")), 0);
        assertEquals("2024-09", browser.findElement(By.id("examples-title")).getText(), "everyone's September");
        assertEquals(List.of("Merci pour tout ❤️", "Quelle belle journée", "\"><img src=x onerror=\"window.__pwned = 2\">"),
                texts("#examples-positive .text"));
        assertTrue(texts("#examples-positive .meta").get(0).endsWith("Alice, Alice"), "contact, chat");

        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertTrue(console.stream().noneMatch(e -> e.getLevel().intValue() >= Level.WARNING.intValue()),
                "console: " + console);
    }

    @Test
    void filtersByChatContactAndPeriod() throws Exception {
        open(report());
        browser.findElement(By.cssSelector("#filter-contacts input[value='1']")).click();
        assertEquals(List.of("Alice"), texts(".contact h2"), "Bob unticked");
        browser.findElement(By.cssSelector("#filter-chats input[value='0']")).click();
        assertTrue(texts(".contact .stats").get(0).startsWith("3 messages"),
                "without the chat with Alice, Alice has 3 messages: " + texts(".contact .stats"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("from"))).selectByVisibleText("2024-11");
        assertTrue(texts(".contact .stats").get(0).startsWith("1 messages"), texts(".contact .stats").toString());
        assertEquals("0", js("return String(document.querySelectorAll('.contact .chart canvas').length - 1);"));
    }

    @Test
    void readsWellOnAPhoneInEnglish() throws Exception {
        open(report("--lang", "en", "--by", "week"));
        browser.manage().window().setSize(new Dimension(390, 844));
        js("window.dispatchEvent(new Event('resize'));");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Contacts compared (mean polarity per period)", browser.findElement(By.id("compare-title")).getText());
        long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
        assertTrue(overflow <= 0, "the page is wider than a phone by " + overflow + " px");
        screenshot("report-phone-en.png");
        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertTrue(console.stream().noneMatch(e -> e.getLevel().intValue() >= Level.WARNING.intValue()),
                "console: " + console);
    }
}
