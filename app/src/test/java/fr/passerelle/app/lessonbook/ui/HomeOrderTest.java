package fr.passerelle.app.lessonbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.profile.ProfileService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The order of the homes, as a young pupil needs it: the live visio first, then today's homework,
 * then the class, its text and its messages, then the rest of the week; the same in simplified mode
 * (nothing of the homework is secondary there, and the easy-to-read version comes first). A
 * teacher's home: the classes, then the homework to check with who has not done it. A parent's
 * home: on each child's card, what asks the parent to act (a notice to sign) before the homework,
 * then the last notices signed.
 */
@PasserelleTest
class HomeOrderTest extends SpringBrowserlessTest {

  @Autowired ProfileService profiles;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void french() {
    UI.getCurrent().setLocale(Locale.FRENCH);
  }

  /** Each block of the home, by its id, else its class names, else its tag. */
  private List<String> blocks(String route) {
    Component home = navigate(route, Component.class);
    return home.getChildren().map(HomeOrderTest::marker).toList();
  }

  private static String marker(Component c) {
    return c.getId()
        .orElseGet(
            () ->
                c.getElement().getClassList().stream().findFirst().orElse(c.getElement().getTag()));
  }

  private void assertPupilOrder(List<String> blocks) {
    assertThat(blocks.subList(0, 3)).containsExactly("h1", "visio-pupil", "homework-today");
    assertThat(blocks)
        .containsSubsequence(
            "homework-today", "card", "chat-home-section", "homework-week", "visio-call");
  }

  @Test
  @WithUserDetails("lea.martin")
  void aPupilsHomeGoesVisioTodaysHomeworkClassMessagesThenTheWeek() {
    assertThat(profiles.mine().simplified()).isFalse();
    assertPupilOrder(blocks("eleve"));
    Component today = find(Component.class).id("homework-today");
    assertThat(today.getElement().getClassList()).doesNotContain("secondary");
    Component block = find(Component.class, today).withClassName("easy-read").all().getFirst();
    assertThat(block.getElement().getChild(0).getClassList())
        .as("the original first for Léa")
        .contains("easy-read-original");
  }

  @Test
  @WithUserDetails("hugo.nguyen")
  void theSameOrderInSimplifiedModeWithTheEasyVersionFirst() {
    assertThat(profiles.mine().simplified()).isTrue();
    List<String> blocks = blocks("eleve");
    assertPupilOrder(blocks);
    Component today = find(Component.class).id("homework-today");
    assertThat(today.getElement().getClassList()).doesNotContain("secondary");
    Component block = find(Component.class, today).withClassName("easy-read").all().getFirst();
    assertThat(block.getElement().getChild(0).getClassList())
        .as("the validated easy-to-read version first for Hugo")
        .contains("easy-read-text");
  }

  @Test
  @WithUserDetails("enseignante.ferry")
  void aTeachersHomeShowsHerClassesThenTheHomeworkToCheck() {
    List<String> blocks = blocks("enseignant");
    assertThat(blocks).containsSubsequence("h1", "card", "homework-check", "chat-home-section");
    assertThat(blocks.indexOf("homework-check"))
        .as("after her class, before the messages")
        .isGreaterThan(blocks.indexOf("card"))
        .isLessThan(blocks.indexOf("chat-home-section"));
    Component check = find(Component.class).id("homework-check");
    String text = check.getElement().getTextRecursively();
    assertThat(text).contains("Lecture : le petit chat").containsPattern("3/\\d+ faits");
    assertThat(text).contains("Pas encore fait : ");
  }

  @Test
  @WithUserDetails("parent.martin")
  void aChildsCardAsksToActBeforeTheHomework() {
    long lea =
        jdbc.sql("select id from account where username = 'lea.martin'").query(Long.class).single();
    navigate("parent", Component.class);
    Component card = find(Component.class).id("child-" + lea);
    List<String> parts = card.getChildren().map(HomeOrderTest::marker).toList();
    assertThat(parts)
        .containsSubsequence(
            "child-" + lea + "-name",
            "liaison-to-sign-" + lea,
            "homework-child-" + lea,
            "liaison-recent-" + lea);
    assertThat(parts.getLast()).isEqualTo("a");
    assertThat(find(Component.class).id("liaison-to-sign-" + lea).getElement().getClassList())
        .contains("child-action");
    assertThat(find(Component.class).id("homework-child-" + lea).getElement().getTextRecursively())
        .contains("Devoirs de Léa", "Poésie : la première strophe");
  }
}
