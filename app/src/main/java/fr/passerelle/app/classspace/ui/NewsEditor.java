package fr.passerelle.app.classspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.passerelle.app.classspace.ClassSpaceException;
import fr.passerelle.app.classspace.FileUse;
import fr.passerelle.app.classspace.NewsAudience;
import fr.passerelle.app.classspace.NewsDraft;
import fr.passerelle.app.classspace.NewsImageDraft;
import fr.passerelle.app.classspace.NewsService;
import fr.passerelle.app.classspace.StoredFile;
import fr.passerelle.app.classspace.UploadedFile;
import fr.passerelle.app.shell.MainLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writing a news post: where it goes, a title, the text, and images that each need a text saying
 * what they show. Publishing with an image left undescribed is refused here (and by the service):
 * the field is marked, the focus goes to it, and everything typed and sent stays.
 */
class NewsEditor extends Composite<Section> {

  private record PendingImage(UploadedFile file, TextField alt, Div row) {}

  private static final AtomicInteger IDS = new AtomicInteger();

  private final NewsService news;
  private final Runnable onPublished;
  // Radio buttons rather than a select: long class names wrap instead of being cut.
  private final RadioButtonGroup<NewsAudience> audience = new RadioButtonGroup<>();
  private final TextField title = new TextField();
  private final TextArea body = new TextArea();
  private final FileField image;
  private final Div images = new Div();
  private final List<PendingImage> pending = new ArrayList<>();
  private final Paragraph error = new Paragraph();

  NewsEditor(NewsService news, List<NewsAudience> audiences, Runnable onPublished) {
    this.news = news;
    this.onPublished = onPublished;
    Section root = getContent();
    root.setId("news-editor");
    root.addClassName("card");
    H2 heading = new H2(getTranslation("news.editor.heading"));
    heading.setId("news-editor-heading");
    root.getElement().setAttribute("aria-labelledby", "news-editor-heading");
    error.setId("news-editor-error");
    error.addClassName("class-space-error");
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);
    audience.setLabel(getTranslation("news.editor.audience"));
    audience.setId("news-audience");
    audience.setItems(audiences);
    audience.setItemLabelGenerator(
        a -> a.classId() == null ? getTranslation("news.audience.school") : a.label());
    audience.setValue(audiences.getFirst());
    title.setLabel(getTranslation("news.editor.title"));
    title.setId("news-title");
    title.setRequiredIndicatorVisible(true);
    title.setMaxLength(NewsService.MAX_TITLE);
    body.setLabel(getTranslation("news.editor.body"));
    body.setId("news-body");
    body.setRequiredIndicatorVisible(true);
    body.setMaxLength(NewsService.MAX_BODY);
    image =
        new FileField(
            "news-image", getTranslation("news.editor.addImage"), FileUse.NEWS_IMAGE, this::added);
    Button publish = new Button(getTranslation("news.editor.publish"), e -> publish());
    publish.setId("news-publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    root.add(
        heading,
        error,
        audience,
        title,
        body,
        new Paragraph(getTranslation("news.editor.imagesHelp")),
        image,
        images,
        publish);
  }

  private void added(UploadedFile file) {
    image.clear();
    int n = IDS.incrementAndGet();
    TextField alt = new TextField(getTranslation("news.editor.alt", file.name()));
    alt.setId("news-alt-" + n);
    alt.setHelperText(getTranslation("news.editor.altHelp"));
    alt.setRequiredIndicatorVisible(true);
    alt.setMaxLength(NewsService.MAX_ALT);
    String type = FileUse.NEWS_IMAGE.check(file.content());
    // The picture only helps the author describe it: its text is the field beside it.
    Image preview = Files.image(() -> new StoredFile(file.name(), type, file.content()), "");
    preview.addClassName("class-space-preview");
    Div row = new Div(preview, alt);
    row.addClassNames("class-space-row", "class-space-image-row");
    PendingImage entry = new PendingImage(file, alt, row);
    Button remove =
        new Button(
            getTranslation("news.editor.removeImage"),
            e -> {
              pending.remove(entry);
              images.remove(row);
              MainLayout.announce(this, getTranslation("news.editor.imageRemoved", file.name()));
              title.focus();
            });
    remove
        .getElement()
        .setAttribute("aria-label", getTranslation("news.editor.removeImageLabel", file.name()));
    row.add(remove);
    pending.add(entry);
    images.add(row);
    MainLayout.announce(this, getTranslation("news.editor.imageAdded", file.name()));
    alt.focus();
  }

  private void publish() {
    for (int i = 0; i < pending.size(); i++) {
      PendingImage p = pending.get(i);
      if (p.alt().getValue().isBlank()) {
        p.alt().setErrorMessage(getTranslation("news.editor.altNeeded"));
        p.alt().setInvalid(true);
        showError(getTranslation("news.error.altMissing", i + 1, p.file().name()));
        p.alt().focus();
        return;
      }
      p.alt().setInvalid(false);
    }
    NewsAudience to = audience.getValue();
    List<NewsImageDraft> drafts =
        pending.stream().map(p -> new NewsImageDraft(p.file(), p.alt().getValue())).toList();
    try {
      news.publish(
          new NewsDraft(
              to == null ? null : to.classId(), title.getValue(), body.getValue(), drafts));
    } catch (ClassSpaceException refused) {
      showError(getTranslation(refused.messageKey(), refused.arguments()));
      String about = refused.messageKey().substring(refused.messageKey().lastIndexOf('.') + 1);
      if (about.startsWith("title")) {
        title.focus();
      } else if (about.startsWith("body")) {
        body.focus();
      }
      return;
    }
    title.clear();
    body.clear();
    pending.clear();
    images.removeAll();
    error.setVisible(false);
    MainLayout.announce(this, getTranslation("news.editor.published"));
    onPublished.run();
  }

  private void showError(String message) {
    error.setText(getTranslation("news.editor.refused", message));
    error.setVisible(true);
    MainLayout.announce(this, error.getText());
  }
}
