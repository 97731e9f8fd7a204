package fr.passerelle.app.lessonbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.app.lessonbook.Entry;
import fr.passerelle.app.lessonbook.EntryFile;
import fr.passerelle.app.lessonbook.EntryKind;
import fr.passerelle.app.lessonbook.FileContent;
import fr.passerelle.app.lessonbook.LessonBookService;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.reading.ui.EasyReadBlock;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.speech.ui.ReadAloud;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * One entry as a pupil or a parent reads it: a large plain block with its title, when it is due,
 * the text (its validated easy-to-read version first for a simplified profile) with read-aloud, its
 * files, and, for the pupil, the "I have finished" button (pressed again, it undoes).
 */
@StyleSheet("styles/lessonbook.css")
class EntryCard extends Article {

  private final LessonBookService book;
  private final Entry entry;
  private boolean done;

  /**
   * @param pupilMarks whether the viewer is the pupil who marks the work done
   */
  EntryCard(
      LessonBookService book,
      SchoolTime time,
      EasyReadService easyRead,
      AccessibilityProfile viewer,
      Entry entry,
      boolean pupilMarks) {
    this.book = book;
    this.entry = entry;
    this.done = entry.done();
    addClassNames("card", "homework-item");
    setId("entry-" + entry.id());
    H3 title = new H3(entry.title());
    title.setId("entry-" + entry.id() + "-title");
    add(title);
    Paragraph when = new Paragraph(when(this, time, entry));
    when.addClassName("homework-when");
    add(when);
    add(ReadAloud.around(new EasyReadBlock(easyRead, entry.easyReadOwner(), entry.text(), viewer)));
    if (!entry.files().isEmpty()) {
      Div files = new Div();
      files.addClassName("homework-files");
      entry.files().forEach(f -> files.add(fileLink(this, book, f)));
      add(files);
    }
    if (entry.kind() == EntryKind.HOMEWORK && pupilMarks) {
      add(doneButton());
    } else if (entry.kind() == EntryKind.HOMEWORK && done) {
      Paragraph state = new Paragraph(getTranslation("lessonbook.done.parent"));
      state.addClassName("homework-done");
      add(state);
    }
  }

  private Component doneButton() {
    Button button = new Button();
    button.addClassName("homework-done-button");
    button.getElement().setAttribute("aria-describedby", "entry-" + entry.id() + "-title");
    show(button);
    button.addClickListener(
        e -> {
          done = !done;
          book.markDone(entry.id(), done);
          show(button);
          MainLayout.announce(
              this,
              getTranslation(
                  done ? "lessonbook.done.announce" : "lessonbook.undone.announce", entry.title()));
        });
    return button;
  }

  private void show(Button button) {
    button.setText(getTranslation(done ? "lessonbook.done.yes" : "lessonbook.done.mark"));
    button.getElement().setAttribute("aria-pressed", String.valueOf(done));
    if (done) {
      addClassName("homework-finished");
    } else {
      removeClassName("homework-finished");
    }
  }

  /** "Pour aujourd'hui", "Pour le mardi 3 décembre", "Fait en classe le …". */
  static String when(Component in, SchoolTime time, Entry entry) {
    if (entry.kind() == EntryKind.LESSON) {
      return in.getTranslation("lessonbook.when.lesson", day(in, time, entry.date()));
    }
    LocalDate today = time.today();
    LocalDate due = entry.dueDate() == null ? entry.date() : entry.dueDate();
    if (due.equals(today)) {
      return in.getTranslation("lessonbook.when.today");
    }
    if (due.equals(today.plusDays(1))) {
      return in.getTranslation("lessonbook.when.tomorrow");
    }
    return in.getTranslation("lessonbook.when.due", day(in, time, due));
  }

  /** "mardi 3 décembre 2026", in the page's language. */
  static String day(Component in, SchoolTime time, LocalDate date) {
    return formats(time, in).fullDate(date);
  }

  /** The page's language: its UI's, else the one being drawn, else French. */
  static Formats formats(SchoolTime time, Component in) {
    return time.formats(in);
  }

  /** A link that downloads a file, checked again by the service when it is fetched. */
  static Anchor fileLink(Component in, LessonBookService book, EntryFile f) {
    long id = f.id();
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                e -> {
                  FileContent content = book.file(id);
                  return new DownloadResponse(
                      new ByteArrayInputStream(content.content()),
                      content.fileName(),
                      content.mediaType(),
                      content.content().length);
                }),
            in.getTranslation("lessonbook.file", f.fileName(), Math.max(1, f.sizeBytes() / 1024)));
    link.addClassName("homework-file");
    return link;
  }
}
