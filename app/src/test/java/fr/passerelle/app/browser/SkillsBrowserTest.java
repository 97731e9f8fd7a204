package fr.passerelle.app.browser;

import static fr.passerelle.app.browser.ThemesBrowserTest.HIGH_CONTRAST;
import static fr.passerelle.app.browser.ThemesBrowserTest.THEMES;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Digital skills, keyboard only: Léa's teacher opens the skills page, reads a bar of the class
 * chart, opens Léa's page from the grid, validates level 2 in 5.1 with a comment (announced,
 * audited, in the table and the history); Léa then finds "Tu sais faire … choses sur 16" on her
 * home, follows it and sees her picture (one image, titled and described) and its table. Every page
 * is axe-clean in every theme.
 */
class SkillsBrowserTest extends BrowserTest {

  static final String FERRY = "0420101A";
  static final String COMMENT = "Redémarre la tablette toute seule.";

  @Autowired JdbcClient jdbc;

  private record Pupil(long id, String first, String last) {}

  /** Léa's row in the grid: the class's pupils sorted as the service sorts them. */
  private int leaRow(long lea) {
    List<Pupil> pupils =
        jdbc
            .sql(
                "select a.id, a.first_name, a.last_name from enrolment e join account a"
                    + " on a.id = e.pupil_id where e.class_id = ?")
            .param(demo.schoolClass(FERRY, "CE1"))
            .query((rs, n) -> new Pupil(rs.getLong(1), rs.getString(2), rs.getString(3)))
            .list()
            .stream()
            .sorted(Comparator.comparing(Pupil::last).thenComparing(Pupil::first))
            .toList();
    return pupils.stream().map(Pupil::id).toList().indexOf(lea);
  }

  private int known(long pupil) {
    return jdbc.sql(
            "select count(distinct competence_code) from skill_validation where pupil_id = ?")
        .param(pupil)
        .query(Integer.class)
        .single();
  }

  @Test
  void aTeacherValidatesALevelAndThePupilSeesTheirProgress() {
    long lea = demo.account("lea.martin");
    int knownBefore = known(lea);
    long audited = demo.auditCount("SKILL_VALIDATED", "enseignante.ferry", "pupil:" + lea);

    ShellPage home =
        LoginPage.open(browser)
            .logIn(
                "enseignante.ferry",
                DemoData.PASSWORD,
                "/enseignant",
                French.title("home.teacher.title"));
    ShellPage overview =
        home.followNavLink(
            home.navLinks().stream()
                .filter(l -> l.path().equals("/competences"))
                .findFirst()
                .orElseThrow());
    PageChecks.assertSingleLevelOneHeading(browser, French.text("skills.view.heading"));
    assertThat(browser.title()).isEqualTo(French.title("skills.view.title"));
    SkillsPage skills = new SkillsPage(browser);
    Focused bar = skills.tabToFirstBar();
    assertThat(bar.name())
        .startsWith("1.1 Mener une recherche et une veille d'information : ")
        .contains(French.text("skills.level.none"))
        .contains(French.text("skills.level.n", 2));
    everyTheme("the class overview");

    String name = "Léa Martin";
    ShellPage page = skills.openPupil(leaRow(lea), name, "/competences/eleve/" + lea);
    assertThat(page.h1()).isEqualTo(French.text("skills.pupil.heading", name));
    assertThat(browser.title()).isEqualTo(French.title("skills.pupil.title", name));

    // 5.1 is the 15th competence: 14 steps down from 1.1; level 2 is one step down from level 1.
    skills.chooseCompetence(14);
    assertThat(skills.chosenCompetence()).contains("5.1 Résoudre des problèmes techniques");
    skills.chooseLevel(1);
    skills.typeComment(COMMENT);
    skills.save();
    String done = French.text("skills.validate.done", 2, name, "5.1");
    browser.waitUntil(
        () -> done.equals(page.announced()),
        () -> "«" + done + "» announced, not «" + page.announced() + "»");
    assertAuditCount("SKILL_VALIDATED", "enseignante.ferry", "pupil:" + lea, audited + 1);
    SkillsPage.Progress teacherSees = SkillsPage.progress(browser);
    assertThat(teacherSees.rows())
        .anySatisfy(
            r -> assertThat(r).startsWith("5.1 Résoudre des problèmes techniques | Niveau 2 | "));
    assertThat(page.mainText()).contains(COMMENT);
    everyTheme("a pupil's skills page for the teacher");
    page.logOut();

    int known = knownBefore + 1;
    ShellPage pupilHome =
        LoginPage.open(browser)
            .logIn("lea.martin", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    String sentence = French.text("skills.progress.sentence", known, 16);
    assertThat(pupilHome.mainText()).contains(sentence);
    ShellPage mine = pupilHome.followLink(French.text("skills.home.open"), "/mes-competences");
    assertThat(mine.h1()).isEqualTo(French.text("skills.mine.heading"));
    SkillsPage.Progress progress = SkillsPage.progress(browser);
    assertThat(progress.role()).isEqualTo("img");
    assertThat(progress.focusable()).isZero();
    assertThat(progress.title()).isEqualTo(French.text("skills.progress.pictureTitle"));
    assertThat(progress.description()).startsWith(sentence);
    assertThat(progress.sentence()).isEqualTo(sentence);
    assertThat(progress.caption()).isEqualTo(French.text("skills.progress.tableCaption"));
    assertThat(progress.rows()).hasSize(16);
    assertThat(progress.rows())
        .anySatisfy(
            r -> assertThat(r).startsWith("5.1 Résoudre des problèmes techniques | Niveau 2"))
        .anySatisfy(
            r ->
                assertThat(r)
                    .isEqualTo("5.2 Construire un environnement numérique | Pas encore | "));
    // The table's region takes the focus (it scrolls sideways when the text is large).
    Keyboard.tabForwardTo(
        browser, "the table of Léa's skills", f -> f.name().equals(progress.caption()));
    everyTheme("the pupil's progress page");
  }

  private void everyTheme(String view) {
    SoftAssertions softly = new SoftAssertions();
    for (String theme : THEMES) {
      PageProfile.with(browser, PageProfile.THEME, theme);
      softly
          .assertThat(Axe.analyze(browser, view, HIGH_CONTRAST.contains(theme)).violations())
          .as("axe on %s in %s", view, theme)
          .isEmpty();
    }
    softly.assertAll();
  }
}
