package fr.passerelle.app.reading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.reading.EasyReadOwner;
import fr.passerelle.app.reading.EasyReadStatus;
import fr.passerelle.app.reading.EasyReadVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The easy-to-read block, the pupil's class text and the authoring view, rendered in the JVM. */
@PasserelleTest
class ReadingViewsTest extends SpringBrowserlessTest {

  @Autowired JdbcClient jdbc;
  @Autowired ClassTextSection classText;
  DemoAccounts demo;

  @BeforeEach
  void french() {
    com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
    demo = new DemoAccounts(jdbc);
  }

  static EasyReadVersion version(String text) {
    return new EasyReadVersion(
        1,
        new EasyReadOwner("test", 1, 1),
        text,
        EasyReadStatus.VALIDATED,
        2,
        "Amélie Durand",
        Instant.EPOCH,
        Instant.EPOCH,
        "Sophie Garnier",
        Instant.EPOCH,
        null);
  }

  static List<String> visibleTexts(Component block) {
    return block.getChildren().filter(Component::isVisible).map(ReadingViewsTest::read).toList();
  }

  /** The text assistive technologies get: Html contents without their aria-hidden parts. */
  static String read(Component component) {
    return read(component.getElement());
  }

  static String read(Element element) {
    if (element.isTextNode()) {
      return element.getText();
    }
    String html = element.getProperty("innerHTML");
    if (html != null) {
      org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
      doc.select("[aria-hidden=true]").remove();
      return doc.body().text();
    }
    StringBuilder out = new StringBuilder();
    element.getChildren().forEach(c -> out.append(read(c)));
    return out.toString();
  }

  @Test
  void aSimplifiedViewerGetsTheMarkedEasyVersionFirstAndCanOpenTheOriginal() {
    EasyReadBlock block =
        new EasyReadBlock(Optional.of(version("Le chat dort.")), "Le félin sommeille.", true);
    com.vaadin.flow.component.UI.getCurrent().add(block);
    Div root = block.getContent();
    List<Component> children = root.getChildren().toList();
    assertThat(read(children.get(0)))
        .contains("Version facile à lire")
        .contains("facile à lire et à comprendre")
        .contains("Le chat dort.");
    Button toggle = (Button) children.get(1);
    assertThat(toggle.getText()).isEqualTo("Voir le texte d’origine");
    assertThat(children.get(2).isVisible()).isFalse();
    assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(toggle.getElement().getAttribute("aria-controls"))
        .isEqualTo(children.get(2).getId().orElseThrow());
    test(toggle).click();
    assertThat(children.get(2).isVisible()).isTrue();
    assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(read(children.get(2))).contains("Le félin sommeille.");
  }

  @Test
  void otherViewersGetTheOriginalFirstAndAButtonForTheEasyVersion() {
    EasyReadBlock block =
        new EasyReadBlock(Optional.of(version("Le chat dort.")), "Le félin sommeille.", false);
    assertThat(visibleTexts(block.getContent()))
        .hasSize(2)
        .satisfies(t -> assertThat(t.get(0)).contains("Le félin sommeille."))
        .satisfies(t -> assertThat(t.get(1)).isEqualTo("Lire la version facile"));
  }

  @Test
  void withoutAValidatedVersionOnlyTheOriginalIsShown() {
    EasyReadBlock block = new EasyReadBlock(Optional.empty(), "Le félin sommeille.", true);
    assertThat(block.getContent().getChildren()).hasSize(1);
    assertThat(find(Button.class, block).all()).isEmpty();
  }

  @Test
  @WithUserDetails("hugo.nguyen")
  void theSimplifiedPupilsClassTextShowsTheDemosValidatedEasyVersionFirst() {
    Component section = classText.create().orElseThrow();
    String text = read(section);
    assertThat(text).contains("Ma classe").contains("Version facile à lire");
    assertThat(text.indexOf("Ta maîtresse s’appelle Amélie Durand"))
        .isLessThan(text.indexOf("Bienvenue dans la classe CE1"));
    assertThat(find(Html.class, section).all()).isNotEmpty();
  }

  @Test
  @WithUserDetails("directrice.ferry")
  void theDirectorSeesTheDemosSubmittedVersionToReview() {
    EasyReadView view = navigate(EasyReadView.class);
    assertThat(find(H1.class, view).single().getText()).isEqualTo("Lecture facile");
    assertThat(find(H3.class, view).all())
        .extracting(H3::getText)
        .anyMatch(t -> t.contains("écrit par Amélie Durand"));
  }

  @Test
  @WithUserDetails("enseignante.ferry")
  void aTeacherGetsAClearErrorForAnEmptyTextAndSendsAVersionForReview() {
    EasyReadView view = navigate(EasyReadView.class);
    TextArea text = find(TextArea.class, view).atIndex(1);
    Button send =
        find(Button.class, view).all().stream()
            .filter(b -> b.getText().equals("Envoyer à la relecture"))
            .findFirst()
            .orElseThrow();
    test(send).click();
    assertThat(text.isInvalid()).isTrue();
    assertThat(text.getErrorMessage()).isEqualTo("Écrivez le texte facile à lire.");
    long before =
        jdbc.sql("select count(*) from easy_read where status = 'SUBMITTED'")
            .query(Long.class)
            .single();
    test(text).setValue("Nous allons au musée jeudi.");
    test(send).click();
    assertThat(text.isInvalid()).isFalse();
    assertThat(
            jdbc.sql("select count(*) from easy_read where status = 'SUBMITTED'")
                .query(Long.class)
                .single())
        .isEqualTo(before + 1);
    // Leave the demo as it was for the other tests.
    jdbc.sql("delete from easy_read where body = 'Nous allons au musée jeudi.'").update();
  }
}
