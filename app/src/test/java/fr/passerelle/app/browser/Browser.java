package fr.passerelle.app.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven through the system's ChromeDriver (Selenium Manager never
 * downloads anything), talking to the application under test. Input goes through the keyboard only:
 * there is deliberately no method here that clicks.
 */
public final class Browser implements AutoCloseable {

  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String CHROMIUM = "/usr/bin/chromium";
  static final Duration TIMEOUT = Duration.ofSeconds(15);

  /** True when every Vaadin client on the page has finished its round trips. */
  private static final String VAADIN_IDLE =
      """
      if (document.readyState !== 'complete') { return false; }
      const flow = window.Vaadin && window.Vaadin.Flow;
      if (!flow || !flow.clients) { return false; }
      const clients = Object.values(flow.clients);
      if (clients.length === 0) { return false; }
      return clients.every(c => typeof c.isActive !== 'function' || c.isActive() === false);
      """;

  /** The focused element, followed down through open shadow roots. */
  static final String DEEP_ACTIVE =
      """
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
      return a;
      """;

  private final ChromeDriver driver;
  private final Path profile;
  private final String base;

  private Browser(ChromeDriver driver, Path profile, String base) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
  }

  /** Starts a fresh browser (new profile directory) for the application on this port. */
  public static Browser start(int port) {
    // Belt and braces: Selenium Manager must stay offline even if a path were missing.
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    Path profile;
    try {
      profile = Files.createTempDirectory("passerelle-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--lang=fr-FR",
        // Read aloud plays audio after the server answers: no gesture check, no sound device.
        "--autoplay-policy=no-user-gesture-required",
        // Visio: a fake camera and microphone, granted without a prompt.
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        "--window-size=1280,900");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 900));
    return new Browser(driver, profile, "http://localhost:" + port);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens an address of the application (typed in the address bar) and waits for Vaadin. */
  public void open(String path) {
    driver.get(base + path);
    waitForVaadin();
  }

  /** The path of the current address, without the host, with the query string if any. */
  public String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  public String title() {
    return driver.getTitle();
  }

  /** Forgets the session between tests: the next test starts logged out. */
  public void forgetSession() {
    driver.manage().deleteAllCookies();
    driver.get("about:blank");
  }

  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Presses keys on whatever has the focus, as a person at the keyboard would. */
  public void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  public void tab() {
    press(Keys.TAB);
  }

  public void shiftTab() {
    new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
  }

  public void enter() {
    press(Keys.ENTER);
  }

  /** A keyboard shortcut with Alt and Shift held, as Alt+Shift+A. */
  public void altShift(String key) {
    new Actions(driver)
        .keyDown(Keys.ALT)
        .keyDown(Keys.SHIFT)
        .sendKeys(key)
        .keyUp(Keys.SHIFT)
        .keyUp(Keys.ALT)
        .perform();
  }

  /**
   * Chooses a file in an upload as its system file dialog would: the dialog is not a page, so the
   * path goes to the upload's file input. The input is emptied first, as the upload's own button
   * does before it opens the dialog; ChromeDriver adds to what a "multiple" input holds, so without
   * this a second choice would send the first file again.
   */
  public void chooseFile(String uploadId, Path file) {
    WebElement input =
        (WebElement)
            js(
                """
                const upload = document.getElementById(arguments[0]);
                const input = upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                input.value = '';
                return input;
                """,
                uploadId);
    input.sendKeys(file.toAbsolutePath().toString());
  }

  /** Types text into the focused field. */
  public void type(String text) {
    press(text);
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> jsMap(String script, Object... args) {
    return (Map<String, Object>) js(script, args);
  }

  @SuppressWarnings("unchecked")
  public List<String> jsStrings(String script, Object... args) {
    return (List<String>) js(script, args);
  }

  /** Waits until every Vaadin client reports that it is no longer active. */
  public void waitForVaadin() {
    waitUntil(() -> Boolean.TRUE.equals(js(VAADIN_IDLE)), () -> "Vaadin to be idle on " + path());
  }

  /** Waits for a condition; the failure message says what was awaited and what was there. */
  public void waitUntil(Supplier<Boolean> condition, Supplier<String> what) {
    try {
      new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(50))
          .ignoring(RuntimeException.class)
          .until(d -> condition.get());
    } catch (TimeoutException e) {
      throw new AssertionError("Timed out waiting for " + what.get(), e);
    }
  }

  /** A one-line description of the element that has the focus, for failure messages. */
  public String describeFocus() {
    return String.valueOf(
        js(
            DEEP_ACTIVE.replace("return a;", "")
                + """
                if (!a) { return '(nothing)'; }
                const text = (a.getAttribute('aria-label') || a.textContent || a.value || '')
                    .trim().replace(/\\s+/g, ' ').slice(0, 60);
                return a.localName + (a.id ? '#' + a.id : '')
                    + (a.getAttribute('slot') ? '[slot=' + a.getAttribute('slot') + ']' : '')
                    + ' "' + text + '"';
                """));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // A temporary directory left behind is harmless.
      }
    }
  }
}
