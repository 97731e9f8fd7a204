package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.passerelle.app.chat.ChatMessages;
import fr.passerelle.app.chat.ChatRefusal;
import fr.passerelle.app.chat.ChatRefusedException;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.support.ContentTypes;
import fr.passerelle.app.support.UploadTexts;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The file to send with the next message: chosen with the upload's button (keyboard), checked on
 * its content as soon as it arrives; an image asks what it shows, for those who cannot see it. A
 * refused file is said in words and leaves the typed message as it was.
 */
class AttachmentBox extends Div {

  /** The size of a file the browser refused, as the upload's event tells it. */
  private static final String FILE_SIZE = "event.detail.file.size";

  /** A file uploaded and checked, waiting to go with the next message. */
  record Pending(String fileName, byte[] content, boolean image) {}

  private final ChatMessages messages;
  private final int maxBytes;
  private final Upload upload =
      new Upload(UploadHandler.inMemory((metadata, data) -> received(metadata.fileName(), data)));
  private final Paragraph fileState = new Paragraph();
  private final TextField description = new TextField();
  private @Nullable Pending pending;
  private @Nullable UI ui;

  AttachmentBox(ChatMessages messages) {
    this.messages = messages;
    this.maxBytes = messages.attachmentMaxBytes();
    addClassName("chat-attach");
    Paragraph hint = new Paragraph(getTranslation("chat.attach.hint", maxBytes / (1024 * 1024)));
    hint.setId("chat-attach-hint");
    hint.addClassName("secondary");
    upload.setId("chat-upload");
    upload.setI18n(UploadTexts.of(this));
    upload.setMaxFiles(1);
    upload.setMaxFileSize(maxBytes);
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
    // The browser refused the file before sending it: too large, or not of an accepted type.
    upload
        .getElement()
        .addEventListener("file-reject", e -> refuse(refusalOf(e)))
        .addEventData(FILE_SIZE);
    upload.addFileRemovedListener(e -> drop());
    fileState.setId("chat-file-state");
    fileState.setVisible(false);
    description.setId("chat-attachment-description");
    description.setLabel(getTranslation("chat.attach.description"));
    description.setHelperText(getTranslation("chat.attach.description.help"));
    description.setMaxLength(300);
    description.setWidthFull();
    description.setVisible(false);
    add(new H3(getTranslation("chat.attach")), hint, upload, fileState, description);
  }

  /** Why the browser refused a file: its size tells (the event's message is a translated text). */
  private ChatRefusal refusalOf(DomEvent event) {
    return event.getEventData().path(FILE_SIZE).asLong(0) > maxBytes
        ? ChatRefusal.ATTACHMENT_TOO_LARGE
        : ChatRefusal.ATTACHMENT_TYPE;
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    ui = event.getUI();
  }

  /** The file waiting to go, if any. */
  Optional<Pending> pending() {
    return Optional.ofNullable(pending);
  }

  /** What the sender said the image shows (blank when nothing). */
  String description() {
    return description.getValue();
  }

  void setWritable(boolean writable) {
    upload.setEnabled(writable);
  }

  /** The upload's bytes, on the request's thread: checked and shown under the UI's lock. */
  private void received(String fileName, byte[] data) {
    UI target = ui;
    if (target != null) {
      target.access(() -> check(fileName, data));
    }
  }

  private void check(String fileName, byte[] data) {
    try {
      String type = messages.attachmentType(data);
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
      refuse(refused.reason());
    }
  }

  /** Says why a file was refused; the message being typed stays. */
  void refuse(ChatRefusal reason) {
    String why = getTranslation(reason.messageKey());
    pending = null;
    upload.clearFileList();
    description.setVisible(false);
    fileState.setText(why);
    fileState.addClassName("chat-alert");
    fileState.setVisible(true);
    MainLayout.announce(this, why);
  }

  /** Forgets the file (sent, or removed by the person). */
  void drop() {
    pending = null;
    upload.clearFileList();
    description.clear();
    description.setVisible(false);
    fileState.setVisible(false);
  }
}
