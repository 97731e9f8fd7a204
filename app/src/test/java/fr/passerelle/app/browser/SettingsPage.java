package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.Keys;

/**
 * The profile form (radio groups and checkboxes) of the settings view {@code /accessibilite} and of
 * the pupil-profile view, used with the keyboard: Tab or Shift+Tab to a field, Space on a checkbox,
 * arrows in a radio group. Fields are found by their French label.
 */
public final class SettingsPage {

  public static final String PATH = "/accessibilite";

  /** The navigation's link to the settings. */
  public static final String NAV_LINK = "nav.app-nav a[href='" + PATH + "']";

  /** The label of the form field (checkbox or radio group) holding the focus, or null. */
  private static final String FOCUSED_FIELD =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + """
          const f = a && a.closest && a.closest('vaadin-checkbox, vaadin-radio-group');
          return f ? f.localName + '|' + (f.label || '').trim() : null;
          """;

  /** Finds a field in main by kind and label. Shared by the scripts below. */
  private static final String FIELD =
      """
      const field = [...document.querySelectorAll('main ' + arguments[0])]
          .find(f => (f.label || '').trim() === arguments[1]);
      if (!field) { throw new Error('no ' + arguments[0] + ' labelled ' + arguments[1]); }
      """;

  private static final String CHECKBOX = "vaadin-checkbox";
  private static final String RADIOS = "vaadin-radio-group";

  private final Browser browser;

  public SettingsPage(Browser browser) {
    this.browser = browser;
  }

  /** From anywhere on a page: Tab or Shift+Tab to the navigation's link, Enter, the settings. */
  public static ShellPage openFromNavigation(Browser browser) {
    String title = browser.title();
    Keyboard.moveFocusTo(browser, "the navigation link to the settings", NAV_LINK);
    browser.enter();
    ShellPage page = ShellPage.arrived(browser, PATH, title);
    assertThat(browser.title()).isEqualTo(French.title("settings.title"));
    return page;
  }

  /** Tab (or Shift+Tab) to the checkbox with this label, Space, and wait for the server. */
  public void toggle(String label) {
    focusField(CHECKBOX, label);
    browser.press(Keys.SPACE);
    browser.waitForVaadin();
  }

  public boolean checked(String label) {
    return Boolean.TRUE.equals(browser.js(FIELD + "return field.checked;", CHECKBOX, label));
  }

  /** The label of the checked option of a radio group. */
  public String selected(String groupLabel) {
    return (String)
        browser.js(
            FIELD
                + """
                const r = [...field.querySelectorAll('vaadin-radio-button')].find(b => b.checked);
                return r ? r.textContent.trim() : null;
                """,
            RADIOS,
            groupLabel);
  }

  @SuppressWarnings("unchecked")
  private List<String> options(String groupLabel) {
    return (List<String>)
        browser.js(
            FIELD
                + "return [...field.querySelectorAll('vaadin-radio-button')]"
                + ".map(b => b.textContent.trim());",
            RADIOS,
            groupLabel);
  }

  /**
   * Tab to the radio group (the focus lands on its checked option), then the arrow keys, one step
   * at a time, until this option is checked. Each step is a change, saved and applied at once.
   */
  public void choose(String groupLabel, String option) {
    List<String> options = options(groupLabel);
    assertThat(options).as("options of «%s»", groupLabel).contains(option);
    focusField(RADIOS, groupLabel);
    for (int i = 0; i < options.size() && !option.equals(selected(groupLabel)); i++) {
      int from = options.indexOf(selected(groupLabel));
      browser.press(options.indexOf(option) > from ? Keys.ARROW_DOWN : Keys.ARROW_UP);
      browser.waitForVaadin();
    }
    assertThat(selected(groupLabel)).as("checked option of «%s»", groupLabel).isEqualTo(option);
  }

  /** Tries the arrow keys on a radio group that must not change; returns the checked option. */
  public String tryArrowsOn(String groupLabel) {
    focusField(RADIOS, groupLabel);
    browser.press(Keys.ARROW_DOWN);
    browser.waitForVaadin();
    browser.press(Keys.ARROW_UP);
    browser.waitForVaadin();
    return selected(groupLabel);
  }

  /** Every checkbox and radio group of the form, with whether it is read-only. */
  @SuppressWarnings("unchecked")
  public List<String> fieldsNotReadOnly() {
    return (List<String>)
        browser.js(
            """
            return [...document.querySelectorAll('main vaadin-checkbox, main vaadin-radio-group')]
                .filter(f => !f.readonly || !f.hasAttribute('readonly'))
                .map(f => f.localName + ' ' + f.label);
            """);
  }

  public long fieldCount() {
    return (Long)
        browser.js(
            "return document.querySelectorAll('main vaadin-checkbox, main vaadin-radio-group')"
                + ".length;");
  }

  private void focusField(String kind, String label) {
    String wanted = kind + "|" + label;
    if (wanted.equals(browser.js(FOCUSED_FIELD))) {
      return;
    }
    boolean before =
        Boolean.TRUE.equals(
            browser.js(
                Browser.DEEP_ACTIVE.replace("return a;", "")
                    + FIELD
                    + """
                    while (a && a.getRootNode() instanceof ShadowRoot) { a = a.getRootNode().host; }
                    if (!a || a === document.body) { return false; }
                    return !!(field.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
                    """,
                kind,
                label));
    String what = "the field «" + label + "»";
    if (before) {
      Keyboard.tabBackTo(browser, what, f -> wanted.equals(browser.js(FOCUSED_FIELD)));
    } else {
      Keyboard.tabForwardTo(browser, what, f -> wanted.equals(browser.js(FOCUSED_FIELD)));
    }
  }
}
