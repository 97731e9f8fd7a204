package fr.passerelle.app.absences.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.absences.Absence;
import fr.passerelle.app.absences.AbsenceService;
import fr.passerelle.app.absences.AbsenceSignals;
import fr.passerelle.app.absences.RollCall;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.ChildPart;
import fr.passerelle.app.shell.HomeSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The absences' parts of the homes: on each child's card, the absence to justify (asks the parent
 * to act); on a teacher's home, today's roll calls; on a director's, how many absences are not
 * justified. The child's part and the director's count follow the roll calls and the justifications
 * without a reload (live channel).
 */
@Configuration
class AbsenceHomeParts {

  static final int TEACHER = 5;
  static final int DIRECTOR = 12;

  /** On a child's card: the absence to justify; hidden while there is none, so one can appear. */
  @Bean
  ChildPart absenceToJustifyPart(AbsenceService absences, SchoolTime time, LiveSignals live) {
    return ChildPart.of(
        ChildPart.ACTION,
        childId -> {
          Div part = new Div();
          part.addClassName("absence-part");
          part.setId("absence-part-" + childId);
          List<Absence> shown = new ArrayList<>(absences.toJustify(childId));
          showToJustify(part, time, shown);
          live.subscribe(
              part,
              AbsenceSignals.pupilTopic(childId),
              signal -> {
                List<Absence> now = absences.toJustify(childId);
                if (!now.equals(shown)) {
                  shown.clear();
                  shown.addAll(now);
                  showToJustify(part, time, now);
                }
              });
          return Optional.of(part);
        });
  }

  private static void showToJustify(Div part, SchoolTime time, List<Absence> list) {
    part.removeAll();
    part.setVisible(!list.isEmpty());
    if (list.isEmpty()) {
      return;
    }
    part.add(new H3(part.getTranslation("absences.card.heading")));
    Absence latest = list.getFirst();
    part.add(new Paragraph(AbsenceTexts.absence(time, part, latest)));
    if (list.size() > 1) {
      part.add(new Paragraph(part.getTranslation("absences.card.others", list.size() - 1)));
    }
    String first = latest.pupil().firstName();
    part.add(new Anchor(AbsenceService.ROUTE, part.getTranslation("absences.card.link", first)));
  }

  @Bean
  HomeSection rollCallSection(AbsenceService absences) {
    return HomeSection.of(
        home -> home == Role.TEACHER,
        TEACHER,
        () -> {
          List<RollCall> calls = absences.todaysRollCalls();
          if (calls.isEmpty()) {
            return Optional.empty();
          }
          Section section = HomeSection.card("roll-call-today", "absences.home.teacher");
          UnorderedList items = new UnorderedList();
          for (RollCall call : calls) {
            items.add(
                new ListItem(
                    section.getTranslation(
                        "absences.home.call",
                        call.className(),
                        AbsenceTexts.half(section, call.half()),
                        call.taken()
                            ? section.getTranslation("absences.rollCall.taken", call.absentCount())
                            : section.getTranslation("absences.rollCall.notTaken"))));
          }
          section.add(
              items, new Anchor(RollCallView.ROUTE, section.getTranslation("absences.home.open")));
          return Optional.of(section);
        });
  }

  @Bean
  HomeSection unjustifiedSection(AbsenceService absences, LiveSignals live) {
    return HomeSection.of(
        home -> home == Role.DIRECTOR,
        DIRECTOR,
        () -> {
          Long school = absences.mySchool();
          if (school == null) {
            return Optional.empty();
          }
          Section section = HomeSection.card("absences-unjustified", "absences.home.director");
          Paragraph count =
              new Paragraph(
                  section.getTranslation(
                      "absences.school.count", absences.countUnjustified(school)));
          section.add(
              count,
              new Anchor(AbsenceService.ROUTE, section.getTranslation("absences.home.list")));
          live.subscribe(
              count,
              AbsenceSignals.schoolTopic(school),
              signal ->
                  count.setText(
                      count.getTranslation(
                          "absences.school.count", absences.countUnjustified(school))));
          return Optional.of(section);
        });
  }
}
