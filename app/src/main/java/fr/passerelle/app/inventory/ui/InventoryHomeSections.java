package fr.passerelle.app.inventory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the equipment feature adds to the homes: links to its pages and the helpdesk's for the roles
 * that use them, in one section. The helpdesk's pages are named by their address (the helpdesk
 * module uses this one, not the other way round); its notifications are its own section.
 */
@Configuration
class InventoryHomeSections {

  /** The helpdesk's pages: reporting a breakdown, following the tickets. */
  static final String REPORT = "panne";

  static final String TICKETS = "tickets";

  private static final Map<Role, List<String>> LINKS =
      Map.of(
          Role.TECHNICIAN,
          List.of(TICKETS, InventoryView.ROUTE, ImportView.ROUTE, FiguresView.ROUTE),
          Role.ADMIN,
          List.of(TICKETS, InventoryView.ROUTE, ImportView.ROUTE, FiguresView.ROUTE),
          Role.TICE_REFERENT,
          List.of(REPORT, TICKETS, InventoryView.ROUTE),
          Role.DIRECTOR,
          List.of(REPORT, TICKETS, InventoryView.ROUTE),
          Role.TEACHER,
          List.of(REPORT, TICKETS),
          Role.TOWN_HALL,
          List.of(FiguresView.ROUTE));

  @Bean
  HomeSection equipmentLinks(CurrentUser currentUser) {
    return new HomeSection() {
      @Override
      public boolean shownOn(Role home) {
        return LINKS.containsKey(home);
      }

      @Override
      public Optional<Component> create() {
        UI ui = UI.getCurrent();
        Role role = currentUser.require().primaryRole();
        Div section = new Div(new H2(ui.getTranslation("inventory.home.heading")));
        section.addClassNames("card", "home-section");
        UnorderedList list = new UnorderedList();
        for (String route : LINKS.getOrDefault(role, List.of())) {
          list.add(
              new ListItem(
                  new Anchor(
                      route, ui.getTranslation("inventory.home.link." + route.replace('/', '.')))));
        }
        section.add(list);
        return Optional.of(section);
      }
    };
  }
}
