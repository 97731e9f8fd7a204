package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.demo.DemoData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each demo account, keyboard only: log in, land on the role's home, use the skip link, open a page
 * from the home's content, then every link of the navigation. Every page reached is checked with
 * axe and for target sizes; every Tab stop on the way for a visible, uncovered focus.
 */
@BothDatabases
class RoleJourneysBrowserTest extends BrowserTest {

  static final String FERRY = "0420101A";
  static final String FERRY_NAME = "École élémentaire Jules Ferry";

  /** The navigation's pages: the link's text and the page's title, by path. */
  record NavTarget(String navKey, String titleKey) {}

  static final Map<String, NavTarget> NAV_TARGETS =
      Map.ofEntries(
          Map.entry("/eleve", new NavTarget("nav.home.pupil", "home.pupil.title")),
          Map.entry("/enseignant", new NavTarget("nav.home.teacher", "home.teacher.title")),
          Map.entry("/direction", new NavTarget("nav.home.director", "home.director.title")),
          Map.entry("/referent", new NavTarget("nav.home.tice", "home.tice.title")),
          Map.entry("/parent", new NavTarget("nav.home.parent", "home.parent.title")),
          Map.entry("/mairie", new NavTarget("nav.home.townHall", "home.townHall.title")),
          Map.entry("/technicien", new NavTarget("nav.schools", "schools.title")),
          Map.entry("/administration", new NavTarget("nav.home.admin", "admin.title")),
          Map.entry("/administration/journal", new NavTarget("nav.audit", "audit.title")),
          Map.entry("/administration/parole", new NavTarget("speech.nav", "speech.health.title")),
          Map.entry("/chat", new NavTarget("chat.nav", "chat.home.title")),
          Map.entry("/lecture-facile", new NavTarget("reading.nav", "reading.view.title")),
          Map.entry("/cahier-de-textes", new NavTarget("lessonbook.nav", "lessonbook.book.title")),
          Map.entry("/ressources", new NavTarget("resources.nav", "resources.title")),
          Map.entry("/actualites", new NavTarget("news.nav", "news.title")),
          Map.entry("/competences", new NavTarget("skills.nav", "skills.view.title")),
          Map.entry("/absences", new NavTarget("absences.nav", "absences.title")),
          Map.entry("/appel", new NavTarget("absences.rollCall.nav", "absences.rollCall.title")),
          Map.entry("/carnet-de-liaison", new NavTarget("liaison.nav", "liaison.book.title")),
          Map.entry(
              "/carnet-de-liaison/famille",
              new NavTarget("liaison.nav.family", "liaison.family.title")),
          Map.entry("/sorties", new NavTarget("outings.nav", "outings.staff.title")),
          Map.entry(
              "/autorisations", new NavTarget("outings.parent.title", "outings.parent.title")),
          Map.entry("/mairie/menus", new NavTarget("townhall.nav.menus", "townhall.menus.title")),
          Map.entry(
              "/mairie/cantine", new NavTarget("townhall.nav.canteen", "townhall.canteen.title")),
          Map.entry("/cantine", new NavTarget("townhall.nav.parent", "townhall.parent.title")),
          Map.entry("/menus", new NavTarget("townhall.nav.pupil", "townhall.pupil.title")),
          Map.entry(
              "/vie-scolaire", new NavTarget("townhall.nav.schoolLife", "townhall.life.title")),
          Map.entry("/analytique", new NavTarget("nav.analytics", "analytics.title")),
          Map.entry(
              "/mes-notifications", new NavTarget("family.settings.nav", "family.settings.title")),
          Map.entry("/familles", new NavTarget("family.families.nav", "family.families.title")),
          Map.entry("/accessibilite", new NavTarget("nav.accessibility", "settings.title")),
          Map.entry(
              "/filtrage/tester", new NavTarget("filtering.nav.test", "filtering.test.title")),
          Map.entry(
              "/filtrage/demandes",
              new NavTarget("filtering.nav.exceptions", "filtering.exceptions.title")),
          Map.entry(
              "/filtrage/politiques",
              new NavTarget("filtering.nav.policies", "filtering.policies.title")),
          Map.entry(
              "/filtrage/listes", new NavTarget("filtering.nav.lists", "filtering.lists.title")));

  /** A page opened from the content of the previous one, by a link or from a grid. */
  sealed interface Step {}

  /** Tab to the link with this text, Enter; the page's title says its heading in a sentence. */
  record LinkStep(String linkText, Function<DemoAccounts, String> path, String titleKey)
      implements Step {}

  /** Tab into the grid, Enter on a cell, Enter on its link: a school's page. */
  record GridStep() implements Step {}

  record Journey(String username, String home, List<String> nav, List<Step> steps) {
    @Override
    public String toString() {
      return username;
    }
  }

  static Stream<Journey> journeys() {
    String classCm2 = French.text("class.open", "CM2", FERRY_NAME);
    LinkStep cm2 =
        new LinkStep(classCm2, d -> "/classe/" + d.schoolClass(FERRY, "CM2"), "class.pageTitle");
    return Stream.of(
        new Journey(
            "admin",
            "/administration",
            List.of(
                "/technicien",
                "/administration",
                "/administration/journal",
                "/administration/parole",
                "/analytique",
                "/filtrage/tester",
                "/filtrage/demandes",
                "/filtrage/politiques",
                "/filtrage/listes",
                "/accessibilite"),
            List.of()),
        new Journey(
            "technicien",
            "/technicien",
            List.of("/technicien", "/chat", "/accessibilite"),
            List.of(new GridStep())),
        new Journey(
            "mairie.saint-etienne",
            "/mairie",
            List.of(
                "/mairie",
                "/chat",
                "/analytique",
                "/mairie/menus",
                "/mairie/cantine",
                "/vie-scolaire",
                "/accessibilite"),
            List.of(
                new LinkStep(
                    French.text("school.open", FERRY_NAME),
                    d -> "/ecole/" + d.school(FERRY),
                    "school.pageTitle"))),
        new Journey(
            "directrice.ferry",
            "/direction",
            List.of(
                "/direction",
                "/chat",
                "/lecture-facile",
                "/analytique",
                "/actualites",
                "/competences",
                "/carnet-de-liaison",
                "/absences",
                "/sorties",
                "/familles",
                "/filtrage/tester",
                "/filtrage/demandes",
                "/filtrage/politiques",
                "/filtrage/listes",
                "/accessibilite"),
            List.of(cm2)),
        new Journey(
            "referent.ferry",
            "/referent",
            List.of(
                "/enseignant",
                "/referent",
                "/chat",
                "/lecture-facile",
                "/cahier-de-textes",
                "/ressources",
                "/actualites",
                "/competences",
                "/carnet-de-liaison",
                "/appel",
                "/sorties",
                "/filtrage/tester",
                "/filtrage/demandes",
                "/filtrage/politiques",
                "/filtrage/listes",
                "/accessibilite"),
            List.of(cm2)),
        new Journey(
            "enseignante.ferry",
            "/enseignant",
            List.of(
                "/enseignant",
                "/chat",
                "/lecture-facile",
                "/cahier-de-textes",
                "/ressources",
                "/actualites",
                "/competences",
                "/carnet-de-liaison",
                "/appel",
                "/sorties",
                "/filtrage/tester",
                "/filtrage/demandes",
                "/accessibilite"),
            List.of(
                new LinkStep(
                    French.text("class.open", "CE1", FERRY_NAME),
                    d -> "/classe/" + d.schoolClass(FERRY, "CE1"),
                    "class.pageTitle"),
                new LinkStep(
                    "Hugo Nguyen", d -> "/eleves/" + d.account("hugo.nguyen"), "pupil.pageTitle"))),
        new Journey(
            "parent.martin",
            "/parent",
            List.of(
                "/parent",
                "/chat",
                "/ressources",
                "/actualites",
                "/carnet-de-liaison/famille",
                "/absences",
                "/autorisations",
                "/cantine",
                "/vie-scolaire",
                "/mes-notifications",
                "/accessibilite"),
            List.of(
                new LinkStep(
                    French.text("home.parent.open", "Léa"),
                    d -> "/eleves/" + d.account("lea.martin"),
                    "pupil.pageTitle"))),
        new Journey(
            "lea.martin",
            "/eleve",
            List.of("/eleve", "/chat", "/ressources", "/actualites", "/menus", "/accessibilite"),
            List.of(
                new LinkStep(
                    French.text("home.pupil.openClass"),
                    d -> "/classe/" + d.schoolClass(FERRY, "CE1"),
                    "class.pageTitle"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void keyboardOnlyJourney(Journey journey) {
    Set<String> audited = new HashSet<>();
    LoginPage login = LoginPage.open(browser);
    ShellPage page =
        login.logIn(
            journey.username(),
            DemoData.PASSWORD,
            journey.home(),
            French.title(NAV_TARGETS.get(journey.home()).titleKey()));
    audit(journey, audited);

    // The navigation offers exactly the role's pages, in French.
    assertThat(page.navLinks())
        .as("navigation of %s", journey.username())
        .containsExactlyElementsOf(
            journey.nav().stream()
                .map(p -> new ShellPage.NavLink(French.text(NAV_TARGETS.get(p).navKey()), p))
                .toList());

    page.assertSkipLinkLeadsToMain();

    for (Step step : journey.steps()) {
      page = follow(page, step);
      audit(journey, audited);
    }

    // Every link of the navigation, starting after the current page so each one changes page
    // (every journey leaves its home first when the navigation has a single link).
    List<ShellPage.NavLink> links = new ArrayList<>(page.navLinks());
    int current = links.stream().map(ShellPage.NavLink::path).toList().indexOf(browser.path());
    for (int i = 1; i <= links.size(); i++) {
      ShellPage.NavLink link = links.get((current + i + links.size()) % links.size());
      page = page.followNavLink(link);
      assertThat(browser.title()).isEqualTo(French.title(NAV_TARGETS.get(link.path()).titleKey()));
      audit(journey, audited);
    }
  }

  private ShellPage follow(ShellPage page, Step step) {
    return switch (step) {
      case LinkStep link -> {
        ShellPage next = page.followLink(link.linkText(), link.path().apply(demo));
        assertThat(browser.title()).isEqualTo(French.title(link.titleKey(), next.h1()));
        yield next;
      }
      case GridStep grid -> {
        ShellPage.Followed followed = page.followFirstGridLink();
        ShellPage next = followed.page();
        String school = followed.linkText();
        assertThat(next.h1()).isEqualTo(school);
        assertThat(browser.title()).isEqualTo(French.title("school.pageTitle", school));
        yield next;
      }
    };
  }

  private void audit(Journey journey, Set<String> audited) {
    if (audited.add(browser.path())) {
      assertAccessible(journey.username() + " on " + browser.path());
    }
  }
}
