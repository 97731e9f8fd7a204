package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * Any page inside the application's shell: skip links, header, the flat navigation, {@code main}
 * and the live region. Every way of moving on goes through the keyboard.
 */
public final class ShellPage {

  /** A link of the main navigation: its text and the path it leads to. */
  public record NavLink(String text, String path) {}

  /** A link followed, and the page it opened. */
  public record Followed(String linkText, ShellPage page) {}

  private static final String H1_FOCUSED =
      Browser.DEEP_ACTIVE.replace("return a;", "") + "return !!a && a.localName === 'h1';";

  private final Browser browser;

  private ShellPage(Browser browser) {
    this.browser = browser;
  }

  /**
   * Waits for a page to have opened at this path after a navigation: the title has changed from the
   * previous page's, the focus is on the new {@code h1}, Vaadin is idle. Then checks the title is
   * French and ends with the application's name, the live region announced the page, and the
   * navigation marks the current link, and only it, with {@code aria-current="page"}.
   */
  public static ShellPage arrived(Browser browser, String path, String previousTitle) {
    browser.waitUntil(
        () ->
            browser.path().equals(path)
                && !browser.title().equals(previousTitle)
                && Boolean.TRUE.equals(browser.js(H1_FOCUSED)),
        () ->
            "the page "
                + path
                + " with a new title (was «"
                + previousTitle
                + "») and the focus on its h1; now at "
                + browser.path()
                + ", title «"
                + browser.title()
                + "», focus on "
                + browser.describeFocus());
    browser.waitForVaadin();
    ShellPage page = new ShellPage(browser);
    page.assertOpenedProperly(path);
    return page;
  }

  /** A page opened by typing its address: same checks, without a previous page. */
  public static ShellPage opened(Browser browser, String path) {
    browser.open(path);
    return arrived(browser, path, "");
  }

  private void assertOpenedProperly(String path) {
    String title = browser.title();
    assertThat(title).as("title of %s", path).endsWith(" – Passerelle");
    assertThat(browser.js("return document.documentElement.lang"))
        .as("language of %s", path)
        .isEqualTo("fr");
    assertThat(browser.js(H1_FOCUSED))
        .as("focus on the h1 of %s, not on %s", path, browser.describeFocus())
        .isEqualTo(true);
    PageChecks.assertSingleLevelOneHeading(browser, h1());
    String announcement = French.pageOpened(title);
    browser.waitUntil(
        () -> announcement.equals(announced()),
        () -> "the live region to say «" + announcement + "», it says «" + announced() + "»");
    for (NavLink link : navLinks()) {
      assertThat(ariaCurrent(link))
          .as("aria-current of the link «%s» on %s", link.text(), path)
          .isEqualTo(link.path().equals(path) ? "page" : null);
    }
  }

  public String h1() {
    return (String) browser.js("return document.querySelector('main h1').textContent");
  }

  public String announced() {
    return (String) browser.js("return document.getElementById('announcer').textContent");
  }

  /** The visible text of {@code main}, to check what a page shows (or does not). */
  public String mainText() {
    return (String) browser.js("return document.getElementById('main-content').innerText");
  }

  @SuppressWarnings("unchecked")
  public List<NavLink> navLinks() {
    List<Map<String, String>> links =
        (List<Map<String, String>>)
            browser.js(
                "return [...document.querySelectorAll('#main-navigation a')]"
                    + ".map(a => ({text: a.textContent.trim(), path: a.pathname}));");
    return links.stream().map(m -> new NavLink(m.get("text"), m.get("path"))).toList();
  }

  private String ariaCurrent(NavLink link) {
    return (String)
        browser.js(
            "const a = [...document.querySelectorAll('#main-navigation a')]"
                + ".find(a => a.pathname === arguments[0]);"
                + " return a.getAttribute('aria-current');",
            link.path());
  }

  /**
   * The skip link: from the start of the document, the first Tab reaches «Aller au contenu», and
   * Enter on it moves the focus into {@code main}. The shell puts the focus on the {@code h1} when
   * a page opens, so the start of the document is reached by keyboard too: Shift+Tab back past the
   * first Tab stop (where Chromium puts the focus on the document itself).
   */
  public void assertSkipLinkLeadsToMain() {
    Keyboard.tabBackTo(browser, "the start of the document", Focused::isDocument);
    browser.tab();
    Focused first = Focused.now(browser);
    assertThat(first.name())
        .as("first Tab stop of %s (%s)", browser.path(), first)
        .isEqualTo(French.text("shell.skip.main"));
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    browser.enter();
    browser.waitUntil(
        () ->
            Boolean.TRUE.equals(
                browser.js(
                    Browser.DEEP_ACTIVE.replace("return a;", "")
                        + "return !!a && !!a.closest('main#main-content');")),
        () ->
            "the focus to move into main after the skip link, it is on " + browser.describeFocus());
  }

  /** Shift+Tab back to a link of the navigation, Enter, and the page it leads to. */
  public ShellPage followNavLink(NavLink link) {
    String title = browser.title();
    Keyboard.tabBackTo(
        browser, "the navigation link «" + link.text() + "»", f -> f.isNavLink(link.path()));
    browser.enter();
    return arrived(browser, link.path(), title);
  }

  /** Tab forward to a link in the page's content, Enter, and the page it leads to. */
  public ShellPage followLink(String linkText, String expectedPath) {
    String title = browser.title();
    Keyboard.tabForwardTo(
        browser, "the link «" + linkText + "»", f -> f.isLink(linkText) && !f.inNav());
    browser.enter();
    return arrived(browser, expectedPath, title);
  }

  /**
   * In a grid: Tab to the first body cell, Enter to reach the link it holds, Enter to follow it.
   */
  public Followed followFirstGridLink() {
    String title = browser.title();
    Keyboard.tabForwardTo(browser, "a body cell of the grid", Focused::isGridBodyCell);
    browser.enter();
    browser.waitUntil(
        () -> Focused.now(browser).tag().equals("a"),
        () ->
            "Enter on a grid cell to move the focus to its link, it is on "
                + browser.describeFocus());
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    Focused link = Focused.now(browser);
    browser.enter();
    return new Followed(link.name(), arrived(browser, link.path(), title));
  }

  /** Shift+Tab back to «Se déconnecter», Enter: the login page. */
  public LoginPage logOut() {
    Keyboard.tabBackTo(browser, "the logout button", f -> f.id().equals("logout"));
    assertThat(Focused.now(browser).name()).isEqualTo(French.text("shell.logout"));
    browser.enter();
    return LoginPage.arrived(browser);
  }
}
