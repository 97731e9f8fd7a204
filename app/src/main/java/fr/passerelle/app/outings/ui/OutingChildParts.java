package fr.passerelle.app.outings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.outings.ChildOuting;
import fr.passerelle.app.outings.Outing;
import fr.passerelle.app.outings.OutingService;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.ChildPart;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outings' parts of each child's card on a parent's home: first, the authorisations still to
 * sign, with a link to answer; then the child's coming outings with the answer given. The service
 * checks that the child is the caller's.
 */
@Configuration
class OutingChildParts {

  @Bean
  ChildPart outingToSignPart(OutingService outings, SchoolTime time) {
    return ChildPart.of(
        ChildPart.ACTION,
        childId -> {
          LocalDate today = time.today();
          List<ChildOuting> waiting =
              outings.forChild(childId).stream().filter(c -> c.awaitsAnswer(today)).toList();
          if (waiting.isEmpty()) {
            return Optional.empty();
          }
          Div part = new Div();
          part.addClassNames("outing-part", "outing-to-sign");
          part.add(new H3(part.getTranslation("outings.home.action")));
          for (ChildOuting c : waiting) {
            Outing o = c.outing();
            part.add(
                new Paragraph(
                    part.getTranslation(
                        "outings.home.actionLine",
                        o.title(),
                        OutingTexts.day(time, part, o.date()),
                        OutingTexts.day(time, part, o.answerBy()))));
          }
          part.add(
              new Anchor(
                  OutingService.PARENT_ROUTE,
                  part.getTranslation("outings.home.answer", waiting.getFirst().childFirstName())));
          return Optional.<Component>of(part);
        });
  }

  @Bean
  ChildPart outingsPart(OutingService outings, SchoolTime time) {
    return ChildPart.of(
        ChildPart.OUTINGS,
        childId -> {
          List<ChildOuting> coming = outings.forChild(childId);
          if (coming.isEmpty()) {
            return Optional.empty();
          }
          Div part = new Div();
          part.addClassNames("outing-part", "outing-coming");
          part.add(new H3(part.getTranslation("outings.home.outings")));
          UnorderedList list = new UnorderedList();
          for (ChildOuting c : coming) {
            list.add(
                new ListItem(
                    part.getTranslation(
                        "outings.home.line",
                        c.outing().title(),
                        OutingTexts.day(time, part, c.outing().date()),
                        OutingTexts.state(part, c.answer()))));
          }
          part.add(
              list,
              new Anchor(
                  OutingService.PARENT_ROUTE,
                  part.getTranslation("outings.home.open", coming.getFirst().childFirstName())));
          return Optional.<Component>of(part);
        });
  }
}
