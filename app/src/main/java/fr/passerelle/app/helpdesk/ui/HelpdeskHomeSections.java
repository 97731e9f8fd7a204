package fr.passerelle.app.helpdesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.helpdesk.HelpdeskService;
import fr.passerelle.app.helpdesk.Notification;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the helpdesk adds to the homes: the person's latest notifications (ticket steps, an
 * assistive device gone to repair), right under the heading. Its pages are linked from the
 * equipment's home section (the inventory's).
 */
@Configuration
class HelpdeskHomeSections {

  private static final Set<Role> NOTIFIED =
      Set.of(Role.TEACHER, Role.TICE_REFERENT, Role.DIRECTOR, Role.PARENT, Role.TECHNICIAN);

  @Bean
  HomeSection helpdeskNotifications(HelpdeskService helpdesk) {
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
