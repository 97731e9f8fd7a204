package fr.passerelle.app.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.identity.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A feature's part of a role's home ("your class is live", today's homework, unread messages, the
 * state of the speech engines for an administrator). Features declare them as Spring beans; the
 * homes gather them, so a home never depends on the features it shows.
 */
public interface HomeSection {

  /** Whether the home of this role shows the section. */
  boolean shownOn(Role home);

  /**
   * Where it goes: below zero, right under the home's heading, before the home's own content (what
   * must be acted on now); from zero, after it. Lower comes first.
   */
  default int order() {
    return 100;
  }

  /** A fresh section for the person now signed in, or empty when there is nothing to show. */
  Optional<Component> create();

  /**
   * A section shown on the homes {@code shownOn} accepts, at {@code order}, made by {@code create}.
   */
  static HomeSection of(Predicate<Role> shownOn, int order, Supplier<Optional<Component>> create) {
    return new HomeSection() {
      @Override
      public boolean shownOn(Role home) {
        return shownOn.test(home);
      }

      @Override
      public int order() {
        return order;
      }

      @Override
      public Optional<Component> create() {
        return create.get();
      }
    };
  }

  /** The usual frame of a section: a card with its id and a level-two heading from the bundles. */
  static Section card(String id, String headingKey) {
    Section section = new Section();
    section.setId(id);
    section.addClassNames("card", "home-section");
    section.add(new H2(section.getTranslation(headingKey)));
    return section;
  }

  /**
   * Adds the sections of a role's home to it: urgent ones just after its first child (the {@code
   * h1}), the others at the end.
   */
  static void addTo(HasComponents home, Role role, List<HomeSection> sections) {
    List<HomeSection> shown =
        sections.stream()
            .filter(s -> s.shownOn(role))
            .sorted(Comparator.comparingInt(HomeSection::order))
            .toList();
    int index = 1;
    for (HomeSection section : shown) {
      Optional<Component> component = section.create();
      if (component.isEmpty()) {
        continue;
      }
      if (section.order() < 0) {
        home.addComponentAtIndex(index++, component.get());
      } else {
        home.add(component.get());
      }
    }
  }
}
