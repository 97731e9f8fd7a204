package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.chat.ChatMessage;
import fr.passerelle.app.chat.ChatMessages;
import fr.passerelle.app.chat.ChatModeration;
import fr.passerelle.app.chat.MessageStatus;
import fr.passerelle.app.chat.RoomDetails;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.shell.MainLayout;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The history of a room: the latest messages, older ones on request, new and changed ones put in
 * place as they come; and what the caller does on a message (report it; as a moderator, hide or
 * release it and mute its author).
 */
class MessageList extends Section implements MessageItem.Actions {

  static final int PAGE = 30;
  static final Duration MUTE = Duration.ofMinutes(10);

  private final ChatMessages messages;
  private final ChatModeration moderation;
  private final long roomId;
  private final boolean moderator;
  private final Formats formats;
  private final Runnable backToComposer;
  private final OrderedList list = new OrderedList();
  private final Map<Long, MessageItem> shown = new HashMap<>();
  private final Button older = new Button();
  private @Nullable Long oldestId;

  /**
   * @param backToComposer puts the focus back in the message field (after a moderation, or when
   *     there is nothing older to read)
   */
  MessageList(
      ChatMessages messages,
      ChatModeration moderation,
      RoomDetails room,
      Formats formats,
      Runnable backToComposer) {
    this.messages = messages;
    this.moderation = moderation;
    this.roomId = room.id();
    this.moderator = room.moderator();
    this.formats = formats;
    this.backToComposer = backToComposer;
    addClassName("chat-history");
    older.setText(getTranslation("chat.older"));
    older.setId("chat-older");
    older.addClickListener(e -> loadOlder());
    list.setId("chat-messages");
    list.addClassName("chat-messages");
    list.getElement().setAttribute("aria-label", getTranslation("chat.messages"));
    add(new H2(getTranslation("chat.history")), older, list);
  }

  /** Shows the latest page and marks it read; returns it, oldest first. */
  List<ChatMessage> loadLatest() {
    List<ChatMessage> page = messages.history(roomId, null, PAGE);
    page.forEach(this::show);
    oldestId = page.isEmpty() ? null : page.getFirst().id();
    older.setVisible(page.size() == PAGE);
    if (!page.isEmpty()) {
      messages.markRead(roomId, page.getLast().id());
    }
    return page;
  }

  private void loadOlder() {
    if (oldestId == null) {
      return;
    }
    List<ChatMessage> page = messages.history(roomId, oldestId, PAGE);
    for (int i = page.size() - 1; i >= 0; i--) {
      ChatMessage m = page.get(i);
      if (!shown.containsKey(m.id())) {
        MessageItem item = item(m);
        list.addComponentAsFirst(item);
        shown.put(m.id(), item);
      }
    }
    if (!page.isEmpty()) {
      oldestId = page.getFirst().id();
    }
    older.setVisible(page.size() == PAGE);
    MainLayout.announce(
        this,
        page.isEmpty()
            ? getTranslation("chat.older.none")
            : getTranslation("chat.older.loaded", page.size()));
    if (!older.isVisible()) {
      backToComposer.run();
    }
  }

  /** Whether the list already shows this message as it should stay (not held for review). */
  boolean showsSettled(long messageId) {
    MessageItem item = shown.get(messageId);
    return item != null && item.message().status() != MessageStatus.HELD;
  }

  /** Adds a message at the end, or replaces it where it is. */
  void show(ChatMessage m) {
    MessageItem fresh = item(m);
    MessageItem existing = shown.get(m.id());
    if (existing != null) {
      list.replace(existing, fresh);
    } else {
      list.add(fresh);
    }
    shown.put(m.id(), fresh);
  }

  private MessageItem item(ChatMessage m) {
    return new MessageItem(m, moderator, formats, messages, this);
  }

  @Override
  public void report(ChatMessage m) {
    moderation.report(m.id());
    MainLayout.announce(this, getTranslation("chat.reported"));
  }

  @Override
  public void hide(ChatMessage m) {
    moderation.hide(m.id());
    moderated(m, "chat.hidden.done");
  }

  @Override
  public void release(ChatMessage m) {
    moderation.release(m.id());
    moderated(m, "chat.released");
  }

  private void moderated(ChatMessage m, String said) {
    messages.message(m.id()).ifPresent(this::show);
    MainLayout.announce(this, getTranslation(said));
    backToComposer.run();
  }

  @Override
  public void mute(long authorId, String authorName) {
    moderation.mute(roomId, authorId, MUTE);
    MainLayout.announce(this, getTranslation("chat.muted", authorName, MUTE.toMinutes()));
  }
}
