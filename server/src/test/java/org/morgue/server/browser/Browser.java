package org.morgue.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, started through the Debian {@code chromium-driver} with a fresh profile.
 * Only the system browser is used: a tool's own browser download cannot work on our machines.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Relative to the module, as Surefire runs: {@code server/target/screenshots}. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final List<String> FLAGS = List.of(
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-extensions",
      "--lang=en-US",
      "--force-device-scale-factor=1");

  private final ChromeDriver driver;
  private final String base;

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  /**
   * Stops the test class when the browser packages are missing: a failure on CI (the {@code CI}
   * variable is set, and {@code .ci/run} installs them, so missing means a broken setup), a skip
   * with the install command elsewhere so a developer without Chromium can still run the suite.
   */
  static void requireInstalled(String ci) {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String message = "the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + "; install them with: apt-get install chromium chromium-driver";
    if (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci)) {
      fail(message + " (CI is set, so a missing browser is a failure, not a skip)");
    }
    Assumptions.abort("skipped: " + message);
  }

  /** Starts Chromium at the given window size with a new profile in {@code profile}; pages resolve against {@code base}. */
  static Browser start(String base, Path profile, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(FLAGS);
    options.addArguments(
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    return new Browser(driver, base);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Loads a page URL such as {@code /?q=embassy} as a fresh navigation (a typed or shared link). */
  void open(String pathAndQuery) {
    driver.get(base + pathAndQuery);
  }

  String url() {
    return driver.getCurrentUrl().substring(base.length());
  }

  /** Waits for the page URL (path and query) to become {@code expected}; the failure names the last one seen. */
  void awaitUrl(String expected) {
    try {
      await(d -> url().equals(expected) ? true : null);
    } catch (org.openqa.selenium.TimeoutException e) {
      assertEquals(expected, url(), "the page URL");
    }
  }

  <T> T await(ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition);
  }

  WebElement find(String css) {
    return await(d -> d.findElement(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves a PNG of the viewport as {@code target/screenshots/NAME.png} for a reviewer to look at. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path png = SCREENSHOTS.resolve(name + ".png");
    Files.move(
        driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
    return png;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
