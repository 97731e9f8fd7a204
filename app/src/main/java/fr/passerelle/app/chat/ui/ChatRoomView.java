package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import fr.passerelle.app.chat.AttachmentInfo;
import fr.passerelle.app.chat.ChatFanOut;
import fr.passerelle.app.chat.ChatMessage;
import fr.passerelle.app.chat.ChatMessages;
import fr.passerelle.app.chat.ChatModeration;
import fr.passerelle.app.chat.ChatPresence;
import fr.passerelle.app.chat.ChatRooms;
import fr.passerelle.app.chat.ChatSignal;
import fr.passerelle.app.chat.Emergency;
import fr.passerelle.app.chat.MessageStatus;
import fr.passerelle.app.chat.RoomDetails;
import fr.passerelle.app.chat.RoomKind;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A chat room: its state and who is here, the history ({@link MessageList}), the composer ({@link
 * Composer}) and, for its moderators, their tools ({@link ModerationPanel}). New messages come live
 * and are announced in the live region; Alt+Shift+L reads the last one.
 */
@Route(value = Routes.ROOM, layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/chat.css")
class ChatRoomView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final ChatRooms rooms;
  private final ChatMessages messages;
  private final ChatModeration moderation;
  private final ChatPresence presence;
  private final ChatFanOut fanOut;
  private final SchoolTime time;
  private final MessageReader reader = MessageReader.liveRegion();
  private final Paragraph state = new Paragraph();
  private final Paragraph present = new Paragraph();

  private @Nullable RoomDetails room;
  private @Nullable MessageList history;
  private @Nullable Composer composer;
  private @Nullable ModerationPanel tools;
  private @Nullable ChatMessage last;
  private @Nullable Registration signals;
  private ChatPresence.@Nullable Ticket ticket;

  ChatRoomView(
      ChatRooms rooms,
      ChatMessages messages,
      ChatModeration moderation,
      ChatPresence presence,
      ChatFanOut fanOut,
      SchoolTime time) {
    this.rooms = rooms;
    this.messages = messages;
    this.moderation = moderation;
    this.presence = presence;
    this.fanOut = fanOut;
    this.time = time;
    addClassName("chat-room");
    state.addClassName("chat-state");
    present.addClassName("chat-present");
    Shortcuts.addShortcutListener(
        this, this::readLast, Key.KEY_L, KeyModifier.ALT, KeyModifier.SHIFT);
  }

  @Override
  public void setParameter(BeforeEvent event, Long roomId) {
    RoomDetails details = rooms.room(roomId);
    room = details;
    build(details);
    if (signals != null) {
      signals.remove();
    }
    signals = fanOut.subscribe(this, details.id(), this::onSignal);
  }

  private void build(RoomDetails details) {
    removeAll();
    last = null;
    add(new H1(heading(details)), state, present);
    Composer writing = new Composer(messages, details, this::sent);
    MessageList list =
        new MessageList(messages, moderation, details, time.formats(getLocale()), writing::focus);
    history = list;
    composer = writing;
    add(list, writing);
    tools =
        details.moderator()
            ? new ModerationPanel(rooms, moderation, details, this::roomChanged)
            : null;
    if (tools != null) {
      add(tools);
    }
    Button readLast = new Button(getTranslation("chat.readLast"), e -> readLast());
    readLast.setId("chat-read-last");
    readLast.getElement().setAttribute("aria-keyshortcuts", "Alt+Shift+L");
    Paragraph hint = new Paragraph(getTranslation("chat.readLast.hint"));
    hint.addClassName("secondary");
    add(new Div(readLast, hint));

    list.loadLatest().stream()
        .filter(m -> m.status() == MessageStatus.VISIBLE)
        .reduce((a, b) -> b)
        .ifPresent(m -> last = m);
    showState(moderation.emergency());
  }

  private String heading(RoomDetails details) {
    return details.kind() == RoomKind.PRIVATE
        ? getTranslation("chat.room.private", details.title())
        : getTranslation("chat.room.class", details.title());
  }

  /** A message this page sent: shown at once (the signal that follows finds it there). */
  private void sent(ChatMessage m) {
    if (history != null) {
      history.show(m);
    }
  }

  private void readLast() {
    ChatMessage said = last;
    if (said == null) {
      reader.read(this, getTranslation("chat.announce.none"));
    } else {
      reader.read(this, getTranslation("chat.announce.last", said.authorName(), spoken(said)));
    }
  }

  private String spoken(ChatMessage m) {
    AttachmentInfo a = m.attachment();
    if (a != null && m.body().isEmpty()) {
      return getTranslation(
          "chat.attachment.only", a.description() == null ? a.fileName() : a.description());
    }
    return m.body();
  }

  // ---- live ----

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    if (room != null) {
      ticket = presence.enter(room.id());
      showPresence();
    }
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (ticket != null) {
      try {
        presence.leave(ticket);
      } catch (RuntimeException stopping) {
        // The application is shutting down: its rows go stale and stop counting after 90 s.
      }
      ticket = null;
    }
    super.onDetach(event);
  }

  private void onSignal(ChatSignal signal) {
    switch (signal.kind()) {
      case MESSAGE -> arrived(signal.subjectId());
      case CHANGED, REVIEW -> changed(signal.subjectId(), signal.kind());
      case PRESENCE -> showPresence();
      case ROOM -> roomChanged();
      case EMERGENCY -> {
        Emergency emergency = moderation.emergency();
        showState(emergency);
        MainLayout.announce(
            this,
            emergency.suspended()
                ? getTranslation("chat.suspended", noticeOf(emergency))
                : getTranslation("chat.resumed"));
      }
    }
  }

  private void arrived(long messageId) {
    MessageList list = history;
    if (list == null || room == null || list.showsSettled(messageId)) {
      return;
    }
    long roomId = room.id();
    messages
        .delivered(messageId)
        .ifPresent(
            m -> {
              list.show(m);
              messages.markRead(roomId, m.id());
              if (!m.mine()) {
                last = m;
                reader.read(
                    this, getTranslation("chat.announce.message", m.authorName(), spoken(m)));
              }
            });
  }

  private void changed(long messageId, ChatSignal.Kind kind) {
    messages
        .message(messageId)
        .ifPresent(
            m -> {
              if (history != null) {
                history.show(m);
              }
              if (kind == ChatSignal.Kind.REVIEW && room != null && room.moderator()) {
                MainLayout.announce(this, getTranslation("chat.review.new"));
              }
            });
  }

  /** The room changed (closed or opened again, here or elsewhere): re-read it and say so. */
  private void roomChanged() {
    if (room == null) {
      return;
    }
    boolean wasClosed = room.closed();
    RoomDetails now = rooms.room(room.id());
    room = now;
    if (wasClosed != now.closed()) {
      MainLayout.announce(this, getTranslation(now.closed() ? "chat.closed" : "chat.reopened"));
    }
    if (tools != null) {
      tools.show(now);
    }
    showState(moderation.emergency());
  }

  private void showPresence() {
    if (room == null) {
      return;
    }
    List<PersonName> here = presence.present(room.id());
    present.setText(
        getTranslation(
            "chat.present", here.stream().map(PersonName::full).collect(Collectors.joining(", "))));
  }

  private void showState(Emergency emergency) {
    boolean suspended = emergency.suspended();
    boolean closed = room != null && room.closed();
    state.removeClassName("chat-alert");
    if (suspended) {
      state.setText(getTranslation("chat.suspended", noticeOf(emergency)));
      state.addClassName("chat-alert");
    } else if (closed) {
      state.setText(getTranslation("chat.state.closed"));
      state.addClassName("chat-alert");
    } else {
      state.setText(getTranslation("chat.state.open"));
    }
    if (composer != null) {
      composer.setWritable(!suspended && !closed);
    }
  }

  private static String noticeOf(Emergency emergency) {
    return emergency.notice() == null ? "" : emergency.notice();
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "chat.room.pageTitle", room == null ? "" : room.title());
  }
}
