package fr.passerelle.app.classspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.app.classspace.ClassChoice;
import fr.passerelle.app.classspace.FileSlot;
import fr.passerelle.app.classspace.MissingAlternative;
import fr.passerelle.app.classspace.ResourceFile;
import fr.passerelle.app.classspace.ResourceItem;
import fr.passerelle.app.classspace.ResourceKind;
import fr.passerelle.app.classspace.ResourceService;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.reading.ui.EasyReadBlock;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.speech.ui.ReadAloud;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A class's resources: documents, links and audio with their accessible versions. The class's
 * teachers add and change them and see, for each, which versions are missing for the needs declared
 * in the class (counts of pupils, never who); pupils and parents read and listen.
 */
@Route(value = ResourcesView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"TEACHER", "PUPIL", "PARENT"})
@Menu(title = "resources.nav", order = 21)
@StyleSheet("styles/classspace.css")
class ResourcesView extends Div implements HasDynamicTitle {

  static final String ROUTE = "ressources";

  /** How many resources a page shows at first, and how many more each "more" adds. */
  static final int PAGE = 20;

  private final ResourceService resources;
  private final EasyReadService easyRead;
  private final AccessibilityProfile viewer;
  private final Div formHolder = new Div();
  private final Div list = new Div();
  private final Button add = new Button();
  private @Nullable ClassChoice current;
  private int shown = PAGE;

  ResourcesView(ResourceService resources, EasyReadService easyRead, ProfileService profiles) {
    this.resources = resources;
    this.easyRead = easyRead;
    this.viewer = profiles.mine();
    addClassName("class-space");
    add(new H1(getTranslation("resources.heading")));
    List<ClassChoice> classes = resources.classes();
    if (classes.isEmpty()) {
      add(new Paragraph(getTranslation("resources.noClass")));
      return;
    }
    if (classes.size() > 1) {
      RadioButtonGroup<ClassChoice> picker = new RadioButtonGroup<>();
      picker.setLabel(getTranslation("resources.class"));
      picker.setId("resources-class");
      picker.setItems(classes);
      picker.setItemLabelGenerator(ClassChoice::label);
      picker.setValue(classes.getFirst());
      picker.addValueChangeListener(
          e -> {
            if (e.getValue() != null) {
              show(e.getValue());
            }
          });
      add(picker);
    } else {
      add(new Paragraph(getTranslation("resources.classIs", classes.getFirst().label())));
    }
    add.setText(getTranslation("resources.add"));
    add.setId("resource-add");
    add.addClickListener(e -> openForm(null));
    add(add, formHolder, list);
    show(classes.getFirst());
  }

  private void show(ClassChoice choice) {
    current = choice;
    shown = PAGE;
    formHolder.removeAll();
    add.setVisible(choice.writable());
    fillList();
  }

  private void fillList() {
    list.removeAll();
    ClassChoice choice = current;
    if (choice == null) {
      return;
    }
    long count = resources.count(choice.id());
    H2 heading = new H2(getTranslation("resources.list.heading", count));
    heading.setId("resources-list-heading");
    list.add(heading);
    if (count == 0) {
      list.add(new Paragraph(getTranslation("resources.list.none")));
      return;
    }
    for (ResourceItem item : resources.list(choice.id(), 0, shown)) {
      list.add(article(item));
    }
    if (count > shown) {
      Button more =
          new Button(
              getTranslation("resources.list.more", count - shown),
              e -> {
                shown += PAGE;
                fillList();
              });
      list.add(more);
    }
  }

  private Article article(ResourceItem item) {
    Article article = new Article();
    article.addClassName("resource");
    article.add(new H3(item.title()));
    article.add(
        new Paragraph(
            getTranslation(
                "resources.item.meta",
                getTranslation("resources.kind." + item.kind().name()),
                item.authorName())));
    if (!item.description().isBlank()) {
      article.add(
          ReadAloud.around(
              new EasyReadBlock(easyRead, item.easyReadOwner(), item.description(), viewer)));
    }
    article.add(main(item));
    article.add(alternatives(item));
    if (item.editable()) {
      article.add(missing(item));
      Button edit = new Button(getTranslation("resources.item.edit"), e -> openForm(item));
      edit.getElement()
          .setAttribute("aria-label", getTranslation("resources.item.editLabel", item.title()));
      article.add(edit);
    }
    return article;
  }

  private Div main(ResourceItem item) {
    Div main = new Div();
    long id = item.id();
    ResourceFile file = item.file();
    if (item.kind() == ResourceKind.LINK && item.url() != null) {
      main.add(new Anchor(item.url(), getTranslation("resources.item.openLink", item.title())));
    } else if (file != null) {
      if (item.kind() == ResourceKind.AUDIO) {
        main.add(
            Files.audio(
                () -> resources.file(id, FileSlot.MAIN),
                getTranslation("resources.item.listen", item.title())));
      }
      main.add(
          Files.link(
              () -> resources.file(id, FileSlot.MAIN),
              getTranslation("resources.item.open", file.name(), kilobytes(file))));
    }
    return main;
  }

  private Div alternatives(ResourceItem item) {
    Div box = new Div(new H4(getTranslation("resources.item.alternatives")));
    long id = item.id();
    boolean any = false;
    if (item.textVersion() != null) {
      any = true;
      Paragraph text = new Paragraph(item.textVersion());
      text.addClassName("resource-text");
      box.add(new Paragraph(getTranslation("resources.alternative.TEXT")), ReadAloud.around(text));
    }
    if (item.easyRead() != null) {
      any = true;
      box.add(new Paragraph(getTranslation("resources.item.easyAbove")));
    } else if (item.easyReadWaiting()) {
      box.add(new Paragraph(getTranslation("resources.item.easyWaiting")));
    }
    ResourceFile largePrint = item.largePrint();
    if (largePrint != null) {
      any = true;
      box.add(
          new Paragraph(
              Files.link(
                  () -> resources.file(id, FileSlot.LARGE_PRINT),
                  getTranslation("resources.item.largePrint", kilobytes(largePrint)))));
    }
    if (item.audioDescription() != null) {
      any = true;
      box.add(
          new Paragraph(getTranslation("resources.alternative.AUDIO_DESCRIPTION")),
          Files.audio(
              () -> resources.file(id, FileSlot.AUDIO_DESCRIPTION),
              getTranslation("resources.item.audioDescription", item.title())));
    }
    if (!any) {
      box.add(new Paragraph(getTranslation("resources.item.noAlternative")));
    }
    return box;
  }

  /** For the class's teachers only: what the class's declared needs ask for, in counts. */
  private Div missing(ResourceItem item) {
    Div box = new Div();
    box.addClassName("resource-missing");
    if (item.missing().isEmpty()) {
      box.add(new Paragraph(getTranslation("resources.missing.none")));
      return box;
    }
    box.addClassName("class-space-missing");
    box.add(new Paragraph(getTranslation("resources.missing.heading")));
    UnorderedList lines = new UnorderedList();
    for (MissingAlternative m : item.missing()) {
      lines.add(
          new ListItem(
              getTranslation(
                  "resources.missing.line",
                  getTranslation("resources.alternative." + m.alternative().name()),
                  m.pupils())));
    }
    box.add(lines);
    return box;
  }

  private void openForm(@Nullable ResourceItem editing) {
    ClassChoice choice = current;
    if (choice == null) {
      return;
    }
    formHolder.removeAll();
    ResourceForm form =
        new ResourceForm(
            resources,
            easyRead,
            choice.id(),
            editing,
            () -> {
              formHolder.removeAll();
              fillList();
              add.focus();
            },
            () -> {
              formHolder.removeAll();
              add.focus();
            });
    formHolder.add(form);
    form.focusFirst();
  }

  private static long kilobytes(ResourceFile file) {
    return Math.max(1, file.sizeBytes() / 1024);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "resources.title");
  }
}
