package fr.passerelle.app.browser;

import static fr.passerelle.app.browser.RoleJourneysBrowserTest.FERRY;

import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.liaison.internal.LiaisonDemo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every view the role journeys reach, in every theme and with the profile's settings pushed to
 * their limits. On each page:
 *
 * <ul>
 *   <li>axe (WCAG 2.0/2.1 A and AA, 2.2 AA) in each of the four themes, plus the AAA enhanced
 *       contrast rule (7:1, 1.4.6) in the three high-contrast themes: no violation;
 *   <li>with large targets on: no visible pointer target under 44 by 44 px (2.5.5);
 *   <li>text at 200 % in a 1280 px window, then a 320 px window at 100 % text, then the text
 *       spacing of 1.4.12: no sideways scrolling, nothing cut (1.4.4, 1.4.10, 1.4.12);
 *   <li>no resource loaded from another origin (fonts and scripts are self-hosted);
 *   <li>with the default font, the text drawn in the interface's own Fira Sans, served by
 *       Passerelle, never in a font of the machine: every browser measures the same page.
 * </ul>
 *
 * <p>Themes and settings are applied the way the application applies a changed profile, with {@code
 * window.Passerelle.applyProfile}, keeping the page's other attributes; nothing is saved, and each
 * page opens with the person's own stored profile (Léa's is yellow on black at 175 %). The login
 * page has no stored profile: the same script applies the settings there too. All problems of a
 * tour are collected and reported together.
 */
class ThemesBrowserTest extends BrowserTest {

  static final List<String> THEMES =
      List.of("default", "contrast-dark", "contrast-light", "yellow-black");
  static final Set<String> HIGH_CONTRAST =
      Set.of("contrast-dark", "contrast-light", "yellow-black");

  /**
   * The interface's typeface, self-hosted in the themes jar (styles/fonts.css). Chromium names a
   * face by the family in its file: "Fira Sans", "Fira Sans Medium", "Fira Sans SemiBold".
   */
  static final String INTERFACE_FONT = "Fira Sans";

  /**
   * WCAG 1.4.12: the spacing a person may impose on every element, as its test bookmarklet does.
   */
  private static final String TEXT_SPACING =
      """
      const style = document.createElement('style');
      style.id = 'wcag-text-spacing';
      style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
          + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
      document.head.appendChild(style);
      """;

  /** A page of a tour: its address, and whether it is reached inside the application. */
  record Page(Function<DemoAccounts, String> path, boolean clientSide) {
    static Page at(String path) {
      return new Page(d -> path, false);
    }

    static Page at(Function<DemoAccounts, String> path) {
      return new Page(path, false);
    }

    /** The not-found page: typed unknown addresses never reach Vaadin (RefusalsBrowserTest). */
    static Page missing() {
      return new Page(d -> "/page-qui-n-existe-pas", true);
    }
  }

  /** One person's pages; no person for the login page. */
  record Tour(String username, String home, String homeTitleKey, List<Page> pages) {
    @Override
    public String toString() {
      return username == null ? "login page" : username;
    }
  }

  /** The lowest contrast axe measured in each theme, over every page, and where. */
  private final Map<String, String> lowestContrast = new TreeMap<>();

  private final Map<String, Double> lowestRatio = new TreeMap<>();

  /**
   * The tours to take: all of them, or only the one of the account named by the system property
   * {@code themes.tour} ({@code -Dthemes.tour=parent.martin}) while working on one role's views.
   */
  static Stream<Tour> tours() {
    String only = System.getProperty("themes.tour");
    return allTours().filter(t -> only == null || only.equals(t.username()));
  }

  static Stream<Tour> allTours() {
    Page ferry = Page.at(d -> "/ecole/" + d.school(FERRY));
    Page cm2 = Page.at(d -> "/classe/" + d.schoolClass(FERRY, "CM2"));
    Page ce1 = Page.at(d -> "/classe/" + d.schoolClass(FERRY, "CE1"));
    Page hugo = Page.at(d -> "/eleves/" + d.account("hugo.nguyen"));
    Page lea = Page.at(d -> "/eleves/" + d.account("lea.martin"));
    Page settings = Page.at("/accessibilite");
    Page photo = Page.at(d -> "/carnet-de-liaison/mot/" + d.liaisonNotice(LiaisonDemo.PHOTO_TITLE));
    Page fair = Page.at(d -> "/carnet-de-liaison/mot/" + d.liaisonNotice(LiaisonDemo.FAIR_TITLE));
    return Stream.of(
        new Tour(null, null, null, List.of()),
        new Tour(
            "admin",
            "/administration",
            "admin.title",
            List.of(
                Page.at("/administration"),
                Page.at("/administration/journal"),
                Page.at("/administration/parole"),
                Page.at("/technicien"),
                ferry,
                settings,
                Page.at("/analytique"))),
        new Tour(
            "technicien",
            "/technicien",
            "schools.title",
            List.of(
                Page.at("/technicien"),
                Page.at("/inventaire"),
                Page.at("/tickets"),
                Page.at("/inventaire/import"),
                Page.at("/inventaire/chiffres"))),
        new Tour(
            "mairie.saint-etienne",
            "/mairie",
            "home.townHall.title",
            List.of(
                Page.at("/mairie"),
                Page.at("/inventaire/chiffres"),
                Page.at(d -> "/analytique/commune/" + d.commune("Saint-Étienne")),
                Page.at("/mairie/menus"),
                Page.at("/mairie/cantine"),
                Page.at("/vie-scolaire"))),
        new Tour(
            "directrice.ferry",
            "/direction",
            "home.director.title",
            List.of(
                Page.at("/direction"),
                cm2,
                Page.at("/lecture-facile"),
                Page.at("/actualites"),
                Page.at(d -> "/analytique/ecole/" + d.school(FERRY)),
                Page.at("/competences"),
                Page.at(d -> "/competences/eleve/" + d.account("hugo.nguyen")),
                // "/sorties" and "/carnet-de-liaison" are the teacher's views, toured below.
                Page.at("/familles"),
                Page.at("/absences"),
                fair)),
        new Tour(
            "referent.ferry",
            "/referent",
            "home.tice.title",
            List.of(
                Page.at("/referent"),
                Page.at("/enseignant"),
                Page.at("/panne"),
                Page.at("/inventaire"),
                Page.at("/inventaire/fiche"))),
        new Tour(
            "enseignante.ferry",
            "/enseignant",
            "home.teacher.title",
            List.of(
                Page.at("/enseignant"),
                Page.at("/cahier-de-textes"),
                ce1,
                hugo,
                Page.at(d -> "/profil-eleve/" + d.account("hugo.nguyen")),
                Page.at("/ressources"),
                Page.at("/actualites"),
                Page.at("/competences"),
                Page.at(d -> "/competences/eleve/" + d.account("lea.martin")),
                Page.at("/sorties"),
                Page.at("/appel"),
                Page.at("/carnet-de-liaison"),
                photo)),
        new Tour(
            "parent.martin",
            "/parent",
            "home.parent.title",
            List.of(
                Page.at("/parent"),
                Page.at(d -> "/carnet-de-liaison/famille/" + d.account("lea.martin")),
                Page.at("/autorisations"),
                Page.at("/absences"),
                Page.at("/ressources"),
                Page.at("/cantine"),
                Page.at("/vie-scolaire"),
                Page.at("/mes-notifications"),
                lea,
                // Read only for a parent.
                Page.at(d -> "/profil-eleve/" + d.account("lea.martin")),
                // The refusal pages: another family's child, and a view the role may not open.
                hugo,
                Page.at("/administration"),
                Page.missing())),
        new Tour(
            "lea.martin",
            "/eleve",
            "home.pupil.title",
            List.of(
                Page.at("/eleve"),
                Page.at("/devoirs"),
                ce1,
                lea,
                settings,
                Page.at("/ressources"),
                Page.at("/actualites"),
                Page.at("/mes-competences"),
                Page.at("/menus"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tours")
  void everyViewInEveryThemeAndSetting(Tour tour) {
    SoftAssertions softly = new SoftAssertions();
    LoginPage login = LoginPage.open(browser);
    if (tour.username() == null) {
      check(softly, "the login page");
    } else {
      login.logIn(
          tour.username(), DemoData.PASSWORD, tour.home(), French.title(tour.homeTitleKey()));
      for (Page page : tour.pages()) {
        String path = page.path().apply(demo);
        reach(page, path);
        check(softly, tour.username() + " on " + path);
      }
    }
    softly.assertAll();
  }

  private void reach(Page page, String path) {
    if (page.clientSide()) {
      String title = browser.title();
      browser.js(
          "history.pushState(null, '', arguments[0]);"
              + " window.dispatchEvent(new PopStateEvent('popstate', {state: null}));",
          path);
      ShellPage.arrived(browser, path, title);
    } else {
      ShellPage.opened(browser, path);
    }
  }

  private void check(SoftAssertions softly, String view) {
    softly
        .assertThat(ThemeChecks.otherOrigins(browser))
        .as("requests to another origin from %s", view)
        .isEmpty();
    Map<String, String> own = PageProfile.attributes(browser);
    PageProfile.with(browser, PageProfile.FONT, "default");
    softly
        .assertThat(ThemeChecks.drawnFamilies(browser, "main h1"))
        .as("fonts the h1 is drawn with, by default, on %s", view)
        .isNotEmpty()
        .allMatch(drawn -> drawn.startsWith(INTERFACE_FONT));
    PageProfile.apply(browser, own);
    try {
      for (String theme : THEMES) {
        PageProfile.with(browser, PageProfile.THEME, theme);
        Axe.Report report = Axe.analyze(browser, view, HIGH_CONTRAST.contains(theme));
        softly
            .assertThat(report.violations())
            .as("axe violations in the theme %s on %s", theme, view)
            .isEmpty();
        noteContrast(theme, view, report);
      }
      PageProfile.apply(browser, own);

      PageProfile.with(browser, PageProfile.LARGE_TARGETS, "");
      softly
          .assertThat(ThemeChecks.smallTargets(browser, 44))
          .as("targets under 44x44 px with large targets on %s (2.5.5)", view)
          .isEmpty();
      PageProfile.apply(browser, own);

      PageProfile.withStyle(browser, "--pa-text-scale", "2");
      softly
          .assertThat(ThemeChecks.clipped(browser))
          .as("cut or sideways at 200 %% text, 1280 px wide, on %s (1.4.4)", view)
          .isEmpty();
      PageProfile.apply(browser, own);

      browser.resize(320, 800);
      PageProfile.withStyle(browser, "--pa-text-scale", "1");
      softly
          .assertThat(browser.js("return window.innerWidth"))
          .as("window width for %s", view)
          .isEqualTo(320L);
      softly
          .assertThat(ThemeChecks.clipped(browser))
          .as("cut or sideways at 320 px wide, 100 %% text, on %s (1.4.10)", view)
          .isEmpty();
    } finally {
      browser.resize(1280, 900);
      PageProfile.apply(browser, own);
    }

    browser.js(TEXT_SPACING);
    PageProfile.settle(browser);
    softly
        .assertThat(ThemeChecks.clipped(browser))
        .as("cut or sideways with the text spacing of 1.4.12 on %s", view)
        .isEmpty();
    browser.js("document.getElementById('wcag-text-spacing').remove();");
  }

  private void noteContrast(String theme, String view, Axe.Report report) {
    double ratio = report.lowestContrast();
    if (!Double.isNaN(ratio) && ratio < lowestRatio.getOrDefault(theme, Double.MAX_VALUE)) {
      lowestRatio.put(theme, ratio);
      lowestContrast.put(
          theme,
          String.format(Locale.ROOT, "%.2f:1 on %s at %s", ratio, view, report.lowestContrastAt()));
    }
  }

  @AfterAll
  void printLowestContrast() {
    System.out.println("Lowest text contrast measured by axe on the pages, per theme:");
    lowestContrast.forEach((theme, found) -> System.out.println("  " + theme + ": " + found));
  }
}
