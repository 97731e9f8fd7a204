package fr.passerelle.app.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.liaison.ChildNotice;
import fr.passerelle.app.liaison.LiaisonService;
import fr.passerelle.app.liaison.LiaisonSignals;
import fr.passerelle.app.liaison.Reply;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.ChildPart;
import fr.passerelle.app.shell.MainLayout;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The liaison book on each child's card of a parent's home: first, what the parent has not signed
 * yet ("À signer", with a "J’ai lu" button for each), then the last notices they signed and their
 * replies. Both ask the service, which checks that the child is the caller's. A notice posted to
 * the child's class or school while the home is open appears in "À signer" without a reload.
 */
@Configuration
class LiaisonChildParts {

  /** Notices to sign shown on the card at most; the rest is in the liaison book. */
  static final int SHOWN = 3;

  static final int RECENT = 2;

  @Bean
  ChildPart liaisonToSign(LiaisonService liaison, SchoolTime time, LiveSignals live) {
    return ChildPart.of(
        ChildPart.ACTION,
        childId -> {
          ToSign part = new ToSign(liaison, time, childId, liaison.awaiting(childId));
          for (String topic : liaison.topicsForChild(childId)) {
            live.subscribe(
                part,
                topic,
                signal -> {
                  if (signal.kind().equals(LiaisonSignals.POSTED)) {
                    part.posted();
                  }
                });
          }
          return Optional.of(part);
        });
  }

  @Bean
  ChildPart liaisonRecent(LiaisonService liaison, SchoolTime time) {
    return ChildPart.of(
        ChildPart.MESSAGES,
        childId -> {
          List<ChildNotice> signed = liaison.recentlySigned(childId, RECENT);
          if (signed.isEmpty()) {
            return Optional.empty();
          }
          Section part = new Section();
          part.addClassNames("child-part", "liaison-recent");
          part.setId("liaison-recent-" + childId);
          part.add(new H3(part.getTranslation("liaison.part.recent")));
          UnorderedList list = new UnorderedList();
          for (ChildNotice n : signed) {
            ListItem item = new ListItem();
            item.add(
                new Paragraph(
                    part.getTranslation(
                        "liaison.part.signed",
                        n.notice().title(),
                        Dates.of(time, part, n.acknowledgedAt()))));
            if (!n.myReplies().isEmpty()) {
              Reply last = n.myReplies().getLast();
              item.add(
                  new Paragraph(part.getTranslation("liaison.part.yourReply", cut(last.text()))));
            }
            list.add(item);
          }
          part.add(list, openLink(part, childId));
          return Optional.of(part);
        });
  }

  static Anchor openLink(Component in, long childId) {
    return new Anchor(FamilyLiaisonView.route(childId), in.getTranslation("liaison.part.open"));
  }

  private static String cut(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }

  /**
   * "À signer": each notice's title and its "J’ai lu" button; hidden while there is nothing to
   * sign, so that a notice posted later can appear in it.
   */
  @StyleSheet("styles/liaison.css")
  static final class ToSign extends Section {

    private final LiaisonService liaison;
    private final SchoolTime time;
    private final long childId;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph more = new Paragraph();
    private final Set<Long> listed = new HashSet<>();

    ToSign(LiaisonService liaison, SchoolTime time, long childId, List<ChildNotice> awaiting) {
      this.liaison = liaison;
      this.time = time;
      this.childId = childId;
      addClassNames("child-part", "liaison-to-sign");
      setId("liaison-to-sign-" + childId);
      H3 heading = new H3(getTranslation("liaison.part.toSign"));
      heading.setId("liaison-to-sign-" + childId + "-heading");
      getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
      add(heading, list, more, openLink(this, childId));
      awaiting.stream().limit(SHOWN).forEach(n -> list.add(item(n)));
      showCount(awaiting);
    }

    /** A notice was posted to the child's class or school: the new ones go on top. */
    void posted() {
      List<ChildNotice> awaiting = liaison.awaiting(childId);
      List<ChildNotice> fresh =
          awaiting.stream().filter(n -> !listed.contains(n.notice().id())).toList();
      for (int i = fresh.size() - 1; i >= 0; i--) {
        list.addComponentAtIndex(0, item(fresh.get(i)));
      }
      showCount(awaiting);
    }

    private void showCount(List<ChildNotice> awaiting) {
      long hidden = awaiting.stream().filter(n -> !listed.contains(n.notice().id())).count();
      more.setText(hidden > 0 ? getTranslation("liaison.part.more", hidden) : "");
      more.setVisible(hidden > 0);
      setVisible(!listed.isEmpty());
    }

    private ListItem item(ChildNotice n) {
      listed.add(n.notice().id());
      ListItem item = new ListItem();
      item.addClassName("liaison-to-sign-item");
      String titleId = "liaison-home-" + childId + "-" + n.notice().id();
      Paragraph title = new Paragraph(n.notice().title());
      title.setId(titleId);
      title.addClassName("liaison-title");
      Button read = new Button(getTranslation("liaison.ack.button"));
      read.addClassName("liaison-ack");
      read.getElement().setAttribute("aria-describedby", titleId);
      read.addClickListener(
          e -> {
            Instant at = liaison.acknowledge(n.notice().id(), childId);
            Paragraph done =
                new Paragraph(
                    getTranslation(
                        "liaison.ack.done", n.notice().title(), Dates.of(time, this, at)));
            done.addClassName("liaison-signed");
            done.getElement().setAttribute("tabindex", "-1");
            item.removeAll();
            item.add(done);
            done.getElement().callJsFunction("focus");
            MainLayout.announce(this, done.getText());
          });
      item.add(title, read);
      return item;
    }
  }
}
