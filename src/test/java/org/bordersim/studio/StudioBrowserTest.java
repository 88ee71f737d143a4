package org.bordersim.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The studio in a real browser: Debian's chromium, headless, driven by chromium-driver (.ci/run
 * installs both). Screenshots go to target/studio-*.png. Skipped, with the reason printed, only
 * where chromium or its driver is not installed.
 */
class StudioBrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    static final String HOSTILE = "<img src=x onerror=document.title='owned'>.json";

    @TempDir
    static Path dir;
    static Studio studio;
    static WebDriver browser;

    @BeforeAll
    static void open() throws Exception {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
        if (!installed) System.out.println("StudioBrowserTest skipped: " + CHROMIUM + " or " + DRIVER + " is not installed");
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Path.of("scenarios/baseline.json"), scenarios.resolve("baseline.json"));
        Files.writeString(scenarios.resolve(HOSTILE), "{\"extends\": \"baseline.json\", \"name\": \"hostile\"}");
        Files.writeString(scenarios.resolve("tiny-portfolio.json"), """
                {"name": "tiny", "scenario": "baseline.json", "horizonYears": 0.1, "budget": {"currency": "USD", "perYear": 100000},
                 "maximise": "officer_hours_checkpoint", "replications": 3,
                 "options": [{"name": "staffing", "pointer": "/blos/*/staffing", "levels": [{"value": 6}, {"value": 8}, {"value": 9}]}],
                 "conditions": [{"name": "churn", "label": "turnover doubles", "set": {"/officers/turnoverPerYear": 0.6}}]}
                """);
        studio = Studio.start(scenarios, "127.0.0.1", 0, 2);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1700");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.get("http://127.0.0.1:" + studio.port() + "/");
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.quit();
        if (studio != null) studio.close();
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target", "studio-" + name + ".png"), png);
    }

    @Test
    void aPlannerPicksTheBorderChangesStaffingAndReadsTheAnswerInWords() throws Exception {
        waitUpTo(20).until(d -> new Select(d.findElement(By.id("scenario"))).getOptions().size() > 2);
        new Select(browser.findElement(By.id("scenario"))).selectByValue("baseline.json");
        WebElement map = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("map")));
        assertTrue(map.getAttribute("src").startsWith("data:image/png"), "the map is shown");
        WebElement staffing = browser.findElement(By.id("lever-_blos___staffing"));
        assertEquals("6", staffing.getAttribute("value"));
        staffing.clear();
        staffing.sendKeys("10");
        browser.findElement(By.id("reps")).click(); // leave the field, so the change is seen
        assertTrue(browser.findElement(By.cssSelector(".lever.changed")).getText().contains("Officers per BLO"));
        WebElement reps = browser.findElement(By.id("reps"));
        reps.clear();
        reps.sendKeys("3");
        browser.findElement(By.id("compare")).click();
        waitUpTo(120).until(d -> d.findElements(By.cssSelector("#result tbody tr")).size() > 3);
        List<WebElement> rows = browser.findElements(By.cssSelector("#result tbody tr"));
        String first = rows.get(0).getText();
        assertTrue(first.startsWith("value seized (USD)"), first);
        assertTrue(first.contains("about") && first.contains("USD") && first.contains("not detectable at 3")
                || first.contains("detectable"), first);
        assertEquals("done", browser.findElement(By.id("status")).getText());
        assertEquals(8, browser.findElements(By.cssSelector("#places tbody tr")).size(), "a row per place");
        assertTrue(browser.findElement(By.id("place-map")).getAttribute("src").startsWith("data:image/png"), "where crossings moved");
        int intervals = browser.findElements(By.cssSelector("#forest line.interval")).size();
        assertTrue(intervals >= 5 && intervals <= rows.size(), "one interval per outcome with a non-zero scenario value: " + intervals);
        screenshot("compare");
        browser.findElement(By.id("save-name")).sendKeys("ten-officers");
        browser.findElement(By.id("save")).click();
        waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "saved as ten-officers.json"));
        var saved = org.bordersim.experiment.PreparedScenario.load(dir.resolve("scenarios/ten-officers.json"));
        assertEquals(10, saved.scenario().blos().get(3).staffing(), "the saved file validates and holds the change");
    }

    @Test
    void aLiveRunAdvancesTheClockAndTheTilesAndMarksCouriers() throws Exception {
        browser.navigate().refresh();
        waitUpTo(20).until(d -> new Select(d.findElement(By.id("scenario"))).getOptions().size() > 2);
        new Select(browser.findElement(By.id("scenario"))).selectByValue("baseline.json");
        waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.id("watch"))).click();
        waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.id("step"))).click();
        waitUpTo(30).until(ExpectedConditions.textToBe(By.id("clock"), "day 1"));
        String cost = browser.findElement(By.id("kpi-cost")).getText();
        assertTrue(cost.endsWith("USD") && !cost.startsWith("0 "), "a day costs something: " + cost);
        new Select(browser.findElement(By.id("speed"))).selectByValue("168");
        browser.findElement(By.id("play")).click();
        waitUpTo(60).until(d -> day(d.findElement(By.id("clock")).getText()) >= 30);
        browser.findElement(By.id("pause")).click();
        String day = browser.findElement(By.id("clock")).getText();
        Thread.sleep(1500);
        assertEquals(day, browser.findElement(By.id("clock")).getText(), "paused");
        Object drawn = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const c = document.getElementById('agents'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;");
        assertTrue(((Number) drawn).longValue() > 0, "couriers or seizures are drawn on the map");
        assertTrue(browser.findElement(By.id("kpi-delay")).getText().endsWith(" min"), browser.findElement(By.id("kpi-delay")).getText());
        String kg = browser.findElement(By.id("kpi-kg")).getText();
        assertTrue(kg.contains("opiates") && kg.contains(" kg"), "seized per commodity, never one sum of kg: " + kg);
        assertTrue(browser.findElement(By.id("kpi-patrols")).getText().contains("cells"));
        screenshot("live");
    }

    @Test
    void aDonorSeesThePlaneAndTheRegretTableInThePage() throws Exception {
        browser.navigate().refresh();
        waitUpTo(20).until(d -> new Select(d.findElement(By.id("portfolio"))).getOptions().size() == 1);
        browser.findElement(By.id("invest")).click();
        WebElement regret = waitUpTo(180).until(ExpectedConditions.visibilityOfElementLocated(By.id("regret")));
        assertTrue(regret.getText().contains("turnover doubles") && regret.getText().contains("recommended: staffing: 8"), regret.getText());
        assertEquals(3, browser.findElements(By.cssSelector("#plane circle")).size(), "the base and two portfolios on the plane");
        assertEquals(1, browser.findElements(By.cssSelector("#plane circle.recommended")).size());
        assertTrue(browser.findElement(By.id("recommendation")).getText().contains("staffing: 8"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('donors').scrollIntoView()");
        screenshot("donors");
    }

    /** The day on the clock ("day 12" is 12). */
    private static int day(String clock) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("day (\\d+)").matcher(clock);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Test
    void aHostileScenarioNameIsShownAsTextAndRunsNothing() throws Exception {
        browser.navigate().refresh();
        waitUpTo(20).until(d -> new Select(d.findElement(By.id("scenario"))).getOptions().size() > 2);
        List<String> names = new Select(browser.findElement(By.id("scenario"))).getOptions().stream().map(WebElement::getText).toList();
        assertTrue(names.contains(HOSTILE), names.toString());
        assertTrue(browser.findElements(By.cssSelector("#scenario img")).isEmpty(), "the name did not become an element");
        new Select(browser.findElement(By.id("scenario"))).selectByValue(HOSTILE);
        waitUpTo(30).until(ExpectedConditions.textToBe(By.id("title"), "hostile"));
        assertFalse(browser.getTitle().contains("owned"), "no script ran");
        screenshot("hostile");
    }
}
