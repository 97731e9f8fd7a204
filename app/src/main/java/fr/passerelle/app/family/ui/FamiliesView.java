package fr.passerelle.app.family.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.family.FamilyException;
import fr.passerelle.app.family.FamilyPrivacyService;
import fr.passerelle.app.family.PupilChoice;
import fr.passerelle.app.identity.GuardianLink;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * "Familles": a director searches a pupil of their school, sees their parents and the restrictions
 * in force, and records ("this parent must no longer see the child") or lifts one. Both ask for a
 * confirmation: the button changes its words and a second press confirms.
 */
@Route(value = "familles", layout = MainLayout.class)
@StyleSheet("styles/family.css")
@RolesAllowed("DIRECTOR")
@Menu(title = "family.families.nav", order = 36)
class FamiliesView extends Div implements HasDynamicTitle {

  static final String ROUTE = "familles";
  private static final String STEP = "data-step";

  private final FamilyPrivacyService privacy;
  private final SchoolTime time;
  private final TextField query = new TextField();
  private final Section results = new Section();
  private final Section pupil = new Section();

  FamiliesView(FamilyPrivacyService privacy, SchoolTime time) {
    this.privacy = privacy;
    this.time = time;
    addClassNames("family", "families-view");
    add(new H1(getTranslation("family.families.heading")));
    add(new Paragraph(getTranslation("family.families.intro")));

    query.setLabel(getTranslation("family.families.search"));
    query.setHelperText(getTranslation("family.families.searchHelp"));
    query.setId("families-query");
    query.setMaxLength(80);
    // The value reaches the server as it is typed, so Enter searches what was typed.
    query.setValueChangeMode(ValueChangeMode.EAGER);
    query.addKeyPressListener(Key.ENTER, e -> search());
    Button go = new Button(getTranslation("family.families.searchButton"), e -> search());
    go.setId("families-search");
    Div searchBox = new Div(query, go);
    searchBox.addClassName("card");
    results.setId("families-results");
    results.getElement().setAttribute("aria-live", "polite");
    pupil.setId("families-pupil");
    add(searchBox, results, pupil);
  }

  private void search() {
    results.removeAll();
    pupil.removeAll();
    List<PupilChoice> found = privacy.search(query.getValue());
    results.add(new H2(getTranslation("family.families.results", found.size())));
    if (found.isEmpty()) {
      results.add(new Paragraph(getTranslation("family.families.none")));
      return;
    }
    UnorderedList list = new UnorderedList();
    for (PupilChoice choice : found) {
      Button open =
          new Button(
              getTranslation("family.families.open", choice.pupil().full(), choice.className()),
              e -> open(choice.pupil().id()));
      open.addThemeVariants(ButtonVariant.TERTIARY);
      list.add(new ListItem(open));
    }
    results.add(list);
  }

  private void open(long pupilId) {
    pupil.removeAll();
    PersonName name = privacy.pupil(pupilId);
    H2 heading = new H2(getTranslation("family.families.pupil", name.full()));
    heading.setId("families-pupil-heading");
    heading.getElement().setAttribute("tabindex", "-1");
    pupil.add(heading);
    List<GuardianLink> links = privacy.links(pupilId);
    if (links.isEmpty()) {
      pupil.add(new Paragraph(getTranslation("family.families.noParent")));
    }
    for (GuardianLink link : links) {
      pupil.add(card(name, link));
    }
    heading.getElement().callJsFunction("focus");
  }

  private Div card(PersonName child, GuardianLink link) {
    Div card = new Div();
    card.addClassNames("card", "family-link");
    String parent = link.parent().full();
    card.add(new H3(parent));
    GuardianLink.Restriction r = link.restriction();
    if (r == null) {
      card.add(new Paragraph(getTranslation("family.families.sees", parent, child.firstName())));
      TextArea reason = new TextArea(getTranslation("family.families.reason"));
      reason.setHelperText(getTranslation("family.families.reasonHelp"));
      reason.setMaxLength(FamilyPrivacyService.MAX_REASON);
      reason.setWidthFull();
      Paragraph error = new Paragraph();
      error.addClassName("form-error");
      Button restrict =
          new Button(getTranslation("family.families.restrict", parent, child.firstName()));
      restrict.addClickListener(
          e -> {
            if (!"confirm".equals(restrict.getElement().getAttribute(STEP))) {
              restrict.getElement().setAttribute(STEP, "confirm");
              restrict.setText(
                  getTranslation("family.families.restrictConfirm", parent, child.firstName()));
              MainLayout.announce(this, getTranslation("family.families.confirmAsk"));
              return;
            }
            try {
              privacy.restrict(child.id(), link.parent().id(), reason.getValue());
            } catch (FamilyException ex) {
              String message = getTranslation(ex.messageKey(), ex.arguments());
              error.setText(message);
              MainLayout.announce(this, message);
              return;
            }
            open(child.id());
            MainLayout.announce(
                this, getTranslation("family.families.restricted", parent, child.firstName()));
          });
      card.add(reason, error, restrict);
    } else {
      card.add(
          new Paragraph(
              getTranslation(
                  "family.families.restrictedSince",
                  parent,
                  child.firstName(),
                  time.formats(getLocale()).date(time.dateOf(r.at())),
                  r.by().full())));
      if (r.reason() != null) {
        card.add(new Paragraph(getTranslation("family.families.reasonShown", r.reason())));
      }
      Button lift = new Button(getTranslation("family.families.lift", parent));
      lift.addClickListener(
          e -> {
            if (!"confirm".equals(lift.getElement().getAttribute(STEP))) {
              lift.getElement().setAttribute(STEP, "confirm");
              lift.setText(getTranslation("family.families.liftConfirm", parent));
              MainLayout.announce(this, getTranslation("family.families.confirmAsk"));
              return;
            }
            privacy.lift(child.id(), link.parent().id());
            open(child.id());
            MainLayout.announce(
                this, getTranslation("family.families.lifted", parent, child.firstName()));
          });
      card.add(lift);
    }
    return card;
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "family.families.title");
  }
}
