package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.chat.ChatModeration;
import fr.passerelle.app.chat.ChatRooms;
import fr.passerelle.app.chat.Emergency;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The chat's parts of the homes: unread messages, and the notice while messaging is suspended. */
@Configuration
class ChatHomeSections {

  /** Unread messages (and, for teachers and directors, what waits for review). */
  @Bean
  HomeSection chatUnreadSection(ChatRooms rooms) {
    return HomeSection.of(
        home -> home != Role.ADMIN,
        20,
        () -> {
          Section section = HomeSection.card("chat-home-section", "chat.nav");
          long unread = rooms.unreadTotal();
          section.add(
              new Paragraph(
                  unread == 0
                      ? section.getTranslation("chat.section.none")
                      : section.getTranslation("chat.section.unread", unread)));
          section.add(new Anchor(Routes.HOME, section.getTranslation("chat.section.open")));
          return Optional.of(section);
        });
  }

  /** The administrator's way to the emergency switch, with the cluster mode. */
  @Bean
  HomeSection chatAdminSection(ChatModeration chat) {
    return HomeSection.of(
        home -> home == Role.ADMIN,
        20,
        () -> {
          Section section = HomeSection.card("chat-admin-section", "chat.nav");
          section.add(
              new Paragraph(
                  section.getTranslation(
                      chat.multiNode() ? "chat.section.multiNode" : "chat.section.singleNode")));
          section.add(new Anchor(Routes.ADMIN, section.getTranslation("chat.admin.open")));
          return Optional.of(section);
        });
  }

  /** While messaging is suspended, the administrator's notice, first on every home. */
  @Bean
  HomeSection chatEmergencySection(ChatModeration chat) {
    return HomeSection.of(
        home -> true,
        -50,
        () -> {
          Emergency emergency = chat.emergency();
          if (!emergency.suspended()) {
            return Optional.empty();
          }
          Paragraph notice = new Paragraph();
          notice.setText(
              notice.getTranslation(
                  "chat.suspended", emergency.notice() == null ? "" : emergency.notice()));
          notice.addClassNames("chat-alert", "home-section");
          notice.setId("chat-emergency-notice-home");
          return Optional.of(notice);
        });
  }
}
