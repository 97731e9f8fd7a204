package fr.passerelle.app.classspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.passerelle.app.classspace.ClassSpaceException;
import fr.passerelle.app.classspace.FileUse;
import fr.passerelle.app.classspace.ResourceDraft;
import fr.passerelle.app.classspace.ResourceItem;
import fr.passerelle.app.classspace.ResourceKind;
import fr.passerelle.app.classspace.ResourceService;
import fr.passerelle.app.reading.EasyReadException;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.reading.EasyReadVersion;
import fr.passerelle.app.shell.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * Adding or changing a resource and its alternatives. A refusal (an empty title, a file of the
 * wrong kind) is said at the top of the form and in the live region; what was typed and the files
 * already accepted stay.
 */
class ResourceForm extends Composite<Section> {

  private final ResourceService resources;
  private final EasyReadService easyRead;
  private final long classId;
  private final @Nullable ResourceItem editing;
  private final Runnable onSaved;
  private final Runnable onCancel;

  private final Paragraph error = new Paragraph();
  private final RadioButtonGroup<ResourceKind> kind = new RadioButtonGroup<>();
  private final TextField title = new TextField();
  private final TextArea description = new TextArea();
  private final TextField url = new TextField();
  private final FileField file;
  private final TextArea text = new TextArea();
  private final TextArea easy = new TextArea();
  private final FileField largePrint;
  private final FileField audioDescription;

  ResourceForm(
      ResourceService resources,
      EasyReadService easyRead,
      long classId,
      @Nullable ResourceItem editing,
      Runnable onSaved,
      Runnable onCancel) {
    this.resources = resources;
    this.easyRead = easyRead;
    this.classId = classId;
    this.editing = editing;
    this.onSaved = onSaved;
    this.onCancel = onCancel;
    Section root = getContent();
    root.setId("resource-form");
    root.addClassName("card");
    H2 heading =
        new H2(
            editing == null
                ? getTranslation("resources.form.new")
                : getTranslation("resources.form.edit", editing.title()));
    heading.setId("resource-form-heading");
    root.getElement().setAttribute("aria-labelledby", "resource-form-heading");
    error.setId("resource-form-error");
    error.addClassName("class-space-error");
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);

    kind.setLabel(getTranslation("resources.form.kind"));
    kind.setItems(ResourceKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("resources.kind." + k.name()));
    kind.setValue(editing == null ? ResourceKind.DOCUMENT : editing.kind());
    title.setLabel(getTranslation("resources.form.title"));
    title.setId("resource-title");
    title.setRequiredIndicatorVisible(true);
    title.setMaxLength(ResourceService.MAX_TITLE);
    description.setLabel(getTranslation("resources.form.description"));
    description.setId("resource-description");
    description.setMaxLength(ResourceService.MAX_DESCRIPTION);
    url.setLabel(getTranslation("resources.form.url"));
    url.setId("resource-url");
    url.setHelperText(getTranslation("resources.form.urlHelp"));
    file = new FileField("resource-file", getTranslation("resources.form.file"), FileUse.DOCUMENT);
    text.setLabel(getTranslation("resources.alternative.TEXT"));
    text.setId("resource-text");
    text.setHelperText(getTranslation("resources.form.textHelp"));
    text.setMaxLength(ResourceService.MAX_TEXT);
    easy.setLabel(getTranslation("resources.alternative.EASY_READ"));
    easy.setId("resource-easy");
    easy.setHelperText(getTranslation("resources.form.easyHelp"));
    easy.setMaxLength(EasyReadService.MAX_TEXT);
    largePrint =
        new FileField(
            "resource-large-print",
            getTranslation("resources.form.largePrint"),
            FileUse.LARGE_PRINT);
    audioDescription =
        new FileField(
            "resource-audio-description",
            getTranslation("resources.form.audioDescription"),
            FileUse.AUDIO_DESCRIPTION);
    kind.addValueChangeListener(e -> showFieldsFor(e.getValue()));
    showFieldsFor(kind.getValue());
    if (editing != null) {
      title.setValue(editing.title());
      description.setValue(editing.description());
      url.setValue(editing.url() == null ? "" : editing.url());
      text.setValue(editing.textVersion() == null ? "" : editing.textVersion());
      if (editing.file() != null) {
        file.showStored(getTranslation("resources.form.stored", editing.file().name()));
      }
      if (editing.largePrint() != null) {
        largePrint.showStored(getTranslation("resources.form.stored", editing.largePrint().name()));
      }
      if (editing.audioDescription() != null) {
        audioDescription.showStored(
            getTranslation("resources.form.stored", editing.audioDescription().name()));
      }
    }

    Button save = new Button(getTranslation("resources.form.save"), e -> save());
    save.setId("resource-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("resources.form.cancel"), e -> onCancel.run());
    Div buttons = new Div(save, cancel);
    buttons.addClassName("class-space-row");
    root.add(
        heading,
        error,
        kind,
        title,
        description,
        url,
        file,
        new H3(getTranslation("resources.form.alternatives")),
        new Paragraph(getTranslation("resources.form.alternativesHelp")),
        text,
        easy,
        new Paragraph(getTranslation("resources.alternative.LARGE_PRINT")),
        largePrint,
        new Paragraph(getTranslation("resources.alternative.AUDIO_DESCRIPTION")),
        audioDescription,
        buttons);
  }

  void focusFirst() {
    title.focus();
  }

  private void showFieldsFor(@Nullable ResourceKind value) {
    boolean link = value == ResourceKind.LINK;
    url.setVisible(link);
    file.setVisible(!link);
    file.use(value == ResourceKind.AUDIO ? FileUse.AUDIO : FileUse.DOCUMENT);
  }

  private void save() {
    ResourceKind chosen = kind.getValue() == null ? ResourceKind.DOCUMENT : kind.getValue();
    ResourceDraft draft =
        new ResourceDraft(
            chosen,
            title.getValue(),
            description.getValue(),
            url.getValue(),
            file.file(),
            text.getValue(),
            largePrint.file(),
            audioDescription.file());
    try {
      ResourceItem saved =
          editing == null
              ? resources.create(classId, draft)
              : resources.update(editing.id(), draft);
      if (!easy.getValue().isBlank()) {
        EasyReadVersion version = easyRead.draft(saved.easyReadOwner(), easy.getValue());
        easyRead.submit(version.id());
      }
      MainLayout.announce(this, getTranslation("resources.form.saved", saved.title()));
      onSaved.run();
    } catch (ClassSpaceException refused) {
      showError(getTranslation(refused.messageKey(), refused.arguments()));
      focusFor(refused.messageKey());
    } catch (EasyReadException refused) {
      showError(getTranslation(refused.messageKey()));
      easy.focus();
    }
  }

  private void showError(String message) {
    error.setText(getTranslation("resources.form.refused", message));
    error.setVisible(true);
    MainLayout.announce(this, error.getText());
  }

  /** Moves the focus to the field a refusal is about (the last word of its key says which). */
  private void focusFor(String key) {
    String about = key.substring(key.lastIndexOf('.') + 1);
    if (about.startsWith("title")) {
      title.focus();
    } else if (about.equals("url")) {
      url.focus();
    } else if (about.startsWith("text")) {
      text.focus();
    } else if (about.startsWith("description")) {
      description.focus();
    }
  }
}
