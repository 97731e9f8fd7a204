package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.chat.ChatFanOut;
import fr.passerelle.app.chat.ChatModeration;
import fr.passerelle.app.chat.ChatRooms;
import fr.passerelle.app.chat.ChatSignal;
import fr.passerelle.app.chat.Emergency;
import fr.passerelle.app.chat.MessageStatus;
import fr.passerelle.app.chat.ReviewItem;
import fr.passerelle.app.chat.RoomKind;
import fr.passerelle.app.chat.RoomSummary;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Messages (in the menu of everyone who chats, and in every home's "Messages" section): the
 * caller's rooms with their unread counts, kept up to date live; starting a conversation with
 * someone the rules allow; for teachers and directors, what waits for review.
 */
@Route(value = Routes.HOME, layout = MainLayout.class)
@Menu(title = "chat.nav", order = 10)
@RolesAllowed({
  "PUPIL",
  "TEACHER",
  "TICE_REFERENT",
  "DIRECTOR",
  "PARENT",
  "TOWN_HALL",
  "TECHNICIAN"
})
@StyleSheet("styles/chat.css")
class ChatHomeView extends Div implements HasDynamicTitle {

  private final ChatRooms rooms;
  private final ChatModeration moderation;
  private final boolean reviewer;
  private final Paragraph emergency = new Paragraph();
  private final UnorderedList roomList = new UnorderedList();
  private final Section review = new Section();
  private Set<Long> roomIds = Set.of();

  ChatHomeView(
      ChatRooms rooms, ChatModeration moderation, ChatFanOut fanOut, CurrentUser currentUser) {
    this.rooms = rooms;
    this.moderation = moderation;
    var caller = currentUser.require();
    reviewer = caller.has(Role.TEACHER) || caller.has(Role.DIRECTOR);
    addClassName("chat-home");
    add(new H1(getTranslation("chat.home.heading")));
    emergency.addClassName("chat-alert");
    add(emergency);

    roomList.setId("chat-rooms");
    Section roomSection = new Section(new H2(getTranslation("chat.home.rooms")), roomList);
    roomSection.addClassName("card");
    add(roomSection);
    add(contacts());
    if (reviewer) {
      review.addClassName("card");
      review.setId("chat-review");
      add(review);
    }
    refresh();
    fanOut.subscribeAll(
        this,
        signal -> {
          if (relevant(signal)) {
            refresh();
            if (signal.kind() == ChatSignal.Kind.EMERGENCY) {
              MainLayout.announce(this, emergency.getText());
            }
          }
        });
  }

  private Section contacts() {
    ComboBox<PersonName> who = new ComboBox<>(getTranslation("chat.home.contact"));
    who.setId("chat-contact");
    who.setItems(rooms.contacts());
    who.setItemLabelGenerator(PersonName::full);
    Button open =
        new Button(
            getTranslation("chat.home.open"),
            e -> {
              if (who.getValue() == null) {
                who.setErrorMessage(getTranslation("chat.home.contact.required"));
                who.setInvalid(true);
                who.focus();
              } else {
                getUI().ifPresent(ui -> ui.navigate(Routes.PRIVATE + "/" + who.getValue().id()));
              }
            });
    open.setId("chat-open-private");
    Section section = new Section(new H2(getTranslation("chat.home.write")), who, open);
    section.addClassName("card");
    return section;
  }

  private void refresh() {
    Emergency state = moderation.emergency();
    emergency.setVisible(state.suspended());
    emergency.setText(
        getTranslation("chat.suspended", state.notice() == null ? "" : state.notice()));
    List<RoomSummary> mine = rooms.myRooms();
    roomIds = mine.stream().map(RoomSummary::id).collect(Collectors.toSet());
    roomList.removeAll();
    if (mine.isEmpty()) {
      roomList.add(new ListItem(getTranslation("chat.home.noRoom")));
    }
    for (RoomSummary r : mine) {
      String name =
          getTranslation(
              r.kind() == RoomKind.PRIVATE ? "chat.room.private" : "chat.room.class", r.title());
      String text = r.unread() > 0 ? getTranslation("chat.home.unread", name, r.unread()) : name;
      if (r.closed()) {
        text = getTranslation("chat.home.closedRoom", text);
      }
      roomList.add(new ListItem(new Anchor(Routes.room(r.id()), text)));
    }
    if (reviewer) {
      showReview(moderation.toReview());
    }
  }

  private void showReview(List<ReviewItem> items) {
    review.removeAll();
    review.add(new H2(getTranslation("chat.review")));
    if (items.isEmpty()) {
      review.add(new Paragraph(getTranslation("chat.review.none")));
      return;
    }
    UnorderedList list = new UnorderedList();
    for (ReviewItem item : items) {
      String why =
          item.status() == MessageStatus.HELD
              ? getTranslation("chat.review.held")
              : getTranslation("chat.review.reported", item.reports());
      ListItem line =
          new ListItem(
              new Paragraph(
                  getTranslation(
                      "chat.review.item", item.authorName(), item.roomTitle(), item.body(), why)));
      Button release =
          new Button(
              getTranslation("chat.release"),
              e -> {
                moderation.release(item.messageId());
                MainLayout.announce(this, getTranslation("chat.released"));
                refresh();
              });
      release
          .getElement()
          .setAttribute("aria-label", getTranslation("chat.release.label", item.authorName()));
      Button hide =
          new Button(
              getTranslation("chat.hide"),
              e -> {
                moderation.hide(item.messageId());
                MainLayout.announce(this, getTranslation("chat.hidden.done"));
                refresh();
              });
      hide.getElement()
          .setAttribute("aria-label", getTranslation("chat.hide.label", item.authorName()));
      Anchor open = new Anchor(Routes.room(item.roomId()), getTranslation("chat.review.goto"));
      line.add(new Div(release, hide, open));
      list.add(line);
    }
    review.add(list);
  }

  private boolean relevant(ChatSignal signal) {
    return switch (signal.kind()) {
      case EMERGENCY -> true;
      case REVIEW -> reviewer;
      case MESSAGE, CHANGED, ROOM -> roomIds.contains(signal.roomId()) || reviewer;
      case PRESENCE -> false;
    };
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "chat.home.title");
  }
}
