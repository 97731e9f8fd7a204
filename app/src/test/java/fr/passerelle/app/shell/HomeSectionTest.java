package fr.passerelle.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fr.passerelle.app.identity.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HomeSectionTest {

  record Section(Role role, int order, String id, boolean empty) implements HomeSection {
    @Override
    public boolean shownOn(Role home) {
      return home == role;
    }

    @Override
    public Optional<Component> create() {
      if (empty) {
        return Optional.empty();
      }
      Div div = new Div();
      div.setId(id);
      return Optional.of(div);
    }
  }

  @Test
  void urgentSectionsGoUnderTheHeadingOthersAtTheEndAndOnlyOnTheirHome() {
    Div home = new Div(new H1(), new Paragraph());
    home.getChildren().skip(1).findFirst().orElseThrow().setId("own");
    HomeSection.addTo(
        home,
        Role.PUPIL,
        List.of(
            new Section(Role.PUPIL, 200, "later", false),
            new Section(Role.PUPIL, -5, "second", false),
            new Section(Role.PUPIL, -10, "first", false),
            new Section(Role.TEACHER, -20, "teacher", false),
            new Section(Role.PUPIL, 50, "nothing", true),
            new Section(Role.PUPIL, 100, "after", false)));
    assertThat(home.getChildren().map(c -> c.getId().orElse(c.getElement().getTag())))
        .containsExactly("h1", "first", "second", "own", "after", "later");
  }
}
