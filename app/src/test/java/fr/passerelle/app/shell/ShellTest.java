package fr.passerelle.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import fr.passerelle.app.PasserelleTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role lands on its own home and its menu shows only what it may use. */
@PasserelleTest
class ShellTest extends SpringBrowserlessTest {

  @org.junit.jupiter.api.BeforeEach
  void french() {
    // A browserless session does not run the session listeners that start the app in French.
    UI.getCurrent().setLocale(java.util.Locale.FRENCH);
  }

  private java.util.List<String> menu() {
    Nav nav = find(Nav.class).single();
    return find(Anchor.class, nav).all().stream().map(Anchor::getText).toList();
  }

  private String landing() {
    navigate("", com.vaadin.flow.component.Component.class);
    return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
  }

  @Test
  @WithUserDetails("parent.martin")
  void parentLandsOnTheChildrenAndSeesOnlyThem() {
    assertThat(landing()).isEqualTo("parent");
    assertThat(menu())
        .containsExactly(
            "Mes enfants",
            "Messages",
            "Ressources",
            "Actualités",
            "Carnet de liaison",
            "Absences",
            "Sorties et autorisations",
            "Cantine",
            "Vie scolaire",
            "Mes notifications",
            "Accessibilité");
  }

  @Test
  @WithUserDetails("admin")
  void administratorLandsOnAdministration() {
    assertThat(landing()).isEqualTo("administration");
    assertThat(menu())
        .containsExactly(
            "Écoles du territoire",
            "Administration",
            "Journal de sécurité",
            "Lecture à voix haute",
            "Analyse du territoire",
            "Tester une adresse",
            "Déblocages de sites",
            "Règles de filtrage",
            "Listes de filtrage",
            "Accessibilité");
  }

  @Test
  @WithUserDetails("referent.ferry")
  void ticeReferentWhoTeachesSeesBothHomes() {
    assertThat(landing()).isEqualTo("referent");
    assertThat(menu())
        .containsExactly(
            "Mes classes",
            "Référent numérique",
            "Messages",
            "Lecture facile",
            "Cahier de textes",
            "Ressources",
            "Actualités",
            "Compétences numériques",
            "Carnet de liaison",
            "Appel",
            "Sorties scolaires",
            "Tester une adresse",
            "Déblocages de sites",
            "Règles de filtrage",
            "Listes de filtrage",
            "Accessibilité");
  }

  @Test
  @WithUserDetails("lea.martin")
  void pupilIsRefusedTheAdministration() {
    navigate("administration", RouteDeniedView.class);
  }

  @Test
  @WithUserDetails("mairie.saint-etienne")
  void townHallLandsOnTheirCommune() {
    assertThat(landing()).isEqualTo("mairie");
    assertThat(menu())
        .containsExactly(
            "Ma commune",
            "Messages",
            "Analyse du territoire",
            "Menus de la cantine",
            "Inscriptions cantine",
            "Vie scolaire",
            "Accessibilité");
  }
}
