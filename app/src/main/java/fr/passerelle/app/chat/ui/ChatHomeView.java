package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import fr.passerelle.app.chat.ChatService;
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
import fr.passerelle.media.live.Broadcaster.Subscription;
import fr.passerelle.media.live.UiSubscriber;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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

  private final ChatService chat;
  private final ChatFanOut fanOut;
  private final boolean reviewer;
  private final Paragraph emergency = new Paragraph();
  private final UnorderedList rooms = new UnorderedList();
  private final Section review = new Section();
  private Set<Long> roomIds = Set.of();
  private @Nullable Subscription subscription;

  ChatHomeView(ChatService chat, ChatFanOut fanOut, CurrentUser currentUser) {
    this.chat = chat;
    this.fanOut = fanOut;
    var caller = currentUser.require();
    reviewer = caller.has(Role.TEACHER) || caller.has(Role.DIRECTOR);
    addClassName("chat-home");
    add(new H1(getTranslation("chat.home.heading")));
    emergency.addClassName("chat-alert");
    add(emergency);

    rooms.setId("chat-rooms");
    Section roomSection = new Section(new H2(getTranslation("chat.home.rooms")), rooms);
    roomSection.addClassName("card");
    add(roomSection);
    add(contacts());
    if (reviewer) {
      review.addClassName("card");
      review.setId("chat-review");
      add(review);
    }
    refresh();
  }

  private Section contacts() {
    ComboBox<PersonName> who = new ComboBox<>(getTranslation("chat.home.contact"));
    who.setId("chat-contact");
    who.setItems(chat.contacts());
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
    Emergency state = chat.emergency();
    emergency.setVisible(state.suspended());
    emergency.setText(
        getTranslation("chat.suspended", state.notice() == null ? "" : state.notice()));
    List<RoomSummary> mine = chat.myRooms();
    roomIds = mine.stream().map(RoomSummary::id).collect(Collectors.toSet());
    rooms.removeAll();
    if (mine.isEmpty()) {
      rooms.add(new ListItem(getTranslation("chat.home.noRoom")));
    }
    for (RoomSummary r : mine) {
      String name =
          getTranslation(
              r.kind() == RoomKind.PRIVATE ? "chat.room.private" : "chat.room.class", r.title());
      String text = r.unread() > 0 ? getTranslation("chat.home.unread", name, r.unread()) : name;
      if (r.closed()) {
        text = getTranslation("chat.home.closedRoom", text);
      }
      rooms.add(new ListItem(new Anchor(Routes.room(r.id()), text)));
    }
    if (reviewer) {
      showReview(chat.toReview());
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
                chat.release(item.messageId());
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
                chat.hide(item.messageId());
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

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    subscription =
        fanOut.subscribeAll(
            UiSubscriber.of(
                event.getUI(),
                signal -> {
                  if (relevant(signal)) {
                    refresh();
                    if (signal.kind() == ChatSignal.Kind.EMERGENCY) {
                      MainLayout.announce(this, emergency.getText());
                    }
                  }
                }));
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
  protected void onDetach(DetachEvent event) {
    if (subscription != null) {
      subscription.close();
      subscription = null;
    }
    super.onDetach(event);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "chat.home.title");
  }
}
