package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.passerelle.app.chat.AttachmentContent;
import fr.passerelle.app.chat.AttachmentInfo;
import fr.passerelle.app.chat.ChatMessage;
import fr.passerelle.app.chat.ChatMessages;
import fr.passerelle.app.chat.MessageStatus;
import fr.passerelle.app.platform.Formats;
import java.io.ByteArrayInputStream;

/**
 * One message in the list: who and when, the text (or the notice that it is hidden or held), its
 * file, and the buttons the caller may use on it, each named after the message's author.
 */
class MessageItem extends ListItem {

  /** What the buttons of a message do. */
  interface Actions {
    void report(ChatMessage m);

    void hide(ChatMessage m);

    void release(ChatMessage m);

    void mute(long authorId, String authorName);
  }

  private final ChatMessage message;

  MessageItem(
      ChatMessage m, boolean moderator, Formats formats, ChatMessages messages, Actions actions) {
    this.message = m;
    addClassName("chat-message");
    if (m.mine()) {
      addClassName("mine");
    }
    Span author = new Span(m.mine() ? getTranslation("chat.me") : m.authorName());
    author.addClassName("chat-author");
    Span time = new Span(formats.time(m.sentAt()));
    time.addClassName("chat-time");
    Paragraph meta = new Paragraph(author, new Span(" · "), time);
    meta.addClassName("chat-meta");
    add(meta);
    Paragraph body = new Paragraph();
    body.addClassName("chat-body");
    switch (m.status()) {
      case HIDDEN -> {
        addClassName("hidden");
        body.setText(
            m.body().isEmpty()
                ? getTranslation("chat.hidden")
                : getTranslation("chat.hidden.moderator", m.body()));
      }
      case HELD -> {
        addClassName("held");
        body.setText(getTranslation("chat.heldLabel", m.body()));
      }
      case VISIBLE -> body.setText(m.body());
    }
    add(body);
    if (m.attachment() != null) {
      add(attachment(m.attachment(), messages));
    }
    Div buttons = new Div();
    buttons.addClassName("chat-actions");
    if (!m.mine() && m.status() == MessageStatus.VISIBLE) {
      buttons.add(action("chat.report", () -> actions.report(m)));
    }
    if (moderator) {
      if (m.status() == MessageStatus.VISIBLE) {
        buttons.add(action("chat.hide", () -> actions.hide(m)));
      } else {
        buttons.add(action("chat.release", () -> actions.release(m)));
      }
      if (m.byPupil() && !m.mine() && m.authorId() != null) {
        long authorId = m.authorId();
        buttons.add(action("chat.mute", () -> actions.mute(authorId, m.authorName())));
      }
    }
    if (buttons.getComponentCount() > 0) {
      add(buttons);
    }
  }

  ChatMessage message() {
    return message;
  }

  /** An image with its sender's description as its text alternative, or a link to the PDF. */
  private Component attachment(AttachmentInfo a, ChatMessages messages) {
    long attachmentId = a.id();
    DownloadHandler bytes =
        DownloadHandler.fromInputStream(
            e -> {
              AttachmentContent content = messages.attachment(attachmentId);
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

  private Button action(String key, Runnable run) {
    Button button = new Button(getTranslation(key), e -> run.run());
    button.addClassName("chat-action");
    button
        .getElement()
        .setAttribute(
            "aria-label",
            getTranslation(
                key + ".label", message.mine() ? getTranslation("chat.me") : message.authorName()));
    return button;
  }
}
