package fr.passerelle.app.liaison.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.liaison.LiaisonAudience;
import fr.passerelle.app.liaison.LiaisonException;
import fr.passerelle.app.liaison.LiaisonService;
import fr.passerelle.app.liaison.Notice;
import fr.passerelle.app.liaison.NoticeDraft;
import fr.passerelle.app.liaison.NoticeStatus;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The liaison book of a teacher or a director: write a notice to a class, to some of its families
 * or (directors) to the whole school, with or without replies; then their notices, newest first,
 * each with "X/Y familles ont signé" and a link to who is missing. The counts follow the families'
 * signatures on every node without a reload (live channel); nothing else on the page moves.
 */
@Route(value = LiaisonView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"TEACHER", "DIRECTOR"})
@Menu(title = "liaison.nav", order = 24)
@StyleSheet("styles/liaison.css")
class LiaisonView extends Div implements HasDynamicTitle {

  static final String ROUTE = "carnet-de-liaison";
  private static final int PAGE = 20;

  private final LiaisonService liaison;
  private final SchoolTime time;
  private final Map<Long, Paragraph> counts = new HashMap<>();
  // Radio buttons rather than a select: long class names wrap instead of being cut.
  private final RadioButtonGroup<LiaisonAudience> audience = new RadioButtonGroup<>();
  private final Checkbox someFamilies = new Checkbox();
  private final CheckboxGroup<PersonName> families = new CheckboxGroup<>();
  private final TextField title = new TextField();
  private final TextArea text = new TextArea();
  private final Checkbox replies = new Checkbox();
  private final Paragraph error = new Paragraph();
  private final Div notices = new Div();
  private int shown = PAGE;

  LiaisonView(LiaisonService liaison, SchoolTime time, LiveSignals live) {
    this.liaison = liaison;
    this.time = time;
    addClassNames("home", "liaison");
    add(new H1(getTranslation("liaison.book.heading")));
    List<LiaisonAudience> audiences = liaison.audiences();
    if (audiences.isEmpty()) {
      add(new Paragraph(getTranslation("liaison.book.noClass")));
    } else {
      add(form(audiences));
    }
    Section list = new Section();
    H2 heading = new H2(getTranslation("liaison.book.mine"));
    heading.setId("liaison-mine-heading");
    list.getElement().setAttribute("aria-labelledby", "liaison-mine-heading");
    notices.setId("liaison-notices");
    list.add(heading, notices);
    add(list);
    refresh();
    live.subscribe(this, liaison.myNoticesTopic(), signal -> updateCounts());
  }

  /** A family signed on any node: each shown notice's "X/Y" is read again, in place. */
  private void updateCounts() {
    for (NoticeStatus status : liaison.myNotices(0, shown)) {
      Paragraph count = counts.get(status.notice().id());
      if (count != null) {
        count.setText(getTranslation("liaison.count", status.signed(), status.families()));
      }
    }
  }

  private Section form(List<LiaisonAudience> audiences) {
    Section section = new Section();
    section.addClassName("card");
    section.setId("liaison-form");
    H2 heading = new H2(getTranslation("liaison.form.heading"));
    heading.setId("liaison-form-heading");
    section.getElement().setAttribute("aria-labelledby", "liaison-form-heading");
    audience.setLabel(getTranslation("liaison.form.audience"));
    audience.setId("liaison-audience");
    audience.setItems(audiences);
    audience.setItemLabelGenerator(
        a -> a.wholeSchool() ? getTranslation("liaison.form.wholeSchool", a.label()) : a.label());
    audience.addValueChangeListener(e -> audienceChanged());
    someFamilies.setLabel(getTranslation("liaison.form.someFamilies"));
    someFamilies.setId("liaison-some");
    someFamilies.addValueChangeListener(e -> families.setVisible(e.getValue()));
    families.setLabel(getTranslation("liaison.form.families"));
    families.setId("liaison-families");
    families.setItemLabelGenerator(PersonName::full);
    title.setLabel(getTranslation("liaison.form.title"));
    title.setId("liaison-title");
    title.setMaxLength(LiaisonService.MAX_TITLE);
    title.setRequiredIndicatorVisible(true);
    text.setLabel(getTranslation("liaison.form.text"));
    text.setId("liaison-text");
    text.setMaxLength(LiaisonService.MAX_TEXT);
    text.setRequiredIndicatorVisible(true);
    replies.setLabel(getTranslation("liaison.form.replies"));
    replies.setId("liaison-replies");
    error.setId("liaison-error");
    error.addClassName("liaison-error");
    error.getElement().setAttribute("role", "alert");
    Button post = new Button(getTranslation("liaison.form.post"), e -> post());
    post.setId("liaison-post");
    post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div fields = new Div(audience, someFamilies, families, title, text, replies);
    fields.addClassName("liaison-form");
    section.add(heading, error, fields, post);
    audience.setValue(audiences.getFirst());
    audienceChanged();
    return section;
  }

  private void audienceChanged() {
    LiaisonAudience to = audience.getValue();
    boolean aClass = to != null && !to.wholeSchool();
    someFamilies.setValue(false);
    someFamilies.setVisible(aClass);
    families.setVisible(false);
    families.setItems(aClass ? liaison.pupilsOf(to.classId()) : List.of());
  }

  private void post() {
    LiaisonAudience to = audience.getValue();
    if (to == null) {
      say(getTranslation("liaison.error.noAudience"));
      return;
    }
    Set<Long> chosen =
        someFamilies.getValue()
            ? families.getValue().stream().map(PersonName::id).collect(Collectors.toSet())
            : Set.of();
    if (someFamilies.getValue() && chosen.isEmpty()) {
      say(getTranslation("liaison.error.noFamily"));
      return;
    }
    Notice posted;
    try {
      posted =
          liaison.post(
              new NoticeDraft(
                  to.classId(), chosen, title.getValue(), text.getValue(), replies.getValue()));
    } catch (LiaisonException refused) {
      say(getTranslation(refused.messageKey(), refused.arguments()));
      if (refused.messageKey().equals("liaison.error.titleEmpty")) {
        title.focus();
      } else if (refused.messageKey().equals("liaison.error.textEmpty")) {
        text.focus();
      }
      return;
    }
    title.clear();
    text.clear();
    replies.setValue(false);
    audienceChanged();
    error.setText("");
    refresh();
    MainLayout.announce(this, getTranslation("liaison.form.posted", posted.title()));
  }

  private void refresh() {
    notices.removeAll();
    counts.clear();
    List<NoticeStatus> mine = liaison.myNotices(0, shown);
    if (mine.isEmpty()) {
      notices.add(new Paragraph(getTranslation("liaison.book.none")));
    }
    mine.forEach(s -> notices.add(card(s)));
    if (liaison.countMyNotices() > shown) {
      notices.add(
          new Button(
              getTranslation("liaison.book.more"),
              e -> {
                shown += PAGE;
                refresh();
              }));
    }
  }

  private Article card(NoticeStatus status) {
    Notice n = status.notice();
    Article card = new Article();
    card.setId("liaison-notice-" + n.id());
    card.addClassNames("card", "liaison-notice");
    card.add(new H3(n.title()));
    Paragraph meta =
        new Paragraph(
            getTranslation(
                n.someFamilies() ? "liaison.book.forSome" : "liaison.book.for",
                n.audience(),
                Dates.of(time, this, n.postedAt())));
    meta.addClassName("liaison-meta");
    Paragraph count =
        new Paragraph(getTranslation("liaison.count", status.signed(), status.families()));
    count.addClassName("liaison-count");
    counts.put(n.id(), count);
    card.add(
        meta,
        count,
        new Anchor(NoticeView.route(n.id()), getTranslation("liaison.book.open", n.title())));
    return card;
  }

  private void say(String message) {
    error.setText(message);
    MainLayout.announce(this, message);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "liaison.book.title");
  }
}
