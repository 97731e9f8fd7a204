package fr.passerelle.app.skills.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.skills.CompetenceState;
import fr.passerelle.app.skills.SkillProgress;
import java.util.List;

/**
 * A pupil's progress: one plain sentence, the picture (one image, named and described), and the
 * same in a table, a competence per line. The pupil reads "Tu…"; parents and teachers read the
 * pupil's first name.
 */
@StyleSheet("styles/skills.css")
final class ProgressPanel extends Div {

  /**
   * @param own whether the pupil reads their own progress
   * @param id a prefix for the ids of the picture and the table, unique on the page
   * @param time writes the dates in the reader's language
   */
  ProgressPanel(SkillProgress progress, boolean own, String id, SchoolTime time) {
    addClassNames("skills", "progress-panel");
    String first = progress.pupil().firstName();
    Paragraph sentence =
        new Paragraph(
            own
                ? getTranslation("skills.progress.sentence", progress.known(), progress.total())
                : getTranslation(
                    "skills.progress.sentenceOther", first, progress.known(), progress.total()));
    sentence.addClassName("progress-sentence");
    sentence.setId(id + "-sentence");
    String title =
        own
            ? getTranslation("skills.progress.pictureTitle")
            : getTranslation("skills.progress.pictureTitleOther", first);
    String description =
        sentence.getText()
            + " "
            + getTranslation("skills.progress.pictureDescription", progress.topLevel());
    Html picture =
        new Html(
            "<div class=\"progress-box\">"
                + ProgressSvg.render(id + "-picture", title, description, progress)
                + "</div>");
    Formats formats = time.formats(getLocale());
    List<List<String>> rows =
        progress.competences().stream()
            .map(
                (CompetenceState s) ->
                    List.of(
                        s.competence().code() + " " + s.competence().name(),
                        Levels.label(this, s.level()),
                        s.latest() == null ? "" : formats.date(s.latest().validatedOn())))
            .toList();
    SkillTable table =
        new SkillTable(
            id + "-table",
            own
                ? getTranslation("skills.progress.tableCaption")
                : getTranslation("skills.progress.tableCaptionOther", first),
            List.of(
                getTranslation("skills.column.competence"),
                getTranslation("skills.column.level"),
                getTranslation("skills.column.date")),
            rows);
    add(sentence, picture, table);
  }
}
