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
import com.vaadin.flow.shared.Registration;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.liaison.Acknowledgement;
import fr.passerelle.app.liaison.LiaisonService;
import fr.passerelle.app.liaison.LiaisonSignals;
import fr.passerelle.app.liaison.MissingFamily;
import fr.passerelle.app.liaison.Notice;
import fr.passerelle.app.liaison.NoticeDetail;
import fr.passerelle.app.liaison.Reminder;
import fr.passerelle.app.liaison.Reply;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One notice for its author (or the school's director): "X/Y familles ont signé", the families
 * still missing with their parents and the "Relancer" button that reminds only them, who signed and
 * when, the reminders sent and the replies. A signature, a reply or a reminder on any node updates
 * them in place (live channel): the focus stays where it was.
 */
@Route(value = "carnet-de-liaison/mot", layout = MainLayout.class)
@RolesAllowed({"TEACHER", "DIRECTOR"})
@StyleSheet("styles/liaison.css")
class NoticeView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final LiaisonService liaison;
  private final SchoolTime time;
  private final LiveSignals live;
  private long noticeId;
  private String title = "";
  private @Nullable Registration following;

  private final Paragraph count = new Paragraph();
  private final H3 missingHeading = new H3();
  private final Paragraph nobodyMissing = new Paragraph();
  private final UnorderedList missing = new UnorderedList();
  private final Button remind = new Button();
  private final Div reminders = new Div();
  private final H3 signedHeading = new H3();
  private final UnorderedList signed = new UnorderedList();
  private final Paragraph noReply = new Paragraph();
  private final UnorderedList replies = new UnorderedList();

  NoticeView(LiaisonService liaison, SchoolTime time, LiveSignals live) {
    this.liaison = liaison;
    this.time = time;
    this.live = live;
    addClassNames("home", "liaison");
    count.setId("liaison-count");
    count.addClassNames("liaison-count", "liaison-focus-target");
    count.getElement().setAttribute("tabindex", "-1");
    nobodyMissing.setText(getTranslation("liaison.notice.nobodyMissing"));
    missing.setId("liaison-missing");
    missing.addClassName("liaison-people");
    remind.setId("liaison-remind");
    remind.addClickListener(e -> remind());
    signed.setId("liaison-signed");
    signed.addClassName("liaison-people");
    noReply.setText(getTranslation("liaison.notice.noReply"));
    replies.addClassName("liaison-people");
  }

  static String route(long noticeId) {
    return "carnet-de-liaison/mot/" + noticeId;
  }

  @Override
  public void setParameter(BeforeEvent event, Long noticeId) {
    this.noticeId = noticeId;
    NoticeDetail detail = liaison.detail(noticeId);
    build(detail);
    fill(detail);
    if (following != null) {
      following.remove();
    }
    following =
        live.subscribe(
            this, LiaisonSignals.noticeTopic(noticeId), s -> fill(liaison.detail(noticeId)));
  }

  /** What does not change: the notice itself, and the frame of its signatures and replies. */
  private void build(NoticeDetail detail) {
    Notice n = detail.notice();
    title = n.title();
    removeAll();
    add(new H1(n.title()));
    Paragraph meta =
        new Paragraph(
            getTranslation(
                n.someFamilies() ? "liaison.book.forSome" : "liaison.book.for",
                n.audience(),
                Dates.of(time, this, n.postedAt())));
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
    signatures.add(count, missingHeading, nobodyMissing, missing);
    if (detail.yours()) {
      signatures.add(remind);
    }
    signatures.add(reminders, signedHeading, signed);
    add(signatures);
    if (n.repliesAllowed()) {
      Section repliesSection = section("liaison-replies-section", "liaison.notice.repliesHeading");
      repliesSection.add(noReply, replies);
      add(repliesSection);
    }
    add(new Anchor(LiaisonView.ROUTE, getTranslation("liaison.notice.back")));
  }

  /** What the families change: the count, who is missing, who signed, reminders and replies. */
  private void fill(NoticeDetail detail) {
    count.setText(getTranslation("liaison.count", detail.signed(), detail.families()));
    missingHeading.setText(getTranslation("liaison.notice.missing", detail.missing().size()));
    boolean anyMissing = !detail.missing().isEmpty();
    nobodyMissing.setVisible(!anyMissing);
    missing.setVisible(anyMissing);
    missing.removeAll();
    detail.missing().forEach(m -> missing.add(new ListItem(missingLine(m))));
    remind.setText(getTranslation("liaison.notice.remind", detail.missing().size()));
    remind.setVisible(anyMissing);
    reminders.removeAll();
    for (Reminder r : detail.reminders()) {
      reminders.add(
          new Paragraph(
              getTranslation(
                  "liaison.notice.reminded", Dates.of(time, this, r.at()), r.families())));
    }
    signedHeading.setText(
        getTranslation("liaison.notice.signedBy", detail.acknowledgements().size()));
    signed.setVisible(!detail.acknowledgements().isEmpty());
    signed.removeAll();
    for (Acknowledgement a : detail.acknowledgements()) {
      signed.add(
          new ListItem(
              getTranslation(
                  "liaison.notice.signedLine",
                  a.parent().full(),
                  a.child().full(),
                  Dates.of(time, this, a.at()))));
    }
    noReply.setVisible(detail.replies().isEmpty());
    replies.removeAll();
    for (Reply r : detail.replies()) {
      replies.add(
          new ListItem(
              getTranslation(
                  "liaison.notice.replyLine",
                  r.parent().full(),
                  r.child().full(),
                  Dates.of(time, this, r.at()),
                  r.text())));
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
    fill(liaison.detail(noticeId));
    count.getElement().callJsFunction("focus");
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
