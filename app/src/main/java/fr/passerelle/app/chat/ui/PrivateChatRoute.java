package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.chat.ChatRooms;
import fr.passerelle.app.shell.MainLayout;
import jakarta.annotation.security.PermitAll;

/** {@code chat/prive/{accountId}}: the conversation with someone, if the rules allow it. */
@Route(value = Routes.PRIVATE, layout = MainLayout.class)
@PermitAll
class PrivateChatRoute extends Div implements HasUrlParameter<Long> {

  private final ChatRooms rooms;

  PrivateChatRoute(ChatRooms rooms) {
    this.rooms = rooms;
  }

  @Override
  public void setParameter(BeforeEvent event, Long accountId) {
    event.forwardTo(ChatRoomView.class, rooms.privateRoom(accountId).id());
  }
}
