package fr.passerelle.app.territory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
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

/**
 * The territory's views, reached as people reach them from their homes, rendered in the JVM with
 * the real services and the demo data.
 */
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
    Component view = navigate("parent", Component.class);
    assertThat(find(H1.class, view).single().getText()).isEqualTo("Mes enfants");
    assertThat(own(find(H2.class, view).all()))
        .extracting(H2::getText)
        .containsExactly("Léa Martin", "Tom Martin");
    assertThat(own(find(Anchor.class, view).all()))
        .extracting(Anchor::getHref)
        .containsExactly(
            TerritoryRoutes.ofPupil(demo.account("lea.martin")),
            TerritoryRoutes.ofPupil(demo.account("tom.martin")));
  }

  @Test
  @WithUserDetails("parent.martin")
  void parentSeesTheirChildsNeedsButIsRefusedAnotherChild() {
    PupilView view = navigate(PupilView.class, demo.account("lea.martin"));
    assertThat(find(H1.class, view).single().getText()).isEqualTo("Léa Martin");
    assertThat(find(ListItem.class, view).all())
        .extracting(ListItem::getText)
        .containsExactly("Texte agrandi", "Aide à la lecture");

    navigate(TerritoryRoutes.ofPupil(demo.account("hugo.nguyen")), AccessDeniedView.class);
    assertThat(find(H1.class).single().getText()).isEqualTo("Accès refusé");
  }

  @Test
  @WithUserDetails("enseignante.ferry")
  void teacherSeesTheClassListWithDeclaredNeeds() {
    Component home = navigate("enseignant", Component.class);
    // One class card; features' home sections (marked, or with an id) come on top of it.
    assertThat(own(find(Section.class, home).all()))
        .filteredOn(s -> s.getId().isEmpty())
        .hasSize(1);
    long ce1 = demo.schoolClass("0420101A", "CE1");
    ClassView view = navigate(ClassView.class, ce1);
    assertThat(find(H1.class, view).single().getText())
        .isEqualTo("CE1 – École élémentaire Jules Ferry");
    assertThat(find(Anchor.class, view).all()).extracting(Anchor::getText).contains("Hugo Nguyen");
    assertThat(find(ListItem.class, view).all())
        .extracting(ListItem::getText)
        .contains("Lecteur d’écran");

    navigate(TerritoryRoutes.ofClass(demo.schoolClass("0420101A", "CM2")), AccessDeniedView.class);
  }

  @Test
  @WithUserDetails("lea.martin")
  void pupilSeesClassmatesWithoutLinksOrNeeds() {
    Component home = navigate("eleve", Component.class);
    assertThat(find(H1.class, home).single().getText()).isEqualTo("Bonjour Léa !");
    ClassView view = navigate(ClassView.class, demo.schoolClass("0420101A", "CE1"));
    assertThat(find(Anchor.class, view).all()).isEmpty();
    assertThat(find(ListItem.class, view).all())
        .extracting(ListItem::getText)
        .contains("Hugo Nguyen")
        .doesNotContain("Lecteur d’écran");
  }

  /** The home's own components, without those other features add as home sections or card parts. */
  static <T extends Component> java.util.List<T> own(java.util.List<T> found) {
    return found.stream()
        .filter(
            c -> {
              for (var p = java.util.Optional.of((Component) c);
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
