package fr.passerelle.app.classspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.passerelle.app.classspace.ClassSpaceException;
import fr.passerelle.app.classspace.FileUse;
import fr.passerelle.app.classspace.UploadedFile;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.support.UploadTexts;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One file to send: a button named after what the file is for, checked on its content as soon as it
 * arrives (the service checks again). A refused file is said in words, in the page and in the live
 * region, and replaces nothing: the file held before, and everything else in the form, stay.
 */
class FileField extends Composite<Div> {

  private FileUse use;
  private final Upload upload;
  private final Paragraph status = new Paragraph();
  private final Consumer<UploadedFile> onAccepted;
  private @Nullable UploadedFile held;

  FileField(String id, String chooseText, FileUse use, Consumer<UploadedFile> onAccepted) {
    this.use = use;
    this.onAccepted = onAccepted;
    upload = new Upload(UploadHandler.inMemory((meta, data) -> received(meta.fileName(), data)));
    upload.setId(id);
    UploadI18N i18n = UploadTexts.of(this);
    i18n.getAddFiles().setOne(chooseText).setMany(chooseText);
    upload.setI18n(i18n);
    upload.setMaxFiles(1);
    upload.setMaxFileSize(FileUse.MAX_BYTES);
    // Files are chosen with the button (keyboard); the drop zone's label would not fit a phone.
    upload.setDropAllowed(false);
    upload.addFileRejectedListener(
        e ->
            refuse(
                new ClassSpaceException(
                    "resources.file.tooBig", FileUse.MAX_BYTES / (1024 * 1024))));
    status.addClassName("class-space-file-status");
    status.setId(id + "-status");
    status.getElement().setAttribute("aria-live", "polite");
    Div root = getContent();
    root.addClassName("class-space-file");
    root.add(upload, status);
  }

  FileField(String id, String chooseText, FileUse use) {
    this(id, chooseText, use, f -> {});
  }

  /** The accepted file, or null when none was sent (or it was taken). */
  @Nullable UploadedFile file() {
    return held;
  }

  /** Changes what the file is for; a file held for the former use is let go. */
  void use(FileUse newUse) {
    if (newUse != use) {
      use = newUse;
      clear();
    }
  }

  /** Says what is already stored, when changing a resource. */
  void showStored(String text) {
    status.setText(text);
  }

  void clear() {
    held = null;
    status.setText("");
    status.removeClassName("class-space-error");
    upload.clearFileList();
  }

  private void received(String name, byte[] data) {
    try {
      use.check(data);
    } catch (ClassSpaceException refused) {
      refuse(refused);
      return;
    }
    held = new UploadedFile(name, data);
    upload.clearFileList();
    status.removeClassName("class-space-error");
    status.setText(getTranslation("resources.file.ready", name, Math.max(1, data.length / 1024)));
    onAccepted.accept(held);
  }

  private void refuse(ClassSpaceException refused) {
    upload.clearFileList();
    String message = getTranslation(refused.messageKey(), refused.arguments());
    String kept =
        held == null
            ? message
            : getTranslation("resources.file.keptPrevious", message, held.name());
    status.setText(kept);
    status.addClassName("class-space-error");
    MainLayout.announce(this, kept);
  }
}
