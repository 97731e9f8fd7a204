package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.passerelle.app.chat.ChatMessage;
import fr.passerelle.app.chat.ChatMessages;
import fr.passerelle.app.chat.ChatRefusedException;
import fr.passerelle.app.chat.MessageStatus;
import fr.passerelle.app.chat.RoomDetails;
import fr.passerelle.app.chat.ui.AttachmentBox.Pending;
import fr.passerelle.app.shell.MainLayout;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writing in a room: the message field with its length counter (announced when the end comes near),
 * Enter or the send button, the file to go with it, and quick replies with pictograms and words for
 * pupils who cannot write yet.
 */
class Composer extends Section {

  private final ChatMessages messages;
  private final long roomId;
  private final int maxLength;
  private final Consumer<ChatMessage> sent;
  private final TextField field = new TextField();
  private final Span counter = new Span();
  private final Button send = new Button();
  private final Div quick = new Div();
  private final AttachmentBox attachment;
  private int counterBand;

  /**
   * @param sent told of each message sent, to show it at once
   */
  Composer(ChatMessages messages, RoomDetails room, Consumer<ChatMessage> sent) {
    this.messages = messages;
    this.roomId = room.id();
    this.maxLength = room.maxLength();
    this.sent = sent;
    this.attachment = new AttachmentBox(messages);
    addClassName("chat-composer");
    field.setLabel(getTranslation("chat.field"));
    field.setId("chat-field");
    field.setMaxLength(maxLength);
    field.setWidthFull();
    field.setValueChangeMode(ValueChangeMode.TIMEOUT);
    field.setValueChangeTimeout(400);
    counter.setId("chat-counter");
    counter.setText(getTranslation("chat.counter", 0, maxLength));
    field.setHelperComponent(counter);
    field.addValueChangeListener(e -> count(e.getValue().length()));
    field.addKeyDownListener(Key.ENTER, e -> send(field.getValue(), pending()));
    send.setText(getTranslation("chat.send"));
    send.setId("chat-send");
    send.addClickListener(e -> send(field.getValue(), pending()));
    Div row = new Div(field, send);
    row.addClassName("chat-compose");

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
    add(new H2(getTranslation("chat.write")), row, attachment, quick);
  }

  /** Lets the person write, or not (the room is closed, messaging is suspended). */
  void setWritable(boolean writable) {
    field.setEnabled(writable);
    attachment.setWritable(writable);
    send.setEnabled(writable);
    quick.getChildren().forEach(c -> ((Button) c).setEnabled(writable));
  }

  void focus() {
    field.focus();
  }

  private @Nullable Pending pending() {
    return attachment.pending().orElse(null);
  }

  private void count(int length) {
    counter.setText(getTranslation("chat.counter", length, maxLength));
    int left = maxLength - length;
    int band = left <= 0 ? 3 : left <= 20 ? 2 : left <= 50 ? 1 : 0;
    if (band > counterBand) {
      MainLayout.announce(this, getTranslation("chat.counter.left", Math.max(left, 0)));
    }
    counterBand = band;
  }

  private void send(String text, @Nullable Pending file) {
    try {
      ChatMessage message =
          file == null
              ? messages.send(roomId, text)
              : messages.sendWithAttachment(
                  roomId, text, file.fileName(), file.content(), attachment.description());
      if (file != null) {
        attachment.drop();
      }
      field.clear();
      field.setInvalid(false);
      counterBand = 0;
      count(0);
      sent.accept(message);
      MainLayout.announce(
          this, getTranslation(message.status() == MessageStatus.HELD ? "chat.held" : "chat.sent"));
    } catch (ChatRefusedException refused) {
      if (refused.reason().attachment()) {
        attachment.refuse(refused.reason());
        return;
      }
      String why = getTranslation(refused.messageKey());
      field.setErrorMessage(why);
      field.setInvalid(true);
      MainLayout.announce(this, why);
    }
  }
}
