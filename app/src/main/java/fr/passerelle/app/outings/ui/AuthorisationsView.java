package fr.passerelle.app.outings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.outings.Answer;
import fr.passerelle.app.outings.ChildOuting;
import fr.passerelle.app.outings.Outing;
import fr.passerelle.app.outings.OutingException;
import fr.passerelle.app.outings.OutingService;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * A parent's outings: for each child, the coming outings with the authorisation text, the place,
 * the cost and the answer given; two buttons to authorise or not, until the answer date. A change
 * of mind is a new answer: the earlier ones are kept.
 */
@Route(value = OutingService.PARENT_ROUTE, layout = MainLayout.class)
@RolesAllowed("PARENT")
@Menu(title = "outings.parent.title", order = 29)
@StyleSheet("styles/outings.css")
class AuthorisationsView extends Div implements HasDynamicTitle {

  private final OutingService outings;
  private final SchoolTime time;

  AuthorisationsView(OutingService outings, SchoolTime time) {
    this.outings = outings;
    this.time = time;
    addClassNames("home", "authorisations-view");
    add(new H1(getTranslation("outings.parent.heading")));
    List<PersonName> children = outings.myChildren();
    if (children.isEmpty()) {
      add(new Paragraph(getTranslation("outings.parent.noChild")));
    }
    for (PersonName child : children) {
      Section section =
          new Section(new H2(getTranslation("outings.parent.child", child.firstName())));
      section.addClassName("outing-child");
      List<ChildOuting> coming = outings.forChild(child.id());
      if (coming.isEmpty()) {
        section.add(new Paragraph(getTranslation("outings.parent.none")));
      }
      coming.forEach(c -> section.add(card(c)));
      add(section);
    }
  }

  static String anchor(long outingId, long childId) {
    return "outing-" + outingId + "-child-" + childId;
  }

  private Article card(ChildOuting c) {
    Outing o = c.outing();
    Article card = new Article();
    card.addClassNames("card", "outing-card");
    card.setId(anchor(o.id(), c.childId()));
    fill(card, c);
    return card;
  }

  private void fill(Article card, ChildOuting c) {
    card.removeAll();
    Outing o = c.outing();
    LocalDate today = time.today();
    card.add(new H3(o.title()));
    card.add(new Paragraph(OutingTexts.when(time, this, o)));
    card.add(new Paragraph(getTranslation("outings.place", o.place())));
    card.add(new Paragraph(OutingTexts.cost(time, this, o)));
    card.add(new H4(getTranslation("outings.formHeading")));
    Paragraph form = new Paragraph(o.formText());
    form.addClassName("outing-form-text");
    card.add(form);
    Paragraph status = new Paragraph(status(c));
    status.addClassName("outing-status");
    card.add(status);
    Paragraph error = new Paragraph();
    error.addClassName("form-error");
    if (!o.open(today)) {
      card.add(
          new Paragraph(
              getTranslation("outings.parent.closed", OutingTexts.day(time, this, o.answerBy()))));
      return;
    }
    card.add(
        new Paragraph(
            getTranslation("outings.parent.until", OutingTexts.day(time, this, o.answerBy()))));
    Button yes =
        new Button(
            getTranslation("outings.parent.authorise", c.childFirstName()),
            e -> answer(card, c, true, error));
    yes.addClassName("outing-yes");
    Button no =
        new Button(
            getTranslation("outings.parent.refuse", c.childFirstName()),
            e -> answer(card, c, false, error));
    no.addClassName("outing-no");
    if (c.answer() == null || c.answer().authorised()) {
      yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    Div buttons = new Div(yes, no);
    buttons.addClassName("outing-buttons");
    card.add(buttons, error);
  }

  private String status(ChildOuting c) {
    Answer a = c.answer();
    if (a == null) {
      return getTranslation("outings.parent.noAnswer");
    }
    return getTranslation(
        "outings.parent.answered." + a.authorised(),
        c.childFirstName(),
        a.parentName(),
        OutingTexts.moment(time, this, a));
  }

  private void answer(Article card, ChildOuting c, boolean authorised, Paragraph error) {
    Answer given;
    try {
      given = outings.answer(c.outing().id(), c.childId(), authorised);
    } catch (OutingException e) {
      String message = OutingTexts.message(time, this, e);
      error.setText(message);
      MainLayout.announce(this, message);
      return;
    }
    ChildOuting now = new ChildOuting(c.outing(), c.childId(), c.childFirstName(), given);
    fill(card, now);
    MainLayout.announce(
        this,
        getTranslation(
            "outings.parent.saved." + authorised, c.childFirstName(), c.outing().title()));
    // The buttons are new: the focus goes back to the one pressed.
    card.getChildren()
        .filter(d -> d.hasClassName("outing-buttons"))
        .findFirst()
        .flatMap(d -> d.getChildren().skip(authorised ? 0 : 1).findFirst())
        .ifPresent(b -> ((Button) b).focus());
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "outings.parent.title");
  }
}
