package fr.passerelle.app.territory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.shell.AccessDeniedView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The territory's views, rendered in the JVM with the real services and the demo data. */
@PasserelleTest
class TerritoryViewsTest extends SpringBrowserlessTest {

  @Autowired JdbcClient jdbc;
  DemoAccounts demo;

  @BeforeEach
  void setUpDemo() {
    // A browserless session does not run the session listeners that start the app in French.
    com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
    demo = new DemoAccounts(jdbc);
  }

  @Test
  @WithUserDetails("parent.martin")
  void parentHomeHasOneCardPerChildWithALinkToTheirPage() {
    ParentHomeView view = navigate(ParentHomeView.class);
    assertThat($(H1.class, view).single().getText()).isEqualTo("Mes enfants");
    assertThat(own($(H2.class, view).all()))
        .extracting(H2::getText)
        .containsExactly("Léa Martin", "Tom Martin");
    assertThat(own($(Anchor.class, view).all()))
        .extracting(Anchor::getHref)
        .containsExactly(
            PupilView.route(demo.account("lea.martin")),
            PupilView.route(demo.account("tom.martin")));
  }

  @Test
  @WithUserDetails("parent.martin")
  void parentSeesTheirChildsNeedsButIsRefusedAnotherChild() {
    PupilView view = navigate(PupilView.class, demo.account("lea.martin"));
    assertThat($(H1.class, view).single().getText()).isEqualTo("Léa Martin");
    assertThat($(ListItem.class, view).all())
        .extracting(ListItem::getText)
        .containsExactly("Texte agrandi", "Aide à la lecture");

    navigate(PupilView.route(demo.account("hugo.nguyen")), AccessDeniedView.class);
    assertThat($(H1.class).single().getText()).isEqualTo("Accès refusé");
  }

  @Test
  @WithUserDetails("enseignante.ferry")
  void teacherSeesTheClassListWithDeclaredNeeds() {
    TeacherHomeView home = navigate(TeacherHomeView.class);
    // One class card; features' home sections (marked, or with an id) come on top of it.
    assertThat(own($(Section.class, home).all())).filteredOn(s -> s.getId().isEmpty()).hasSize(1);
    long ce1 = demo.schoolClass("0420101A", "CE1");
    ClassView view = navigate(ClassView.class, ce1);
    assertThat($(H1.class, view).single().getText())
        .isEqualTo("CE1 – École élémentaire Jules Ferry");
    assertThat($(Anchor.class, view).all()).extracting(Anchor::getText).contains("Hugo Nguyen");
    assertThat($(ListItem.class, view).all())
        .extracting(ListItem::getText)
        .contains("Lecteur d’écran");

    navigate(ClassView.route(demo.schoolClass("0420101A", "CM2")), AccessDeniedView.class);
  }

  @Test
  @WithUserDetails("lea.martin")
  void pupilSeesClassmatesWithoutLinksOrNeeds() {
    PupilHomeView home = navigate(PupilHomeView.class);
    assertThat($(H1.class, home).single().getText()).isEqualTo("Bonjour Léa !");
    ClassView view = navigate(ClassView.class, demo.schoolClass("0420101A", "CE1"));
    assertThat($(Anchor.class, view).all()).isEmpty();
    assertThat($(ListItem.class, view).all())
        .extracting(ListItem::getText)
        .contains("Hugo Nguyen")
        .doesNotContain("Lecteur d’écran");
  }

  /** The home's own components, without those other features add as home sections or card parts. */
  static <T extends com.vaadin.flow.component.Component> java.util.List<T> own(
      java.util.List<T> found) {
    return found.stream()
        .filter(
            c -> {
              for (var p = java.util.Optional.of((com.vaadin.flow.component.Component) c);
                  p.isPresent();
                  p = p.get().getParent()) {
                if (p.get() instanceof com.vaadin.flow.component.HasStyle styled
                    && (styled.hasClassName("home-section") || styled.hasClassName("child-part"))) {
                  return false;
                }
              }
              return true;
            })
        .toList();
  }
}
