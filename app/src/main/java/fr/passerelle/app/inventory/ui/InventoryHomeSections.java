package fr.passerelle.app.inventory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.inventory.HelpdeskService;
import fr.passerelle.app.inventory.Notification;
import fr.passerelle.app.shell.HomeSection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the equipment feature adds to the homes: links to its pages for the roles that use them, and
 * the person's latest notifications (ticket steps, an assistive device gone to repair).
 */
@Configuration
class InventoryHomeSections {

  private static final Map<Role, List<String>> LINKS =
      Map.of(
          Role.TECHNICIAN,
          List.of(TicketsView.ROUTE, InventoryView.ROUTE, ImportView.ROUTE, FiguresView.ROUTE),
          Role.ADMIN,
          List.of(TicketsView.ROUTE, InventoryView.ROUTE, ImportView.ROUTE, FiguresView.ROUTE),
          Role.TICE_REFERENT,
          List.of(ReportBreakdownView.ROUTE, TicketsView.ROUTE, InventoryView.ROUTE),
          Role.DIRECTOR,
          List.of(ReportBreakdownView.ROUTE, TicketsView.ROUTE, InventoryView.ROUTE),
          Role.TEACHER,
          List.of(ReportBreakdownView.ROUTE, TicketsView.ROUTE),
          Role.TOWN_HALL,
          List.of(FiguresView.ROUTE));

  private static final Set<Role> NOTIFIED =
      Set.of(Role.TEACHER, Role.TICE_REFERENT, Role.DIRECTOR, Role.PARENT, Role.TECHNICIAN);

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

  @Bean
  HomeSection equipmentNotifications(HelpdeskService helpdesk) {
    return HomeSection.of(
        home -> NOTIFIED.contains(home),
        -10,
        () -> {
          List<Notification> latest = helpdesk.notifications(5);
          if (latest.isEmpty()) {
            return Optional.empty();
          }
          UI ui = UI.getCurrent();
          int unread = helpdesk.unread();
          Div section = new Div(new H2(ui.getTranslation("helpdesk.notifications.heading")));
          section.addClassNames("card", "home-section");
          section.add(new Paragraph(ui.getTranslation("helpdesk.notifications.unread", unread)));
          UnorderedList list = new UnorderedList();
          for (Notification n : latest) {
            list.add(new ListItem(ui.getTranslation(n.key(), n.arguments().toArray())));
          }
          section.add(list);
          return Optional.of(section);
        });
  }
}
