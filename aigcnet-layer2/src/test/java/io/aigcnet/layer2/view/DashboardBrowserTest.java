package io.aigcnet.layer2.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.live.LocalNetwork;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's headless Chromium, driven by Selenium, against a two-node live chain
 * with the ProSecutor market beside it ({@link DemoNetwork}). Checks that the height rises on screen, that a block
 * page opens, and that the reputation chart draws one series per MASP; saves screenshots under target/.
 */
class DashboardBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;
    DemoNetwork net;
    WebDriver browser;

    static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int p;
            try (ServerSocket s = new ServerSocket(0)) {
                p = s.getLocalPort();
            }
            if (p > 2000 && p < 60000 && LocalNetwork.portFree(p - 1) && LocalNetwork.portFree(p + 1) && LocalNetwork.portFree(p + 2)) {
                return p;
            }
        }
        throw new IOException("no free ports on 127.0.0.1");
    }

    static WebDriver chromium(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("the dashboard's browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "); install them with 'apt-get install -y chromium chromium-driver' (.ci/run does)");
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (net != null) {
            net.close();
        }
    }

    private static long number(WebDriver b, String id) {
        String t = b.findElement(By.id(id)).getText().trim();
        return t.matches("\\d+") ? Long.parseLong(t) : -1;
    }

    /** Clicks the first element matching {@code css} and returns its text; null (try again) if none or it went stale. */
    private static String clickFirst(WebDriver b, String css) {
        try {
            List<WebElement> found = b.findElements(By.cssSelector(css));
            if (found.isEmpty()) {
                return null;
            }
            String text = found.get(0).getText();
            found.get(0).click();
            return text;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return null;
        }
    }

    private static void screenshot(WebDriver b, String name) throws IOException {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) b).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void heightRisesABlockPageOpensAndTheReputationChartHasOneSeriesPerMasp() throws Exception {
        int port = freePortPair();
        net = new DemoNetwork(dir.resolve("chain"), 2, port, 500, 4, 3L, 4);
        browser = chromium(dir.resolve("profile"));
        browser.manage().window().setSize(new Dimension(1280, 800));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100));
        browser.get(net.url());

        // 1. the finalised height on screen rises
        wait.until(b -> number(b, "finalized-height") >= 1);
        long first = number(browser, "finalized-height");
        wait.until(b -> number(b, "finalized-height") > first);
        assertThat(number(browser, "finalized-height")).isGreaterThan(first);

        // 3. the reputation chart draws one series per MASP (its legend has one row per series; no row for the x axis)
        JsonNode reps = new ObjectMapper().readTree(HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(net.url() + "reputations")).build(), HttpResponse.BodyHandlers.ofString()).body());
        int masps = reps.get("reputations").get("labels").size();
        assertThat(masps).isEqualTo(DemoNetwork.MASPS);
        wait.until(b -> b.findElements(By.cssSelector("#chart-reputation .u-legend tr.u-series")).size() == masps);
        List<WebElement> legend = browser.findElements(By.cssSelector("#chart-reputation .u-legend tr.u-series"));
        assertThat(legend).hasSize(masps);
        assertThat(legend.get(0).getText()).contains("MASP 0");
        assertThat(legend.get(masps - 1).getText()).contains("MASP " + (masps - 1));
        // and it has data: the series hold as many points as the market has sampled
        Long series = (Long) ((JavascriptExecutor) browser).executeScript("return window.aigcnet.charts.reputation.series.length - 1");
        assertThat(series).isEqualTo(masps);
        Long points = (Long) ((JavascriptExecutor) browser).executeScript("return window.aigcnet.charts.reputation.data[1].length");
        assertThat(points).isPositive();
        wait.until(b -> !b.findElements(By.cssSelector("#rounds li")).isEmpty());

        screenshot(browser, "dashboard.png");
        // the whole page, every panel (the README's picture)
        Long full = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(4000, full + 20)));
        Thread.sleep(1500); // a tick redraws the charts at the new size
        screenshot(browser, "dashboard-full.png");
        browser.manage().window().setSize(new Dimension(1280, 800));

        // 2. a block page opens from the recent blocks
        // the table is redrawn every tick, so find, read and click in one step, and retry if the row was replaced
        String height = wait.until(b -> clickFirst(b, "#recent-blocks a.block-link"));
        WebElement title = wait.until(b -> b.findElements(By.id("block-title")).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null));
        assertThat(title.getText()).isEqualTo("Block " + height);
        assertThat(browser.findElement(By.id("detail")).getText()).contains("producer").contains("precommits");
        screenshot(browser, "dashboard-block.png");

        // and a transaction page from a recent block's transactions (the demo client sends a few a second)
        browser.get(net.url());
        wait.until(b -> clickFirst(b, "#recent-blocks a[href^='#/tx/']"));
        WebElement txTitle = wait.until(b -> b.findElements(By.id("tx-title")).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null));
        assertThat(txTitle.getText()).startsWith("Transaction ");
        assertThat(browser.findElement(By.id("detail")).getText()).contains("finalised").contains("TRANSFER");

        // a phone-sized viewport: nothing wider than the screen
        browser.get(net.url());
        browser.manage().window().setSize(new Dimension(390, 844));
        wait.until(b -> number(b, "finalized-height") >= 1);
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("horizontal overflow at phone width (px)").isLessThanOrEqualTo(0L);
        screenshot(browser, "dashboard-phone.png");
        Object load = ((JavascriptExecutor) browser).executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? Math.round(n.loadEventEnd) : -1");
        System.out.println("dashboard page load (navigation start to load event): " + load + " ms");
    }
}
