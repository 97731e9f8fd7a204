package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.SettableClock;
import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.townhall.CanteenDays;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The town hall's canteen end to end, keyboard only. The Saint-Étienne staff add a vegetarian dish
 * with an allergen to a day's menu and publish it. Léa's parent, on a 320 px phone and at desktop
 * size, goes from her card on the home to the canteen page, registers her for a day of next week
 * and unregisters her from another with Space, and is told in words, with the deadline, that a day
 * of this week is closed (the box goes back). axe finds nothing on any of these pages.
 */
class TownHallBrowserTest extends BrowserTest {

  static final String DISH = "Salade de pois chiches";

  @Autowired JdbcClient jdbc;
  @Autowired SettableClock clock;
  @Autowired SchoolTime schoolTime;

  @AfterEach
  void resetClock() {
    clock.reset();
    browser.resize(1280, 900);
  }

  /** Wednesday noon of the demo's current week: next week is open, this Monday closed. */
  LocalDate wednesdayNoon() {
    LocalDate monday = CanteenDays.monday(schoolTime.today());
    LocalDate wednesday = monday.plusDays(2);
    clock.set(wednesday.atTime(LocalTime.NOON).atZone(schoolTime.zone()).toInstant());
    return monday;
  }

  @Test
  void theTownHallPublishesAVegetarianDishWithAnAllergen() {
    LocalDate monday = wednesdayNoon();
    LocalDate day = CanteenDays.next(monday.plusDays(2));
    ShellPage page =
        LoginPage.open(browser)
            .logIn(
                "mairie.saint-etienne",
                DemoData.PASSWORD,
                "/mairie",
                French.title("home.townHall.title"));
    page =
        page.followNavLink(
            page.navLinks().stream()
                .filter(l -> l.path().equals("/mairie/menus"))
                .findFirst()
                .orElseThrow());
    PageChecks.assertSingleLevelOneHeading(browser, French.text("townhall.menus.heading"));
    assertThat((String) browser.js("return document.querySelector('#menu-day').value"))
        .as("the next canteen day is chosen")
        .isNotEmpty();
    String before = text("#menu-dishes");
    assertThat(before).as("the demo's menu of the day is loaded").contains("Allergènes");

    Keyboard.moveFocusTo(browser, "the dish's name", "#dish-name input");
    browser.type(DISH);
    Keyboard.moveFocusTo(browser, "vegetarian", "#dish-vegetarian input");
    browser.press(Keys.SPACE);
    // The 14 allergens in the annex's order: sesame is the eleventh.
    String sesame = "#dish-allergens > vaadin-checkbox:nth-of-type(11)";
    assertThat(text(sesame)).isEqualTo(French.text("townhall.allergen.SESAME"));
    Keyboard.moveFocusTo(browser, "the sesame checkbox", sesame + " input");
    browser.press(Keys.SPACE);
    Keyboard.moveFocusTo(browser, "add the dish", "#dish-add");
    browser.enter();
    browser.waitUntil(
        () -> text("#menu-dishes").contains(DISH),
        () -> "the dish listed, got " + text("#menu-dishes"));
    assertThat(text("#menu-dishes"))
        .contains(French.text("townhall.dish.allergens", "graines de sésame"));
    Keyboard.moveFocusTo(browser, "publish", "#menu-publish");
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    browser.enter();
    String published = French.text("townhall.menus.published", lower(day));
    browser.waitUntil(
        () -> published.equals(text("#menu-status")),
        () -> "published, got " + text("#menu-status"));
    List<String> stored =
        jdbc.sql(
                "select d.vegetarian || ':' || a.allergen from canteen_dish d"
                    + " join canteen_menu m on m.id = d.menu_id"
                    + " join canteen_dish_allergen a on a.dish_id = d.id"
                    + " where d.name = ? and m.menu_day = ?")
            .params(DISH, Date.valueOf(day))
            .query(String.class)
            .list();
    assertThat(stored).containsExactly("true:SESAME");
    // The pictograms: an image named by its course, and the leaf of a vegetarian dish.
    assertThat(
            browser.jsStrings(
                "return [...document.querySelectorAll('#menu-dishes svg[role=img]')]"
                    + ".map(s => s.getAttribute('aria-label'))"))
        .contains(French.text("townhall.course.STARTER"), French.text("townhall.dish.vegetarian"));
    assertAccessible("the town hall's menus");

    ShellPage.opened(browser, "/mairie/cantine");
    PageChecks.assertSingleLevelOneHeading(browser, French.text("townhall.canteen.heading"));
    assertThat(text("#deadline-status")).contains("2 jours avant", "10:00");
    assertAccessible("the town hall's canteen registrations");
  }

  @Test
  void aParentRegistersLeaKeyboardOnlyOnAPhone() {
    browser.resize(320, 800);
    registerAndUnregister(true);
  }

  @Test
  void aParentRegistersLeaKeyboardOnlyAtDesktopSize() {
    registerAndUnregister(false);
  }

  /**
   * The pupil's menus, the commune's life page ("Vie scolaire") for staff and for a parent, and the
   * parent's home with the canteen part: axe in every theme, nothing sideways at 320 px (100 %
   * text).
   */
  @Test
  void theOtherTownHallPagesPassAxeAndFitAPhone() {
    wednesdayNoon();
    LoginPage.open(browser)
        .logIn("lea.martin", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    ShellPage.opened(browser, "/menus");
    PageChecks.assertSingleLevelOneHeading(browser, French.text("townhall.pupil.heading"));
    assertThat(
            browser.jsStrings(
                "return [...document.querySelectorAll('.th-menu-large svg[role=img]')]"
                    + ".map(s => s.getAttribute('aria-label'))"))
        .contains(French.text("townhall.course.MAIN"), French.text("townhall.dish.vegetarian"));
    check("lea.martin's menus");
    browser.forgetSession();

    LoginPage.open(browser)
        .logIn(
            "mairie.saint-etienne",
            DemoData.PASSWORD,
            "/mairie",
            French.title("home.townHall.title"));
    ShellPage.opened(browser, "/vie-scolaire");
    assertThat(text("main")).contains("Judo", "Les repas à la cantine");
    check("the town hall's school life");
    browser.forgetSession();

    LoginPage.open(browser)
        .logIn("parent.martin", DemoData.PASSWORD, "/parent", French.title("home.parent.title"));
    check("the parent's home with the canteen part");
    ShellPage.opened(browser, "/vie-scolaire");
    assertThat(text("main")).contains("Judo", "Garderie du soir", "Les repas à la cantine");
    assertThat(
            browser.js(
                "return document.querySelectorAll(arguments[0] + ' vaadin-checkbox[checked]')"
                    + ".length",
                "#activities-" + demo.account("lea.martin")))
        .as("Léa goes to the evening care, not to judo")
        .isEqualTo(1L);
    check("the parent's school life");
  }

  /**
   * axe and 320 px on a page as this test left it. The other themes of these pages are
   * ThemesBrowserTest's (its town-hall, parent and pupil tours), not run twice.
   */
  private void check(String view) {
    Axe.assertNoViolations(browser, view);
    // As ThemesBrowserTest: 320 px wide at 100 % text (WCAG 1.4.10), the person's own text size
    // put back afterwards.
    Map<String, String> own = PageProfile.attributes(browser);
    browser.resize(320, 800);
    try {
      PageProfile.withStyle(browser, "--pa-text-scale", "1");
      PageChecks.assertNoHorizontalScroll(browser, view + " at 320 px");
    } finally {
      browser.resize(1280, 900);
      PageProfile.apply(browser, own);
    }
  }

  private void registerAndUnregister(boolean phone) {
    LocalDate monday = wednesdayNoon();
    long lea = demo.account("lea.martin");
    LocalDate nextMonday = monday.plusWeeks(1);
    LocalDate friday = nextMonday.plusDays(4);
    LocalDate tuesday = nextMonday.plusDays(1);
    jdbc.sql("delete from canteen_registration where pupil_id = ? and meal_day in (?, ?)")
        .params(lea, Date.valueOf(friday), Date.valueOf(tuesday))
        .update();
    jdbc.sql(
            "insert into canteen_registration (pupil_id, meal_day, eats, reason, changed_at)"
                + " values (?, ?, true, 'PARENT', current_timestamp)")
        .params(lea, Date.valueOf(tuesday))
        .update();

    ShellPage home =
        LoginPage.open(browser)
            .logIn(
                "parent.martin", DemoData.PASSWORD, "/parent", French.title("home.parent.title"));
    assertThat(text("#canteen-part-" + lea))
        .contains(French.text("townhall.parent.menu", "").replace(".", "").strip());
    if (phone) {
      PageChecks.assertNoHorizontalScroll(browser, "the parent's home at 320 px");
    }
    ShellPage page = home.followLink(French.text("townhall.part.link", "Léa"), "/cantine");
    PageChecks.assertSingleLevelOneHeading(browser, French.text("townhall.parent.heading"));

    Keyboard.moveFocusTo(browser, "next week", "#week-next");
    browser.enter();
    String nextWeek = French.text("townhall.week.of", lower(nextMonday));
    browser.waitUntil(
        () -> nextWeek.equals(text("#week-heading")),
        () -> "next week, got " + text("#week-heading"));

    String fridayBox = "#meal-" + lea + "-" + friday;
    assertThat(checked(fridayBox)).isFalse();
    Keyboard.moveFocusTo(browser, "Friday's box", fridayBox + " input");
    assertThat(text(fridayBox + " label")).isEqualTo(capital(friday));
    browser.press(Keys.SPACE);
    browser.waitUntil(() -> latest(lea, friday) == Boolean.TRUE, () -> "Léa registered on Friday");
    String registered = French.text("townhall.parent.registered", "Léa", lower(friday));
    browser.waitUntil(
        () -> registered.equals(page.announced()), () -> "announced, got " + page.announced());

    String tuesdayBox = "#meal-" + lea + "-" + tuesday;
    assertThat(checked(tuesdayBox)).isTrue();
    Keyboard.moveFocusTo(browser, "Tuesday's box", tuesdayBox + " input");
    browser.press(Keys.SPACE);
    browser.waitUntil(
        () -> latest(lea, tuesday) == Boolean.FALSE, () -> "Léa unregistered on Tuesday");
    assertThat(rows(lea, tuesday)).as("the change is a new row").isEqualTo(2);
    if (phone) {
      PageChecks.assertNoHorizontalScroll(browser, "the canteen at 320 px");
    }
    assertAccessible("the parent's canteen, next week");

    // This week's Monday closed on Saturday at 10:00: refused in words, the box goes back.
    Keyboard.moveFocusTo(browser, "this week", "#week-this");
    browser.enter();
    String thisWeek = French.text("townhall.week.of", lower(monday));
    browser.waitUntil(
        () -> thisWeek.equals(text("#week-heading")),
        () -> "this week, got " + text("#week-heading"));
    String mondayBox = "#meal-" + lea + "-" + monday;
    boolean was = checked(mondayBox);
    long rowsBefore = rows(lea, monday);
    Keyboard.moveFocusTo(browser, "Monday's box", mondayBox + " input");
    browser.press(Keys.SPACE);
    String closed =
        French.text(
            "townhall.canteen.closed",
            lower(monday),
            French.text("townhall.moment", lower(monday.minusDays(2)), "10:00"));
    browser.waitUntil(
        () -> closed.equals(text("#canteen-error-" + lea)),
        () -> "the refusal, got " + text("#canteen-error-" + lea));
    browser.waitUntil(() -> checked(mondayBox) == was, () -> "the box back as it was");
    assertThat(rows(lea, monday)).isEqualTo(rowsBefore);
    if (phone) {
      PageChecks.assertNoHorizontalScroll(browser, "the refusal at 320 px");
    }
    assertAccessible("the parent's canteen with a refusal");
  }

  private static String lower(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH));
  }

  private static String capital(LocalDate day) {
    String text = lower(day);
    return text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
  }

  private boolean checked(String selector) {
    return Boolean.TRUE.equals(
        browser.js("return document.querySelector(arguments[0]).checked", selector));
  }

  private Boolean latest(long pupil, LocalDate day) {
    return jdbc.sql(
            "select eats from canteen_registration where pupil_id = ? and meal_day = ?"
                + " order by id desc limit 1")
        .params(pupil, Date.valueOf(day))
        .query(Boolean.class)
        .optional()
        .orElse(null);
  }

  private long rows(long pupil, LocalDate day) {
    return jdbc.sql("select count(*) from canteen_registration where pupil_id = ? and meal_day = ?")
        .params(pupil, Date.valueOf(day))
        .query(Long.class)
        .single();
  }

  private String text(String selector) {
    return (String)
        browser.js(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : ''",
            selector);
  }
}
