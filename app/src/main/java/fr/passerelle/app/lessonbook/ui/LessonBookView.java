package fr.passerelle.app.lessonbook.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.lessonbook.Entry;
import fr.passerelle.app.lessonbook.EntryDraft;
import fr.passerelle.app.lessonbook.EntryFile;
import fr.passerelle.app.lessonbook.EntryKind;
import fr.passerelle.app.lessonbook.LessonBookException;
import fr.passerelle.app.lessonbook.LessonBookService;
import fr.passerelle.app.lessonbook.LessonBookSignals;
import fr.passerelle.app.lessonbook.NewFile;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.reading.EasyReadVersion;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.support.UploadTexts;
import fr.passerelle.app.territory.ClassSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A teacher's lesson book: write what was done in class or the work to do, for the class or some
 * pupils, with files and an easy-to-read version sent for review; then the class's entries, with
 * who has done each homework, following the pupils' marks without a reload (live channel). A
 * refused file or a missing field is said in words (and announced), and nothing typed is lost.
 */
@Route(value = LessonBookView.ROUTE, layout = MainLayout.class)
@RolesAllowed("TEACHER")
@Menu(title = "lessonbook.nav", order = 20)
@StyleSheet("styles/lessonbook.css")
class LessonBookView extends Div implements HasDynamicTitle {

  static final String ROUTE = "cahier-de-textes";
  private static final int PAGE = 20;

  private final LessonBookService book;
  private final SchoolTime time;
  private final LiveSignals live;
  private final Map<Long, UnorderedList> progressLists = new HashMap<>();
  private @Nullable Registration marks;
  private final Select<ClassSummary> schoolClass = new Select<>();
  private final RadioButtonGroup<EntryKind> kind = new RadioButtonGroup<>();
  private final DatePicker date = new DatePicker();
  private final DatePicker due = new DatePicker();
  private final TextField title = new TextField();
  private final TextArea text = new TextArea();
  private final Checkbox somePupils = new Checkbox();
  private final CheckboxGroup<PersonName> pupils = new CheckboxGroup<>();
  private final TextArea easy = new TextArea();
  private final Div pending = new Div();
  private @Nullable Upload upload;
  private final Paragraph error = new Paragraph();
  private final H2 formHeading = new H2();
  private final Button save = new Button();
  private final Button cancel = new Button();
  private final Div entries = new Div();
  private final List<NewFile> files = new CopyOnWriteArrayList<>();
  private @Nullable Long editing;
  private int shown = PAGE;

  LessonBookView(LessonBookService book, SchoolTime time, LiveSignals live) {
    this.book = book;
    this.time = time;
    this.live = live;
    addClassNames("home", "lesson-book");
    add(new H1(getTranslation("lessonbook.book.heading")));
    List<ClassSummary> classes = book.myClasses();
    if (classes.isEmpty()) {
      add(new Paragraph(getTranslation("lessonbook.book.noClass")));
      return;
    }
    schoolClass.setLabel(getTranslation("lessonbook.form.class"));
    schoolClass.setItems(classes);
    schoolClass.setItemLabelGenerator(ClassSummary::name);
    schoolClass.setValue(classes.getFirst());
    schoolClass.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            clearForm();
            shown = PAGE;
            refresh();
            followMarks();
          }
        });
    add(schoolClass, form(), list());
    clearForm();
    refresh();
    followMarks();
  }

  /**
   * A pupil of the chosen class marks a homework done (on any node): its "12/24 faits" is read
   * again, nothing else on the page moves.
   */
  private void followMarks() {
    if (marks != null) {
      marks.remove();
    }
    ClassSummary c = schoolClass.getValue();
    marks =
        c == null
            ? null
            : live.subscribe(
                this,
                LessonBookSignals.classTopic(c.id()),
                signal -> {
                  UnorderedList progress = progressLists.get(signal.subjectId());
                  if (progress != null) {
                    progress.removeAll();
                    progress.add(
                        LessonBookHomeSections.progressItem(
                            this, time, book.progress(signal.subjectId())));
                  }
                });
  }

  private Section form() {
    Section section = new Section(formHeading);
    section.addClassName("card");
    section.setId("lesson-form");
    kind.setLabel(getTranslation("lessonbook.form.kind"));
    kind.setItems(EntryKind.HOMEWORK, EntryKind.LESSON);
    kind.setItemLabelGenerator(k -> getTranslation("lessonbook.kind." + k.name()));
    kind.addValueChangeListener(e -> due.setVisible(e.getValue() == EntryKind.HOMEWORK));
    date.setLabel(getTranslation("lessonbook.form.date"));
    date.setLocale(getLocale());
    due.setLabel(getTranslation("lessonbook.form.due"));
    due.setLocale(getLocale());
    title.setLabel(getTranslation("lessonbook.form.title"));
    title.setMaxLength(LessonBookService.MAX_TITLE);
    title.setId("lesson-title");
    text.setLabel(getTranslation("lessonbook.form.text"));
    text.setMaxLength(LessonBookService.MAX_TEXT);
    text.setId("lesson-text");
    somePupils.setLabel(getTranslation("lessonbook.form.somePupils"));
    somePupils.addValueChangeListener(e -> pupils.setVisible(e.getValue()));
    pupils.setLabel(getTranslation("lessonbook.form.pupils"));
    pupils.setItemLabelGenerator(PersonName::full);
    easy.setLabel(getTranslation("lessonbook.form.easy"));
    easy.setHelperText(getTranslation("lessonbook.form.easyHelp"));
    easy.setMaxLength(EasyReadService.MAX_TEXT);
    easy.setId("lesson-easy");
    Upload upload = upload();
    this.upload = upload;
    pending.setId("lesson-files");
    error.setId("lesson-error");
    error.addClassName("form-error");
    save.setText(getTranslation("lessonbook.form.save"));
    save.setId("lesson-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> save());
    cancel.setText(getTranslation("lessonbook.form.cancel"));
    cancel.addClickListener(
        e -> {
          clearForm();
          MainLayout.announce(this, getTranslation("lessonbook.form.cancelled"));
        });
    Div fields = new Div(kind, date, due, title, text, somePupils, pupils, easy);
    fields.addClassName("lesson-fields");
    section.add(fields, upload, pending, error, new Div(save, cancel));
    return section;
  }

  private Upload upload() {
    UI ui = UI.getCurrent();
    Upload upload =
        new Upload(
            UploadHandler.inMemory(
                (metadata, data) ->
                    ui.access(() -> received(new NewFile(metadata.fileName(), data)))));
    upload.setI18n(UploadTexts.of(this));
    upload.setId("lesson-upload");
    upload.setMaxFileSize(LessonBookService.MAX_FILE_BYTES);
    upload.setDropAllowed(false);
    upload.setWidthFull();
    upload.addFileRejectedListener(e -> say(e.getErrorMessage()));
    return upload;
  }

  /**
   * A file is checked as soon as it arrives: refused, it is said; kept, it is listed with its own
   * "Remove" button. The upload control's list is emptied so that a refused file never looks sent.
   */
  private void received(NewFile file) {
    if (upload != null) {
      upload.clearFileList();
    }
    try {
      LessonBookService.checkFile(file);
    } catch (LessonBookException e) {
      say(getTranslation(e.messageKey(), e.arguments()));
      return;
    }
    files.add(file);
    error.setText("");
    showPending();
    MainLayout.announce(this, getTranslation("lessonbook.form.fileKept", file.fileName()));
  }

  private void showPending() {
    pending.removeAll();
    if (files.isEmpty()) {
      return;
    }
    UnorderedList list = new UnorderedList();
    for (NewFile f : files) {
      Button remove =
          new Button(
              getTranslation("lessonbook.form.fileRemove", f.fileName()),
              e -> {
                files.remove(f);
                showPending();
                MainLayout.announce(this, getTranslation("lessonbook.form.fileRemoved"));
              });
      list.add(new ListItem(new Paragraph(f.fileName()), remove));
    }
    pending.add(new Paragraph(getTranslation("lessonbook.form.filesWaiting")), list);
  }

  private void save() {
    error.setText("");
    ClassSummary c = schoolClass.getValue();
    if (c == null || kind.getValue() == null || date.getValue() == null) {
      say(getTranslation("lessonbook.error.missing"));
      return;
    }
    Set<Long> chosen =
        somePupils.getValue()
            ? pupils.getValue().stream().map(PersonName::id).collect(Collectors.toSet())
            : Set.of();
    if (somePupils.getValue() && chosen.isEmpty()) {
      say(getTranslation("lessonbook.error.noPupil"));
      return;
    }
    EntryDraft draft =
        new EntryDraft(
            c.id(),
            kind.getValue(),
            date.getValue(),
            due.getValue(),
            title.getValue(),
            text.getValue(),
            chosen,
            easy.getValue());
    Entry saved;
    try {
      saved = book.save(editing, draft, List.copyOf(files));
    } catch (LessonBookException e) {
      say(getTranslation(e.messageKey(), e.arguments()));
      return;
    }
    clearForm();
    refresh();
    MainLayout.announce(this, getTranslation("lessonbook.form.saved", saved.title()));
  }

  private void clearForm() {
    editing = null;
    formHeading.setText(getTranslation("lessonbook.form.heading"));
    kind.setEnabled(true);
    kind.setValue(EntryKind.HOMEWORK);
    date.setValue(time.today());
    due.setValue(time.today().plusDays(1));
    title.clear();
    text.clear();
    easy.clear();
    somePupils.setValue(false);
    pupils.setVisible(false);
    ClassSummary c = schoolClass.getValue();
    pupils.setItems(c == null ? List.of() : book.pupilsOf(c.id()));
    files.clear();
    showPending();
    error.setText("");
    cancel.setVisible(false);
  }

  private void edit(Entry entry) {
    clearForm();
    editing = entry.id();
    formHeading.setText(getTranslation("lessonbook.form.editHeading", entry.title()));
    kind.setValue(entry.kind());
    kind.setEnabled(false);
    date.setValue(entry.date());
    due.setValue(entry.dueDate());
    title.setValue(entry.title());
    text.setValue(entry.text());
    book.latestEasyVersion(entry).map(EasyReadVersion::text).ifPresent(easy::setValue);
    if (!entry.wholeClass()) {
      somePupils.setValue(true);
      pupils.setVisible(true);
      Set<Long> ids = new HashSet<>(entry.pupilIds());
      pupils.setValue(
          pupils
              .getListDataView()
              .getItems()
              .filter(p -> ids.contains(p.id()))
              .collect(Collectors.toSet()));
    }
    cancel.setVisible(true);
    title.focus();
    MainLayout.announce(this, getTranslation("lessonbook.form.editing", entry.title()));
  }

  private Section list() {
    Section section = new Section(new H2(getTranslation("lessonbook.book.entries")));
    section.addClassName("lesson-entries");
    entries.setId("lesson-entries");
    section.add(entries);
    return section;
  }

  private void refresh() {
    entries.removeAll();
    progressLists.clear();
    ClassSummary c = schoolClass.getValue();
    if (c == null) {
      return;
    }
    Map<Long, String> names =
        book.pupilsOf(c.id()).stream()
            .collect(Collectors.toMap(PersonName::id, PersonName::full, (a, b) -> a));
    List<Entry> list = book.ofClass(c.id(), 0, shown);
    if (list.isEmpty()) {
      entries.add(new Paragraph(getTranslation("lessonbook.book.none")));
    }
    list.forEach(e -> entries.add(card(e, names)));
    if (book.countOfClass(c.id()) > shown) {
      entries.add(
          new Button(
              getTranslation("lessonbook.book.more"),
              e -> {
                shown += PAGE;
                refresh();
              }));
    }
  }

  private Article card(Entry entry, Map<Long, String> names) {
    Article card = new Article();
    card.addClassNames("card", "lesson-entry");
    card.add(new H3(getTranslation("lessonbook.kind.title." + entry.kind().name(), entry.title())));
    card.add(new Paragraph(EntryCard.when(this, time, entry)));
    card.add(
        new Paragraph(
            entry.wholeClass()
                ? getTranslation("lessonbook.book.forAll")
                : getTranslation(
                    "lessonbook.book.forSome",
                    entry.pupilIds().stream()
                        .map(id -> names.getOrDefault(id, ""))
                        .sorted()
                        .collect(Collectors.joining(", ")))));
    Paragraph body = new Paragraph(entry.text());
    body.addClassName("lesson-body");
    card.add(body);
    Optional<EasyReadVersion> easyVersion = book.latestEasyVersion(entry);
    card.add(
        new Paragraph(
            easyVersion
                .map(v -> getTranslation("lessonbook.book.easy." + v.status().name()))
                .orElse(getTranslation("lessonbook.book.easy.NONE"))));
    if (entry.kind() == EntryKind.HOMEWORK) {
      UnorderedList progress = new UnorderedList();
      progress.addClassName("lesson-progress");
      progress.add(LessonBookHomeSections.progressItem(this, time, book.progress(entry.id())));
      progressLists.put(entry.id(), progress);
      card.add(progress);
    }
    for (EntryFile f : entry.files()) {
      Button remove =
          new Button(
              getTranslation("lessonbook.form.fileRemove", f.fileName()),
              e -> {
                book.removeFile(f.id());
                refresh();
                MainLayout.announce(this, getTranslation("lessonbook.form.fileRemoved"));
              });
      card.add(new Div(EntryCard.fileLink(this, book, f), remove));
    }
    Button editButton =
        new Button(getTranslation("lessonbook.book.edit", entry.title()), e -> edit(entry));
    Button delete = new Button(getTranslation("lessonbook.book.delete", entry.title()));
    delete.addClickListener(
        e -> {
          if (!"confirm".equals(delete.getElement().getAttribute("data-step"))) {
            delete.getElement().setAttribute("data-step", "confirm");
            delete.setText(getTranslation("lessonbook.book.deleteConfirm", entry.title()));
            MainLayout.announce(this, getTranslation("lessonbook.book.deleteAsk"));
            return;
          }
          book.delete(entry.id());
          refresh();
          MainLayout.announce(this, getTranslation("lessonbook.book.deleted", entry.title()));
        });
    card.add(new Div(editButton, delete));
    return card;
  }

  private void say(String message) {
    error.setText(message);
    MainLayout.announce(this, message);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "lessonbook.book.title");
  }
}
