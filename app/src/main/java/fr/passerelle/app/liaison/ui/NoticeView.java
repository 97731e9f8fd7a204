package fr.passerelle.app.liaison.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.liaison.Acknowledgement;
import fr.passerelle.app.liaison.LiaisonService;
import fr.passerelle.app.liaison.MissingFamily;
import fr.passerelle.app.liaison.Notice;
import fr.passerelle.app.liaison.NoticeDetail;
import fr.passerelle.app.liaison.Reminder;
import fr.passerelle.app.liaison.Reply;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * One notice for its author (or the school's director): "X/Y familles ont signé", the families
 * still missing with their parents and the "Relancer" button that reminds only them, who signed and
 * when, the reminders sent and the replies.
 */
@Route(value = "carnet-de-liaison/mot", layout = MainLayout.class)
@RolesAllowed({"TEACHER", "DIRECTOR"})
@StyleSheet("styles/liaison.css")
class NoticeView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final LiaisonService liaison;
  private long noticeId;
  private String title = "";

  NoticeView(LiaisonService liaison) {
    this.liaison = liaison;
    addClassNames("home", "liaison");
  }

  static String route(long noticeId) {
    return "carnet-de-liaison/mot/" + noticeId;
  }

  @Override
  public void setParameter(BeforeEvent event, Long noticeId) {
    this.noticeId = noticeId;
    show(false);
  }

  private void show(boolean focusCount) {
    NoticeDetail detail = liaison.detail(noticeId);
    Notice n = detail.notice();
    title = n.title();
    removeAll();
    add(new H1(n.title()));
    Paragraph meta =
        new Paragraph(
            getTranslation(
                n.someFamilies() ? "liaison.book.forSome" : "liaison.book.for",
                n.audience(),
                Dates.of(this, n.postedAt())));
    meta.addClassName("liaison-meta");
    Paragraph body = new Paragraph(n.text());
    body.addClassName("liaison-body");
    add(
        meta,
        new Paragraph(
            getTranslation(
                n.repliesAllowed() ? "liaison.notice.replies" : "liaison.notice.noReplies")),
        body);

    Section signatures = section("liaison-signatures", "liaison.notice.signatures");
    Paragraph count =
        new Paragraph(getTranslation("liaison.count", detail.signed(), detail.families()));
    count.setId("liaison-count");
    count.addClassNames("liaison-count", "liaison-focus-target");
    count.getElement().setAttribute("tabindex", "-1");
    signatures.add(count);
    signatures.add(new H3(getTranslation("liaison.notice.missing", detail.missing().size())));
    if (detail.missing().isEmpty()) {
      signatures.add(new Paragraph(getTranslation("liaison.notice.nobodyMissing")));
    } else {
      UnorderedList missing = new UnorderedList();
      missing.setId("liaison-missing");
      missing.addClassName("liaison-people");
      detail.missing().forEach(m -> missing.add(new ListItem(missingLine(m))));
      signatures.add(missing);
      if (detail.yours()) {
        Button remind =
            new Button(
                getTranslation("liaison.notice.remind", detail.missing().size()), e -> remind());
        remind.setId("liaison-remind");
        signatures.add(remind);
      }
    }
    for (Reminder r : detail.reminders()) {
      signatures.add(
          new Paragraph(
              getTranslation("liaison.notice.reminded", Dates.of(this, r.at()), r.families())));
    }
    signatures.add(
        new H3(getTranslation("liaison.notice.signedBy", detail.acknowledgements().size())));
    if (!detail.acknowledgements().isEmpty()) {
      UnorderedList signed = new UnorderedList();
      signed.setId("liaison-signed");
      signed.addClassName("liaison-people");
      for (Acknowledgement a : detail.acknowledgements()) {
        signed.add(
            new ListItem(
                getTranslation(
                    "liaison.notice.signedLine",
                    a.parent().full(),
                    a.child().full(),
                    Dates.of(this, a.at()))));
      }
      signatures.add(signed);
    }
    add(signatures);

    if (n.repliesAllowed()) {
      Section replies = section("liaison-replies-section", "liaison.notice.repliesHeading");
      if (detail.replies().isEmpty()) {
        replies.add(new Paragraph(getTranslation("liaison.notice.noReply")));
      }
      UnorderedList list = new UnorderedList();
      list.addClassName("liaison-people");
      for (Reply r : detail.replies()) {
        list.add(
            new ListItem(
                getTranslation(
                    "liaison.notice.replyLine",
                    r.parent().full(),
                    r.child().full(),
                    Dates.of(this, r.at()),
                    r.text())));
      }
      replies.add(list);
      add(replies);
    }
    add(new Anchor(LiaisonView.ROUTE, getTranslation("liaison.notice.back")));
    if (focusCount) {
      count.getElement().callJsFunction("focus");
    }
  }

  private String missingLine(MissingFamily m) {
    if (m.parents().isEmpty()) {
      return getTranslation("liaison.notice.missingNoParent", m.child().full());
    }
    return getTranslation(
        "liaison.notice.missingLine",
        m.child().full(),
        m.parents().stream().map(PersonName::full).collect(Collectors.joining(", ")));
  }

  private void remind() {
    int reminded = liaison.remind(noticeId);
    show(true);
    MainLayout.announce(this, getTranslation("liaison.notice.remindedNow", reminded));
  }

  private Section section(String id, String headingKey) {
    Section section = new Section();
    section.setId(id);
    section.addClassName("card");
    H2 heading = new H2(getTranslation(headingKey));
    heading.setId(id + "-heading");
    section.getElement().setAttribute("aria-labelledby", id + "-heading");
    section.add(heading);
    return section;
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "liaison.notice.title", title);
  }
}
