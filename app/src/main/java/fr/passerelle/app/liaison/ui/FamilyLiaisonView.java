package fr.passerelle.app.liaison.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.liaison.ChildNotice;
import fr.passerelle.app.liaison.LiaisonException;
import fr.passerelle.app.liaison.LiaisonService;
import fr.passerelle.app.liaison.LiaisonSignals;
import fr.passerelle.app.liaison.Notice;
import fr.passerelle.app.liaison.Reply;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parent's liaison book: for each of their children (or the one asked for), the notices newest
 * first, each with its "J’ai lu" button or when it was signed, and, when the author allows it, the
 * parent's replies and a field to write another. A notice posted meanwhile to the child's class or
 * school appears on top without a reload (live channel).
 */
@Route(value = LiaisonService.FAMILY_ROUTE, layout = MainLayout.class)
@RolesAllowed("PARENT")
@Menu(title = "liaison.nav.family", order = 25)
@StyleSheet("styles/liaison.css")
class FamilyLiaisonView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final LiaisonService liaison;
  private final SchoolTime time;
  private final LiveSignals live;

  FamilyLiaisonView(LiaisonService liaison, SchoolTime time, LiveSignals live) {
    this.liaison = liaison;
    this.time = time;
    this.live = live;
    addClassNames("home", "liaison");
  }

  static String route(long childId) {
    return LiaisonService.FAMILY_ROUTE + "/" + childId;
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long childId) {
    removeAll();
    add(new H1(getTranslation("liaison.family.heading")));
    List<PersonName> children = liaison.myChildren();
    if (childId != null) {
      // Asked for one child: the service refuses (and audits) another family's.
      List<ChildNotice> notices = liaison.forChild(childId);
      children.stream()
          .filter(c -> c.id() == childId)
          .findFirst()
          .ifPresent(c -> add(childSection(c, notices)));
      return;
    }
    if (children.isEmpty()) {
      add(new Paragraph(getTranslation("liaison.family.noChild")));
    }
    for (PersonName child : children) {
      add(childSection(child, liaison.forChild(child.id())));
    }
  }

  private Section childSection(PersonName child, List<ChildNotice> notices) {
    Section section = new Section();
    section.addClassName("liaison-child");
    section.setId("liaison-child-" + child.id());
    H2 heading = new H2(getTranslation("liaison.family.child", child.full()));
    heading.setId("liaison-child-" + child.id() + "-heading");
    section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
    Paragraph none = new Paragraph(getTranslation("liaison.family.none"));
    none.setVisible(notices.isEmpty());
    section.add(heading, none);
    Set<Long> listed = new HashSet<>();
    notices.forEach(
        n -> {
          listed.add(n.notice().id());
          section.add(card(n));
        });
    for (String topic : liaison.topicsForChild(child.id())) {
      live.subscribe(
          section,
          topic,
          signal -> {
            if (!signal.kind().equals(LiaisonSignals.POSTED)) {
              return;
            }
            // Newest first: the fresh notices go right under the heading, in their order.
            int at = 2;
            for (ChildNotice n : liaison.forChild(child.id())) {
              if (listed.add(n.notice().id())) {
                section.addComponentAtIndex(at++, card(n));
              }
            }
            none.setVisible(listed.isEmpty());
          });
    }
    return section;
  }

  private Article card(ChildNotice n) {
    Notice notice = n.notice();
    Article card = new Article();
    String id = "notice-" + notice.id() + "-" + n.childId();
    card.setId(id);
    card.addClassNames("card", "liaison-notice");
    H3 title = new H3(notice.title());
    title.setId(id + "-title");
    card.add(title);
    Paragraph meta =
        new Paragraph(
            getTranslation(
                "liaison.notice.from",
                notice.authorName(),
                Dates.of(time, this, notice.postedAt()),
                notice.audience()));
    meta.addClassName("liaison-meta");
    Paragraph body = new Paragraph(notice.text());
    body.addClassName("liaison-body");
    card.add(meta, body);
    Div state = new Div();
    state.addClassName("liaison-state");
    card.add(state);
    showState(state, n.childId(), notice, n.acknowledgedAt(), title.getId().orElseThrow());
    if (notice.repliesAllowed()) {
      card.add(replies(n, id));
    }
    return card;
  }

  private void showState(
      Div state, long childId, Notice notice, @Nullable Instant signedAt, String titleId) {
    state.removeAll();
    if (signedAt != null) {
      Paragraph done =
          new Paragraph(getTranslation("liaison.family.signedAt", Dates.of(time, this, signedAt)));
      done.addClassNames("liaison-signed");
      done.getElement().setAttribute("tabindex", "-1");
      state.add(done);
      return;
    }
    Button read = new Button(getTranslation("liaison.ack.button"));
    read.addClassName("liaison-ack");
    read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    read.getElement().setAttribute("aria-describedby", titleId);
    read.addClickListener(
        e -> {
          Instant at = liaison.acknowledge(notice.id(), childId);
          showState(state, childId, notice, at, titleId);
          state.getChildren().findFirst().ifPresent(p -> p.getElement().callJsFunction("focus"));
          MainLayout.announce(
              this, getTranslation("liaison.ack.done", notice.title(), Dates.of(time, this, at)));
        });
    state.add(read);
  }

  private Div replies(ChildNotice n, String id) {
    Div box = new Div();
    box.addClassName("liaison-reply");
    UnorderedList mine = new UnorderedList();
    mine.addClassName("liaison-list");
    mine.setId(id + "-replies");
    n.myReplies().forEach(r -> mine.add(replyItem(r)));
    TextArea text = new TextArea(getTranslation("liaison.reply.label"));
    text.setMaxLength(LiaisonService.MAX_REPLY);
    text.setId(id + "-reply");
    Paragraph error = new Paragraph();
    error.addClassName("liaison-error");
    error.setId(id + "-reply-error");
    Button send = new Button(getTranslation("liaison.reply.send"));
    send.setId(id + "-reply-send");
    send.getElement().setAttribute("aria-describedby", id + "-title");
    send.addClickListener(
        e -> {
          try {
            Reply reply = liaison.reply(n.notice().id(), n.childId(), text.getValue());
            mine.add(replyItem(reply));
            text.clear();
            error.setText("");
            MainLayout.announce(this, getTranslation("liaison.reply.sent"));
          } catch (LiaisonException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            MainLayout.announce(this, error.getText());
            text.focus();
          }
        });
    box.add(mine, text, error, send);
    return box;
  }

  private ListItem replyItem(Reply r) {
    return new ListItem(
        getTranslation("liaison.reply.yours", Dates.of(time, this, r.at()), r.text()));
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "liaison.family.title");
  }
}
