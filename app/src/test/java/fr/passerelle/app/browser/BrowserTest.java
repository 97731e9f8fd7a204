package fr.passerelle.app.browser;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import fr.passerelle.app.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The base of every browser test. The configuration is the same for all of them, so Spring starts
 * the application once and shares it; each test class has its own browser, and each test starts
 * logged out.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

  @LocalServerPort private int port;
  @Autowired private JdbcClient jdbc;

  protected Browser browser;
  protected DemoAccounts demo;

  @BeforeAll
  void startBrowser() {
    demo = new DemoAccounts(jdbc);
    browser = Browser.start(port);
  }

  @AfterEach
  void forgetSession() {
    browser.forgetSession();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** axe finds nothing, and no pointer target is under 24 by 24 px. */
  protected void assertAccessible(String view) {
    Axe.assertNoViolations(browser, view);
    PageChecks.assertTargetSizes(browser, view);
  }

  /** Waits for the audit log to reach a count (entries are written in their own transaction). */
  protected void assertAuditCount(String kind, String principal, String target, long expected) {
    browser.waitUntil(
        () -> demo.auditCount(kind, principal, target) == expected,
        () ->
            expected
                + " audit entries "
                + kind
                + " for "
                + principal
                + " on "
                + target
                + ", found "
                + demo.auditCount(kind, principal, target));
  }
}
