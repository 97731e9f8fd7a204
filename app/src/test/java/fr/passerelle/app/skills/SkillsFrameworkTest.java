package fr.passerelle.app.skills;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.PasserelleTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The framework comes from the migration, as data: five areas, sixteen competences coded 1.1 to 5.2
 * with their official names, and the levels of primary school with their descriptions.
 */
@PasserelleTest
class SkillsFrameworkTest {

  @Autowired SkillsService skills;

  @Test
  @WithUserDetails("lea.martin")
  void theMigratedFrameworkHasFiveAreasSixteenCompetencesAndThreeLevels() {
    Framework framework = skills.framework();
    assertThat(framework.areas())
        .extracting(SkillArea::name)
        .containsExactly(
            "Information et données",
            "Communication et collaboration",
            "Création de contenus",
            "Protection et sécurité",
            "Environnement numérique");
    assertThat(framework.competences())
        .extracting(Competence::code)
        .containsExactly(
            "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1",
            "4.2", "4.3", "5.1", "5.2");
    Map<String, String> names =
        framework.competences().stream()
            .collect(Collectors.toMap(Competence::code, Competence::name));
    assertThat(names)
        .containsEntry("1.1", "Mener une recherche et une veille d'information")
        .containsEntry("2.4", "S'insérer dans le monde numérique")
        .containsEntry("3.4", "Programmer")
        .containsEntry("4.3", "Protéger la santé, le bien-être et l'environnement")
        .containsEntry("5.2", "Construire un environnement numérique");
    assertThat(framework.areas())
        .extracting(a -> a.competences().size())
        .containsExactly(3, 4, 4, 3, 2);
    for (SkillArea area : framework.areas()) {
      assertThat(area.competences())
          .allSatisfy(c -> assertThat(c.code()).startsWith(area.number() + "."));
    }
    assertThat(framework.levels()).extracting(SkillLevel::level).containsExactly(1, 2, 3);
    assertThat(framework.levels())
        .extracting(SkillLevel::stage)
        .containsExactly("Novice", "Novice", "Indépendant");
    List<String> descriptions = framework.levels().stream().map(SkillLevel::description).toList();
    assertThat(descriptions.get(0))
        .startsWith("L'individu est capable de réaliser des actions élémentaires")
        .endsWith("en ayant parfois recours à l'aide d'un tiers.");
    assertThat(descriptions.get(1)).contains("Il peut appliquer seul une procédure simple");
    assertThat(descriptions.get(2)).contains("dans la plupart des situations courantes");
  }
}
