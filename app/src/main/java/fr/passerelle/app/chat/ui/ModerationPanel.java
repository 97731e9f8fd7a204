package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.chat.ChatModeration;
import fr.passerelle.app.chat.ChatRooms;
import fr.passerelle.app.chat.RoomDetails;
import fr.passerelle.app.chat.RoomKind;
import fr.passerelle.app.shell.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * The moderator's tools in a room: close it or open it again, let a class's pupils write privately
 * to each other, and the way to the review list.
 */
class ModerationPanel extends Section {

  private final ChatModeration moderation;
  private final Runnable changed;
  private final Button close = new Button();
  private final @Nullable Checkbox classmates;
  private RoomDetails room;

  /**
   * @param changed told when the room was closed or opened again here, to re-read it
   */
  ModerationPanel(ChatRooms rooms, ChatModeration moderation, RoomDetails room, Runnable changed) {
    this.moderation = moderation;
    this.room = room;
    this.changed = changed;
    addClassName("chat-moderation");
    add(new H2(getTranslation("chat.moderation")));
    close.setId("chat-close");
    close.addClickListener(e -> toggle());
    add(close);
    Long classId = room.kind() == RoomKind.CLASS ? room.classId() : null;
    if (classId != null) {
      classmates = new Checkbox(getTranslation("chat.classmates"));
      classmates.addValueChangeListener(
          e -> {
            if (e.isFromClient()) {
              rooms.setClassmatesMayWrite(classId, e.getValue());
              MainLayout.announce(
                  this,
                  getTranslation(e.getValue() ? "chat.classmates.on" : "chat.classmates.off"));
            }
          });
      add(classmates);
    } else {
      classmates = null;
    }
    add(new Anchor(Routes.HOME, getTranslation("chat.review.open")));
    show(room);
  }

  /** Shows the room as it is now (another moderator may have closed it). */
  void show(RoomDetails now) {
    room = now;
    close.setText(getTranslation(now.closed() ? "chat.reopen" : "chat.close"));
    if (classmates != null) {
      classmates.setValue(now.classmatesMayWrite());
    }
  }

  private void toggle() {
    moderation.setClosed(room.id(), !room.closed());
    changed.run();
  }
}
