package fr.passerelle.app.filtering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.passerelle.app.filtering.FilteringException;
import fr.passerelle.app.filtering.FilteringListService;
import fr.passerelle.app.filtering.ListChange;
import fr.passerelle.app.filtering.ListVersion;
import fr.passerelle.app.filtering.LocalEntry;
import fr.passerelle.app.filtering.SkippedLine;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.support.UploadTexts;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Category list versions with what each changed and which lines it skipped, the import of a new
 * version (administrator), and the local allow and block lists.
 */
@Route(value = ListsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "DIRECTOR", "TICE_REFERENT"})
@Menu(title = "filtering.nav.lists", order = 43)
@StyleSheet("styles/filtering.css")
class ListsView extends Div implements HasDynamicTitle {

  static final String ROUTE = "filtrage/listes";

  private final FilteringListService lists;
  private final Formats formats;
  private final boolean admin;
  private final UnorderedList versions = new UnorderedList();
  private final Div details = new Div();
  private final UnorderedList local = new UnorderedList();

  ListsView(FilteringListService lists, CurrentUser currentUser, SchoolTime time) {
    this.lists = lists;
    this.formats = time.formats(getLocale());
    this.admin = currentUser.require().has(Role.ADMIN);
    addClassName("filtering");
    add(new H1(getTranslation("filtering.lists.heading")));
    add(new Paragraph(getTranslation("filtering.lists.intro")));
    if (admin) {
      add(importForm());
      add(uploadForm());
    }
    add(new Section(new H2(getTranslation("filtering.lists.versions")), versions, details));
    Section localSection = new Section(new H2(getTranslation("filtering.lists.local")), local);
    if (admin) {
      localSection.add(localForm());
    }
    add(localSection);
    refresh();
  }

  private Div importForm() {
    TextField path = new TextField(getTranslation("filtering.lists.path"));
    path.setHelperText(getTranslation("filtering.lists.pathHelp"));
    path.setWidthFull();
    Button run =
        new Button(
            getTranslation("filtering.lists.import"),
            e -> {
              try {
                ListVersion v = lists.importLists(path.getValue());
                path.setInvalid(false);
                imported(v);
              } catch (FilteringException ex) {
                path.setInvalid(true);
                path.setErrorMessage(Errors.text(this, ex));
                MainLayout.announce(this, Errors.text(this, ex));
              }
            });
    Div form = new Div(path, run);
    form.addClassName("filtering-form");
    return form;
  }

  /** A UT1 archive sent from the browser: kept in a temporary file until it is imported. */
  private Section uploadForm() {
    AtomicReference<Sent> sent = new AtomicReference<>();
    Paragraph status = new Paragraph();
    status.setId("lists-upload-status");
    Upload upload =
        new Upload(
            UploadHandler.toTempFile(
                (metadata, file) ->
                    Sent.replace(sent, new Sent(metadata.fileName(), file.toPath()))));
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, lists.maxUploadBytes()));
    upload.setAcceptedFileTypes(".gz", ".tgz", "application/gzip", "application/x-gzip");
    upload.setI18n(UploadTexts.of(this));
    upload.setId("lists-upload");
    // Chosen with the button (keyboard); the drop zone's label would not fit a phone.
    upload.setDropAllowed(false);
    upload.addFileRemovedListener(e -> Sent.replace(sent, null));
    Button run =
        new Button(
            getTranslation("filtering.lists.uploadImport"),
            e -> {
              Sent file = sent.getAndSet(null);
              if (file == null) {
                status.setText(getTranslation("filtering.error.noFile"));
                MainLayout.announce(this, status.getText());
                return;
              }
              try {
                ListVersion v = lists.importArchive(file.path(), file.name());
                status.setText("");
                upload.clearFileList();
                imported(v);
              } catch (FilteringException ex) {
                status.setText(Errors.text(this, ex));
                MainLayout.announce(this, status.getText());
              } finally {
                file.delete();
              }
            });
    run.setId("lists-upload-import");
    Paragraph help =
        new Paragraph(getTranslation("filtering.lists.uploadHelp", lists.maxUploadBytes() >> 20));
    Section section =
        new Section(new H2(getTranslation("filtering.lists.upload")), help, upload, run, status);
    section.addClassName("filtering-form");
    // A file sent and left without importing it is not kept.
    section.addDetachListener(e -> Sent.replace(sent, null));
    return section;
  }

  /** A file sent and not imported yet. */
  private record Sent(String name, Path path) {

    /** Puts a new file (or none) in place of the one kept, which is deleted. */
    static void replace(AtomicReference<Sent> kept, @Nullable Sent next) {
      Sent old = kept.getAndSet(next);
      if (old != null) {
        old.delete();
      }
    }

    void delete() {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // A temporary file: the system cleans it up.
      }
    }
  }

  /** After an import: the versions again, what this one changed, and a spoken summary. */
  private void imported(ListVersion v) {
    refresh();
    show(v);
    MainLayout.announce(
        this, getTranslation("filtering.lists.imported", v.id(), v.domains(), v.skipped()));
  }

  private Div localForm() {
    Select<String> list = new Select<>();
    list.setLabel(getTranslation("filtering.lists.localList"));
    list.setItems("local-block", "local-allow");
    list.setItemLabelGenerator(l -> getTranslation("filtering.lists." + l));
    list.setValue("local-block");
    TextField entry = new TextField(getTranslation("filtering.lists.entry"));
    entry.setHelperText(getTranslation("filtering.lists.entryHelp"));
    Button add =
        new Button(
            getTranslation("filtering.lists.add"),
            e -> {
              try {
                lists.addLocal(list.getValue(), entry.getValue());
                entry.setInvalid(false);
                entry.clear();
                refresh();
                MainLayout.announce(this, getTranslation("filtering.lists.added"));
              } catch (FilteringException ex) {
                entry.setInvalid(true);
                entry.setErrorMessage(Errors.text(this, ex));
                MainLayout.announce(this, Errors.text(this, ex));
              }
            });
    Div form = new Div(list, entry, add);
    form.addClassName("filtering-form");
    return form;
  }

  private void refresh() {
    versions.removeAll();
    List<ListVersion> all = lists.versions(0, 20);
    if (all.isEmpty()) {
      versions.add(new ListItem(getTranslation("filtering.lists.none")));
    }
    for (ListVersion v : all) {
      ListItem item = new ListItem();
      item.add(
          new Span(
              getTranslation(
                  "filtering.lists.version",
                  v.id(),
                  formats.longDateTime(v.importedAt()),
                  v.importedBy(),
                  v.source(),
                  v.domains(),
                  v.urls(),
                  v.expressions(),
                  v.skipped())));
      Button show = new Button(getTranslation("filtering.lists.changes"), e -> show(v));
      show.getElement()
          .setAttribute("aria-label", getTranslation("filtering.lists.changesOf", v.id()));
      item.add(show);
      versions.add(item);
    }
    local.removeAll();
    List<LocalEntry> entries = lists.localEntries();
    if (entries.isEmpty()) {
      local.add(new ListItem(getTranslation("filtering.lists.localNone")));
    }
    for (LocalEntry e : entries) {
      String text = getTranslation("filtering.lists." + e.list()) + " : " + e.entry();
      ListItem item = new ListItem(new Span(text));
      if (admin) {
        Button remove =
            new Button(
                getTranslation("filtering.lists.remove"),
                x -> {
                  lists.removeLocal(e.id());
                  refresh();
                  MainLayout.announce(this, getTranslation("filtering.lists.removed", e.entry()));
                });
        remove
            .getElement()
            .setAttribute("aria-label", getTranslation("filtering.lists.remove") + " : " + text);
        item.add(remove);
      }
      local.add(item);
    }
  }

  private void show(ListVersion v) {
    details.removeAll();
    details.add(new H3(getTranslation("filtering.lists.changesOf", v.id())));
    UnorderedList changes = new UnorderedList();
    List<ListChange> all = lists.changes(v.id());
    if (all.isEmpty()) {
      changes.add(new ListItem(getTranslation("filtering.lists.noChange")));
    }
    for (ListChange c : all) {
      changes.add(
          new ListItem(
              getTranslation(
                  "filtering.lists.change",
                  c.category(),
                  c.added(),
                  c.removed(),
                  c.examplesAdded(),
                  c.examplesRemoved())));
    }
    details.add(changes);
    List<SkippedLine> skipped = lists.skipped(v.id());
    if (!skipped.isEmpty()) {
      details.add(new H3(getTranslation("filtering.lists.skipped", v.skipped())));
      UnorderedList lines = new UnorderedList();
      for (SkippedLine s : skipped) {
        lines.add(
            new ListItem(
                getTranslation(
                    "filtering.lists.skippedLine", s.source(), s.line(), s.content(), s.reason())));
      }
      details.add(lines);
    }
    MainLayout.announce(this, getTranslation("filtering.lists.changesOf", v.id()));
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "filtering.lists.title");
  }
}
