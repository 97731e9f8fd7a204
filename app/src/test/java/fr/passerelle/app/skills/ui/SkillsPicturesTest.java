package fr.passerelle.app.skills.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.skills.Competence;
import fr.passerelle.app.skills.CompetenceState;
import fr.passerelle.app.skills.SkillProgress;
import fr.passerelle.app.skills.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pictures as the server writes them: named, described, one mark per thing, escaped. */
class SkillsPicturesTest {

  static int count(String svg, String part) {
    return (int) Pattern.compile(Pattern.quote(part)).matcher(svg).results().count();
  }

  static CompetenceState state(String code, int area, int level) {
    Competence c = new Competence(code, area, "Domaine " + area, "Compétence " + code);
    return new CompetenceState(
        c,
        level == 0
            ? null
            : new Validation(1, 9, code, level, LocalDate.now(), null, "A B", Instant.now()));
  }

  @Test
  void aPupilsProgressIsOneImageWithATilePerCompetenceAndTheReachedStepsFilled() {
    SkillProgress progress =
        new SkillProgress(
            new PersonName(9, "Léa", "Martin"),
            List.of(state("1.1", 1, 2), state("1.2", 1, 0), state("2.1", 2, 3)),
            3);
    String svg = ProgressSvg.render("p", "Mes <compétences>", "Tu sais faire 2 choses", progress);
    assertThat(svg)
        .contains("role=\"img\"")
        .contains("aria-labelledby=\"p-title\"")
        .contains("aria-describedby=\"p-desc\"")
        .contains("<title id=\"p-title\">Mes &lt;compétences&gt;</title>")
        .contains("<desc id=\"p-desc\">Tu sais faire 2 choses</desc>")
        .doesNotContain("tabindex");
    assertThat(count(svg, "class=\"tile")).isEqualTo(3);
    assertThat(count(svg, "class=\"tile reached\"")).isEqualTo(2);
    assertThat(count(svg, "class=\"step")).isEqualTo(9);
    assertThat(count(svg, "class=\"step on\"")).isEqualTo(5);
  }

  @Test
  void longAreaNamesGoOnTwoLines() {
    assertThat(ProgressSvg.lines("Communication et collaboration"))
        .containsExactly("Communication et", "collaboration");
    assertThat(ProgressSvg.lines("Programmer")).containsExactly("Programmer");
  }

  @Test
  void eachBarOfTheOverviewTakesTheFocusAndSaysItsNumbers() {
    String svg =
        OverviewSvg.render(
            "o",
            "Niveaux",
            "Une barre par compétence",
            List.of("Pas encore", "Niveau 1", "Niveau 2", "Niveau 3"),
            List.of(
                OverviewSvg.bar("1.1 A", "1.1 A : Pas encore, 3 élèves", List.of(3, 1, 1, 1)),
                OverviewSvg.bar("1.2 B", "1.2 B : Pas encore, 6 élèves", List.of(6, 0, 0, 0))));
    assertThat(svg).contains("role=\"group\"");
    assertThat(count(svg, "tabindex=\"0\" role=\"img\"")).isEqualTo(2);
    assertThat(svg).contains("aria-label=\"1.1 A : Pas encore, 3 élèves\"");
    // Legend (4) + segments that are not empty (4 + 1).
    assertThat(count(svg, "class=\"seg l")).isEqualTo(9);
  }
}
