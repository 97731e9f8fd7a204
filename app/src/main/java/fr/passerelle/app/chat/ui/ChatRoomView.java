package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.passerelle.app.chat.AttachmentContent;
import fr.passerelle.app.chat.AttachmentInfo;
import fr.passerelle.app.chat.ChatFanOut;
import fr.passerelle.app.chat.ChatMessage;
import fr.passerelle.app.chat.ChatPresence;
import fr.passerelle.app.chat.ChatRefusedException;
import fr.passerelle.app.chat.ChatService;
import fr.passerelle.app.chat.ChatSignal;
import fr.passerelle.app.chat.Emergency;
import fr.passerelle.app.chat.MessageStatus;
import fr.passerelle.app.chat.RoomDetails;
import fr.passerelle.app.chat.RoomKind;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.support.ContentTypes;
import fr.passerelle.app.support.UploadTexts;
import fr.passerelle.media.live.Broadcaster.Subscription;
import fr.passerelle.media.live.UiSubscriber;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A chat room: the latest messages (older ones on request), new ones pushed as they come and
 * announced in the live region, quick replies with pictograms and words, a length counter, and the
 * moderator's tools. Alt+Shift+L reads the last message.
 */
@Route(value = Routes.ROOM, layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/chat.css")
class ChatRoomView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  static final int PAGE = 30;
  static final Duration MUTE = Duration.ofMinutes(10);
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final ChatService chat;
  private final ChatPresence presence;
  private final ChatFanOut fanOut;
  private final MessageReader reader = MessageReader.liveRegion();

  private RoomDetails room;
  private final OrderedList list = new OrderedList();
  private final Map<Long, ListItem> shown = new HashMap<>();
  private final Button older = new Button();
  private final Paragraph state = new Paragraph();
  private final Paragraph present = new Paragraph();
  private final TextField field = new TextField();
  private final Span counter = new Span();
  private final Button send = new Button();
  private final Div quick = new Div();
  private final Upload upload =
      new Upload(UploadHandler.inMemory((metadata, data) -> received(metadata.fileName(), data)));
  private final Paragraph fileState = new Paragraph();
  private final TextField description = new TextField();
  private @Nullable Pending pending;
  private @Nullable UI ui;
  private @Nullable Long oldestId;
  private @Nullable ChatMessage last;
  private int counterBand;
  private @Nullable Subscription subscription;
  private ChatPresence.@Nullable Ticket ticket;

  /** A file uploaded and checked, waiting to go with the next message. */
  private record Pending(String fileName, byte[] content, boolean image) {}

  ChatRoomView(ChatService chat, ChatPresence presence, ChatFanOut fanOut) {
    this.chat = chat;
    this.presence = presence;
    this.fanOut = fanOut;
    addClassName("chat-room");
    Shortcuts.addShortcutListener(
        this, this::readLast, Key.KEY_L, KeyModifier.ALT, KeyModifier.SHIFT);
  }

  @Override
  public void setParameter(BeforeEvent event, Long roomId) {
    room = chat.room(roomId);
    build();
  }

  private void build() {
    removeAll();
    shown.clear();
    list.removeAll();
    add(new H1(heading()));
    state.addClassName("chat-state");
    present.addClassName("chat-present");
    add(state, present);

    older.setText(getTranslation("chat.older"));
    older.setId("chat-older");
    older.addClickListener(e -> loadOlder());
    list.setId("chat-messages");
    list.addClassName("chat-messages");
    list.getElement().setAttribute("aria-label", getTranslation("chat.messages"));
    Section history = new Section(new H2(getTranslation("chat.history")), older, list);
    history.addClassName("chat-history");
    add(history);

    add(composer());
    if (room.moderator()) {
      add(moderation());
    }
    Button readLast = new Button(getTranslation("chat.readLast"), e -> readLast());
    readLast.setId("chat-read-last");
    readLast.getElement().setAttribute("aria-keyshortcuts", "Alt+Shift+L");
    Paragraph hint = new Paragraph(getTranslation("chat.readLast.hint"));
    hint.addClassName("secondary");
    add(new Div(readLast, hint));

    List<ChatMessage> page = chat.history(room.id(), null, PAGE);
    page.forEach(m -> list.add(item(m)));
    oldestId = page.isEmpty() ? null : page.getFirst().id();
    older.setVisible(page.size() == PAGE);
    page.stream()
        .filter(m -> m.status() == MessageStatus.VISIBLE)
        .reduce((a, b) -> b)
        .ifPresent(m -> last = m);
    if (!page.isEmpty()) {
      chat.markRead(room.id(), page.getLast().id());
    }
    showState(chat.emergency());
  }

  private String heading() {
    return room.kind() == RoomKind.PRIVATE
        ? getTranslation("chat.room.private", room.title())
        : getTranslation("chat.room.class", room.title());
  }

  private Section composer() {
    field.setLabel(getTranslation("chat.field"));
    field.setId("chat-field");
    field.setMaxLength(room.maxLength());
    field.setWidthFull();
    field.setValueChangeMode(ValueChangeMode.TIMEOUT);
    field.setValueChangeTimeout(400);
    counter.setId("chat-counter");
    counter.setText(getTranslation("chat.counter", 0, room.maxLength()));
    field.setHelperComponent(counter);
    field.addValueChangeListener(e -> count(e.getValue().length()));
    field.addKeyDownListener(Key.ENTER, e -> send(field.getValue(), pending));
    send.setText(getTranslation("chat.send"));
    send.setId("chat-send");
    send.addClickListener(e -> send(field.getValue(), pending));
    Div row = new Div(field, send);
    row.addClassName("chat-compose");

    quick.removeAll();
    quick.addClassName("chat-quick");
    quick.getElement().setAttribute("role", "group");
    quick.getElement().setAttribute("aria-label", getTranslation("chat.quick"));
    for (QuickReply reply : QuickReply.values()) {
      Span picture = new Span(reply.pictogram());
      picture.getElement().setAttribute("aria-hidden", "true");
      picture.addClassName("chat-pictogram");
      String word = getTranslation(reply.key());
      Button button = new Button(word, picture);
      button.addClassName("chat-quick-reply");
      button.addClickListener(e -> send(reply.pictogram() + " " + word, null));
      quick.add(button);
    }
    Section section = new Section(new H2(getTranslation("chat.write")), row, attach(), quick);
    section.addClassName("chat-composer");
    return section;
  }

  /**
   * The file to send with the next message: chosen with the upload's button (keyboard), checked on
   * its content as soon as it arrives; an image asks what it shows, for those who cannot see it. A
   * refused file is said in words and leaves the typed message as it was.
   */
  private Div attach() {
    Paragraph hint =
        new Paragraph(
            getTranslation("chat.attach.hint", chat.attachmentMaxBytes() / (1024 * 1024)));
    hint.setId("chat-attach-hint");
    hint.addClassName("secondary");
    upload.setId("chat-upload");
    upload.setI18n(UploadTexts.of(this));
    upload.setMaxFiles(1);
    upload.setMaxFileSize(chat.attachmentMaxBytes());
    upload.setAcceptedFileTypes(
        ContentTypes.PNG,
        ContentTypes.JPEG,
        ContentTypes.GIF,
        ContentTypes.PDF,
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".pdf");
    upload.setDropAllowed(false);
    upload.getElement().setAttribute("aria-describedby", "chat-attach-hint");
    upload.addFileRejectedListener(
        e ->
            refuseFile(
                getTranslation(
                    e.getErrorMessage().equals(getTranslation("upload.tooBig"))
                        ? "chat.refused.ATTACHMENT_TOO_LARGE"
                        : "chat.refused.ATTACHMENT_TYPE")));
    upload.addFileRemovedListener(e -> dropFile());
    fileState.setId("chat-file-state");
    fileState.setVisible(false);
    description.setId("chat-attachment-description");
    description.setLabel(getTranslation("chat.attach.description"));
    description.setHelperText(getTranslation("chat.attach.description.help"));
    description.setMaxLength(300);
    description.setWidthFull();
    description.setVisible(false);
    Div box = new Div(new H3(getTranslation("chat.attach")), hint, upload, fileState, description);
    box.addClassName("chat-attach");
    return box;
  }

  /** The upload's bytes, on the request's thread: checked and shown under the UI's lock. */
  private void received(String fileName, byte[] data) {
    UI target = ui;
    if (target != null) {
      target.access(() -> checkFile(fileName, data));
    }
  }

  private void checkFile(String fileName, byte[] data) {
    try {
      String type = chat.attachmentType(data);
      boolean image = !type.equals(ContentTypes.PDF);
      pending = new Pending(fileName, data, image);
      fileState.removeClassName("chat-alert");
      fileState.setText(getTranslation("chat.attach.ready", fileName));
      fileState.setVisible(true);
      description.setVisible(image);
      description.clear();
      MainLayout.announce(
          this, getTranslation(image ? "chat.attach.ready.image" : "chat.attach.ready", fileName));
    } catch (ChatRefusedException refused) {
      refuseFile(getTranslation(refused.messageKey()));
    }
  }

  /** Says why a file was refused; the message being typed stays. */
  private void refuseFile(String why) {
    pending = null;
    upload.clearFileList();
    description.setVisible(false);
    fileState.setText(why);
    fileState.addClassName("chat-alert");
    fileState.setVisible(true);
    MainLayout.announce(this, why);
  }

  private void dropFile() {
    pending = null;
    upload.clearFileList();
    description.clear();
    description.setVisible(false);
    fileState.setVisible(false);
  }

  private Section moderation() {
    Section section = new Section(new H2(getTranslation("chat.moderation")));
    section.addClassName("chat-moderation");
    Button close =
        new Button(getTranslation(room.closed() ? "chat.reopen" : "chat.close"), e -> toggle());
    close.setId("chat-close");
    section.add(close);
    if (room.kind() == RoomKind.CLASS && room.classId() != null) {
      Checkbox classmates = new Checkbox(getTranslation("chat.classmates"));
      classmates.setValue(room.classmatesMayWrite());
      long classId = room.classId();
      classmates.addValueChangeListener(
          e -> {
            if (e.isFromClient()) {
              chat.setClassmatesMayWrite(classId, e.getValue());
              MainLayout.announce(
                  this,
                  getTranslation(e.getValue() ? "chat.classmates.on" : "chat.classmates.off"));
            }
          });
      section.add(classmates);
    }
    section.add(new Anchor(Routes.HOME, getTranslation("chat.review.open")));
    return section;
  }

  private void toggle() {
    chat.setClosed(room.id(), !room.closed());
    room = chat.room(room.id());
    MainLayout.announce(this, getTranslation(room.closed() ? "chat.closed" : "chat.reopened"));
    build();
    findCloseButton().ifPresent(Button::focus);
  }

  private java.util.Optional<Button> findCloseButton() {
    return getChildren()
        .flatMap(Component::getChildren)
        .filter(c -> c.getId().map("chat-close"::equals).orElse(false))
        .map(Button.class::cast)
        .findFirst();
  }

  private void count(int length) {
    int max = room.maxLength();
    counter.setText(getTranslation("chat.counter", length, max));
    int left = max - length;
    int band = left <= 0 ? 3 : left <= 20 ? 2 : left <= 50 ? 1 : 0;
    if (band > counterBand) {
      MainLayout.announce(this, getTranslation("chat.counter.left", Math.max(left, 0)));
    }
    counterBand = band;
  }

  private void send(String text, @Nullable Pending file) {
    try {
      ChatMessage sent =
          file == null
              ? chat.send(room.id(), text)
              : chat.sendWithAttachment(
                  room.id(), text, file.fileName(), file.content(), description.getValue());
      if (file != null) {
        dropFile();
      }
      field.clear();
      field.setInvalid(false);
      counterBand = 0;
      count(0);
      show(sent);
      if (sent.status() == MessageStatus.HELD) {
        MainLayout.announce(this, getTranslation("chat.held"));
      } else {
        MainLayout.announce(this, getTranslation("chat.sent"));
      }
    } catch (ChatRefusedException refused) {
      String why = getTranslation(refused.messageKey());
      if (refused.reason().name().startsWith("ATTACHMENT")) {
        refuseFile(why);
        return;
      }
      field.setErrorMessage(why);
      field.setInvalid(true);
      MainLayout.announce(this, why);
    }
  }

  private void loadOlder() {
    if (oldestId == null) {
      return;
    }
    List<ChatMessage> page = chat.history(room.id(), oldestId, PAGE);
    for (int i = page.size() - 1; i >= 0; i--) {
      ChatMessage m = page.get(i);
      if (!shown.containsKey(m.id())) {
        list.addComponentAsFirst(item(m));
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
      field.focus();
    }
  }

  private void readLast() {
    if (last == null) {
      reader.read(this, getTranslation("chat.announce.none"));
    } else {
      reader.read(this, getTranslation("chat.announce.last", last.authorName(), spoken(last)));
    }
  }

  private String spoken(ChatMessage m) {
    if (m.attachment() != null && m.body().isEmpty()) {
      AttachmentInfo a = m.attachment();
      return getTranslation(
          "chat.attachment.only", a.description() == null ? a.fileName() : a.description());
    }
    return m.body();
  }

  // ---- live ----

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    ui = event.getUI();
    subscription = fanOut.subscribe(room.id(), UiSubscriber.of(event.getUI(), this::onSignal));
    ticket = presence.enter(room.id());
    showPresence();
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (subscription != null) {
      subscription.close();
      subscription = null;
    }
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
        Emergency emergency = chat.emergency();
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
    if (shown.containsKey(messageId) && !isHeldHere(messageId)) {
      return;
    }
    chat.delivered(messageId)
        .ifPresent(
            m -> {
              show(m);
              chat.markRead(room.id(), m.id());
              if (!m.mine()) {
                last = m;
                reader.read(
                    this, getTranslation("chat.announce.message", m.authorName(), spoken(m)));
              }
            });
  }

  private boolean isHeldHere(long messageId) {
    ListItem item = shown.get(messageId);
    return item != null && item.hasClassName("held");
  }

  private void changed(long messageId, ChatSignal.Kind kind) {
    java.util.Optional<ChatMessage> m = chat.message(messageId);
    if (m.isEmpty()) {
      return;
    }
    show(m.get());
    if (kind == ChatSignal.Kind.REVIEW && room.moderator()) {
      MainLayout.announce(this, getTranslation("chat.review.new"));
    }
  }

  private void roomChanged() {
    boolean wasClosed = room.closed();
    room = chat.room(room.id());
    if (wasClosed != room.closed()) {
      MainLayout.announce(this, getTranslation(room.closed() ? "chat.closed" : "chat.reopened"));
    }
    showState(chat.emergency());
  }

  private void showPresence() {
    List<PersonName> here = presence.present(room.id());
    present.setText(
        getTranslation(
            "chat.present", here.stream().map(PersonName::full).collect(Collectors.joining(", "))));
  }

  private void showState(Emergency emergency) {
    boolean suspended = emergency.suspended();
    state.removeClassName("chat-alert");
    if (suspended) {
      state.setText(getTranslation("chat.suspended", noticeOf(emergency)));
      state.addClassName("chat-alert");
    } else if (room.closed()) {
      state.setText(getTranslation("chat.state.closed"));
      state.addClassName("chat-alert");
    } else {
      state.setText(getTranslation("chat.state.open"));
    }
    boolean canWrite = !suspended && !room.closed();
    field.setEnabled(canWrite);
    upload.setEnabled(canWrite);
    send.setEnabled(canWrite);
    quick.getChildren().forEach(c -> ((Button) c).setEnabled(canWrite));
  }

  private String noticeOf(Emergency emergency) {
    return emergency.notice() == null ? "" : emergency.notice();
  }

  // ---- messages ----

  /** Adds a message at the end, or replaces it where it is. */
  private void show(ChatMessage m) {
    ListItem fresh = item(m);
    ListItem existing = shown.get(m.id());
    if (existing != null) {
      list.replace(existing, fresh);
    } else {
      list.add(fresh);
    }
    shown.put(m.id(), fresh);
  }

  private ListItem item(ChatMessage m) {
    ListItem item = new ListItem();
    item.addClassName("chat-message");
    if (m.mine()) {
      item.addClassName("mine");
    }
    Span author = new Span(m.mine() ? getTranslation("chat.me") : m.authorName());
    author.addClassName("chat-author");
    Span time = new Span(TIME.format(m.sentAt().atZone(ZONE)));
    time.addClassName("chat-time");
    Paragraph meta = new Paragraph(author, new Span(" · "), time);
    meta.addClassName("chat-meta");
    item.add(meta);
    Paragraph body = new Paragraph();
    body.addClassName("chat-body");
    switch (m.status()) {
      case HIDDEN -> {
        item.addClassName("hidden");
        body.setText(
            m.body().isEmpty()
                ? getTranslation("chat.hidden")
                : getTranslation("chat.hidden.moderator", m.body()));
      }
      case HELD -> {
        item.addClassName("held");
        body.setText(getTranslation("chat.heldLabel", m.body()));
      }
      case VISIBLE -> body.setText(m.body());
    }
    item.add(body);
    if (m.attachment() != null) {
      item.add(attachment(m.attachment()));
    }
    Div actions = new Div();
    actions.addClassName("chat-actions");
    if (!m.mine() && m.status() == MessageStatus.VISIBLE) {
      actions.add(action("chat.report", m, () -> report(m)));
    }
    if (room.moderator()) {
      if (m.status() == MessageStatus.VISIBLE) {
        actions.add(action("chat.hide", m, () -> moderate(m, true)));
      } else {
        actions.add(action("chat.release", m, () -> moderate(m, false)));
      }
      if (m.byPupil() && !m.mine() && m.authorId() != null) {
        long authorId = m.authorId();
        actions.add(action("chat.mute", m, () -> mute(authorId, m.authorName())));
      }
    }
    if (actions.getComponentCount() > 0) {
      item.add(actions);
    }
    return item;
  }

  /** An image with its sender's description as its text alternative, or a link to the PDF. */
  private Component attachment(AttachmentInfo a) {
    long attachmentId = a.id();
    DownloadHandler bytes =
        DownloadHandler.fromInputStream(
            e -> {
              AttachmentContent content = chat.attachment(attachmentId);
              return new DownloadResponse(
                  new ByteArrayInputStream(content.content()),
                  content.fileName(),
                  content.mediaType(),
                  content.content().length);
            });
    if (a.image()) {
      Image image =
          new Image(
              bytes,
              a.description() == null
                  ? getTranslation("chat.attachment.image", a.fileName())
                  : a.description());
      image.addClassName("chat-image");
      return image;
    }
    Anchor file =
        new Anchor(bytes, getTranslation("chat.attachment", a.fileName(), a.sizeBytes() / 1024));
    file.addClassName("chat-file");
    return file;
  }

  private Button action(String key, ChatMessage m, Runnable run) {
    Button button = new Button(getTranslation(key), e -> run.run());
    button.addClassName("chat-action");
    button
        .getElement()
        .setAttribute(
            "aria-label",
            getTranslation(key + ".label", m.mine() ? getTranslation("chat.me") : m.authorName()));
    return button;
  }

  private void report(ChatMessage m) {
    chat.report(m.id());
    MainLayout.announce(this, getTranslation("chat.reported"));
  }

  private void moderate(ChatMessage m, boolean hide) {
    if (hide) {
      chat.hide(m.id());
    } else {
      chat.release(m.id());
    }
    chat.message(m.id()).ifPresent(this::show);
    MainLayout.announce(this, getTranslation(hide ? "chat.hidden.done" : "chat.released"));
    field.focus();
  }

  private void mute(long author, String name) {
    chat.mute(room.id(), author, MUTE);
    MainLayout.announce(this, getTranslation("chat.muted", name, MUTE.toMinutes()));
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "chat.room.pageTitle", room == null ? "" : room.title());
  }
}
