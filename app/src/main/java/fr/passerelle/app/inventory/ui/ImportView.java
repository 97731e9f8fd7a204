package fr.passerelle.app.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.passerelle.app.inventory.ImportFile;
import fr.passerelle.app.inventory.ImportPlan;
import fr.passerelle.app.inventory.ImportProblem;
import fr.passerelle.app.inventory.InventoryImport;
import fr.passerelle.app.inventory.InventoryService;
import fr.passerelle.app.inventory.SchoolChoice;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.support.UploadTexts;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Importing GLPI Agent inventories and CSV files: send the files, preview what would be created,
 * updated or left, then import, all or nothing. Problems are listed by file and line or field.
 */
@Route(value = "inventaire/import", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "TECHNICIAN"})
class ImportView extends Div implements HasDynamicTitle {

  static final String ROUTE = "inventaire/import";
  private static final int SHOWN = 200;

  private final InventoryImport imports;
  private final List<ImportFile> files = new CopyOnWriteArrayList<>();
  private final Select<SchoolChoice> school = new Select<>();
  private final Div result = new Div();
  private final Button apply = new Button();

  ImportView(InventoryImport imports, InventoryService inventory) {
    this.imports = imports;
    addClassName("home");
    add(new H1(getTranslation("inventory.import.heading")));
    add(new Paragraph(getTranslation("inventory.import.intro")));

    school.setLabel(getTranslation("inventory.import.school"));
    school.setHelperText(getTranslation("inventory.import.schoolHelp"));
    school.setItems(inventory.schools());
    school.setItemLabelGenerator(
        s -> s == null ? getTranslation("inventory.import.noDefault") : s.name());
    school.setEmptySelectionAllowed(true);
    school.setEmptySelectionCaption(getTranslation("inventory.import.noDefault"));
    school.addValueChangeListener(e -> clearResult());

    Upload upload =
        new Upload(
            UploadHandler.inMemory(
                (metadata, data) -> files.add(new ImportFile(metadata.fileName(), data))));
    upload.setAcceptedFileTypes(".json", ".csv", "application/json", "text/csv");
    upload.setMaxFiles(5000);
    upload.setI18n(UploadTexts.of(this));
    upload.setId("import-upload");
    // Files are chosen with the button (keyboard); the drop zone's label would not fit a phone.
    upload.setDropAllowed(false);
    upload.setWidthFull();
    upload.addFileRemovedListener(
        e -> {
          files.removeIf(f -> f.name().equals(e.getFileName()));
          clearResult();
        });
    upload.addAllFinishedListener(e -> clearResult());

    Button preview = new Button(getTranslation("inventory.import.preview"), e -> run(false));
    apply.setText(getTranslation("inventory.import.apply"));
    apply.setEnabled(false);
    apply.addClickListener(e -> run(true));
    result.setId("import-result");
    add(school, upload, new Div(preview, apply), result);
  }

  private void clearResult() {
    result.removeAll();
    apply.setEnabled(false);
  }

  private void run(boolean write) {
    result.removeAll();
    if (files.isEmpty()) {
      say(getTranslation("inventory.import.noFile"));
      return;
    }
    Long defaultSchool = school.getValue() == null ? null : school.getValue().id();
    List<ImportFile> sent = List.copyOf(files);
    ImportPlan plan =
        write ? imports.apply(sent, defaultSchool) : imports.preview(sent, defaultSchool);
    if (plan.hasProblems()) {
      apply.setEnabled(false);
      result.add(new H2(getTranslation("inventory.import.problemsHeading")));
      UnorderedList list = new UnorderedList();
      plan.problems().stream().limit(SHOWN).forEach(p -> list.add(new ListItem(describe(p))));
      result.add(list);
      say(getTranslation("inventory.import.problems", plan.problems().size()));
      return;
    }
    String counts =
        getTranslation(
            write ? "inventory.import.applied" : "inventory.import.planned",
            plan.count(ImportPlan.Action.CREATE),
            plan.count(ImportPlan.Action.UPDATE),
            plan.count(ImportPlan.Action.UNCHANGED));
    result.add(
        new H2(
            getTranslation(
                write ? "inventory.import.doneHeading" : "inventory.import.planHeading")));
    UnorderedList list = new UnorderedList();
    plan.items().stream()
        .filter(i -> i.action() != ImportPlan.Action.UNCHANGED)
        .limit(SHOWN)
        .forEach(
            i ->
                list.add(
                    new ListItem(
                        getTranslation(
                            "inventory.import.item." + i.action().name(),
                            i.name(),
                            i.serial(),
                            i.schoolName(),
                            String.join(", ", i.changedFields())))));
    result.add(list);
    apply.setEnabled(
        !write && plan.items().stream().anyMatch(i -> i.action() != ImportPlan.Action.UNCHANGED));
    say(counts);
  }

  private String describe(ImportProblem p) {
    String message = getTranslation(p.key(), p.arguments().toArray());
    if (p.field() != null && p.line() != null) {
      return getTranslation("inventory.import.atLineField", p.file(), p.line(), p.field(), message);
    }
    if (p.line() != null) {
      return getTranslation("inventory.import.atLine", p.file(), p.line(), message);
    }
    return getTranslation("inventory.import.atField", p.file(), p.field(), message);
  }

  private void say(String text) {
    result.addComponentAtIndex(0, new Paragraph(text));
    MainLayout.announce(this, text);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "inventory.import.title");
  }
}
