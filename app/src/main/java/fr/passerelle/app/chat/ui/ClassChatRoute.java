package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.chat.ChatRooms;
import fr.passerelle.app.shell.MainLayout;
import jakarta.annotation.security.PermitAll;

/** {@code chat/classe/{classId}}: opens the room of a class, for its pupils and teachers. */
@Route(value = Routes.CLASS, layout = MainLayout.class)
@PermitAll
class ClassChatRoute extends Div implements HasUrlParameter<Long> {

  private final ChatRooms rooms;

  ClassChatRoute(ChatRooms rooms) {
    this.rooms = rooms;
  }

  @Override
  public void setParameter(BeforeEvent event, Long classId) {
    event.forwardTo(ChatRoomView.class, rooms.classRoom(classId).id());
  }
}
