package fr.passerelle.app.skills.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.skills.Competence;
import fr.passerelle.app.skills.Framework;
import fr.passerelle.app.skills.SkillLevel;
import fr.passerelle.app.skills.SkillProgress;
import fr.passerelle.app.skills.SkillsException;
import fr.passerelle.app.skills.SkillsService;
import fr.passerelle.app.skills.Validation;
import jakarta.annotation.security.RolesAllowed;

/**
 * One pupil's digital skills for their teacher (or their school's director, who reads only): the
 * progress (picture and table), for teachers a form to validate a level in a competence on a date
 * with a comment, and every validation so far, newest first, loaded lazily.
 */
@Route(value = "competences/eleve", layout = MainLayout.class)
@RolesAllowed({"TEACHER", "DIRECTOR"})
@StyleSheet("styles/skills.css")
class PupilSkillsView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final SkillsService skills;
  private final SchoolTime time;
  private final Div progressHolder = new Div();
  private final Grid<Validation> history = new Grid<>();
  private String name = "";
  private long pupilId;

  PupilSkillsView(SkillsService skills, SchoolTime time) {
    this.skills = skills;
    this.time = time;
    addClassNames("skills", "pupil-skills-view");
  }

  static String route(long pupilId) {
    return "competences/eleve/" + pupilId;
  }

  @Override
  public void setParameter(BeforeEvent event, Long pupilId) {
    this.pupilId = pupilId;
    SkillProgress progress = skills.progress(pupilId);
    name = progress.pupil().full();
    removeAll();
    add(new H1(getTranslation("skills.pupil.heading", name)));
    add(new Anchor(SkillsView.ROUTE, getTranslation("skills.pupil.back")));
    progressHolder.setId("skills-progress");
    add(progressHolder);
    showProgress(progress);
    if (skills.mayValidate(pupilId)) {
      add(form(skills.framework()));
    }
    add(historySection());
  }

  private void showProgress(SkillProgress progress) {
    progressHolder.removeAll();
    progressHolder.add(new ProgressPanel(progress, false, "skills-pupil", time));
  }

  private Section form(Framework framework) {
    Section section = new Section();
    section.addClassName("card");
    section.setId("skills-validate");
    section.add(new H2(getTranslation("skills.validate.heading")));
    // Radio buttons rather than a select: sixteen long names stay whole at any text size.
    RadioButtonGroup<Competence> competence =
        new RadioButtonGroup<>(getTranslation("skills.validate.competence"));
    competence.setItems(framework.competences());
    competence.setItemLabelGenerator(c -> c.code() + " " + c.name());
    competence.setValue(framework.competences().getFirst());
    competence.setId("skills-competence");
    RadioButtonGroup<SkillLevel> level =
        new RadioButtonGroup<>(getTranslation("skills.validate.level"));
    level.setItems(framework.levels());
    level.setItemLabelGenerator(l -> getTranslation("skills.level.choice", l.level(), l.stage()));
    level.setValue(framework.levels().getFirst());
    level.setId("skills-level");
    DatePicker date = new DatePicker(getTranslation("skills.validate.date"));
    date.setLocale(getLocale());
    date.setMax(time.today());
    date.setValue(time.today());
    date.setId("skills-date");
    TextArea comment = new TextArea(getTranslation("skills.validate.comment"));
    comment.setMaxLength(SkillsService.MAX_COMMENT);
    comment.setHelperText(getTranslation("skills.validate.help", SkillsService.MAX_COMMENT));
    comment.setWidthFull();
    comment.setId("skills-comment");
    Button save = new Button(getTranslation("skills.validate.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("skills-save");
    save.addClickListener(
        e -> {
          try {
            Validation done =
                skills.validate(
                    pupilId,
                    competence.getValue().code(),
                    level.getValue().level(),
                    date.getValue(),
                    comment.getValue());
            comment.clear();
            comment.setInvalid(false);
            showProgress(skills.progress(pupilId));
            history.getDataProvider().refreshAll();
            MainLayout.announce(
                this,
                getTranslation("skills.validate.done", done.level(), name, done.competenceCode()));
          } catch (SkillsException ex) {
            comment.setErrorMessage(getTranslation(ex.messageKey()));
            comment.setInvalid(true);
            MainLayout.announce(this, getTranslation(ex.messageKey()));
          }
        });
    section.add(competence, level, date, comment, save);
    return section;
  }

  private Section historySection() {
    Section section = new Section();
    section.addClassName("card");
    section.setId("skills-history");
    section.add(new H2(getTranslation("skills.history.heading")));
    Formats formats = time.formats(getLocale());
    history.setAriaLabel(getTranslation("skills.history.grid", name));
    history
        .addColumn(Validation::competenceCode)
        .setHeader(getTranslation("skills.column.competence"))
        .setWidth("8rem");
    history
        .addColumn(v -> Levels.label(this, v.level()))
        .setHeader(getTranslation("skills.column.level"))
        .setWidth("8rem");
    history
        .addColumn(v -> formats.mediumDate(v.validatedOn()))
        .setHeader(getTranslation("skills.column.date"))
        .setWidth("9rem");
    history
        .addColumn(v -> v.comment() == null ? "" : v.comment())
        .setHeader(getTranslation("skills.column.comment"))
        .setWidth("14rem")
        .setFlexGrow(2);
    history
        .addColumn(Validation::teacherName)
        .setHeader(getTranslation("skills.column.teacher"))
        .setWidth("10rem");
    history.addClassName("data-grid");
    history.setItems(
        query -> skills.history(pupilId, query.getOffset(), query.getLimit()).stream(),
        query -> skills.countHistory(pupilId));
    section.add(history);
    return section;
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "skills.pupil.title", name);
  }
}
