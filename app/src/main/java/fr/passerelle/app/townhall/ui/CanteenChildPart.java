package fr.passerelle.app.townhall.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.ChildPart;
import fr.passerelle.app.townhall.CanteenService;
import fr.passerelle.app.townhall.MealDay;
import fr.passerelle.app.townhall.OutingOffer;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The canteen on each child's card: the next school day's menu, whether the child eats there that
 * day, the link to the registrations, and the meal to cancel on an outing day if there is one.
 */
@Configuration
class CanteenChildPart {

  @Bean
  ChildPart canteenPart(CanteenService canteen, SchoolTime time) {
    return ChildPart.of(ChildPart.MENUS, childId -> create(canteen, time, childId));
  }

  /** The part's frame, bringing the town hall's styles to the parent's home. */
  @StyleSheet("styles/townhall.css")
  static final class PartBox extends Div {

    /** Dates in the language of the page the part is on. */
    Formats formats(SchoolTime time) {
      return time.formats(getLocale());
    }
  }

  static Optional<Component> create(CanteenService canteen, SchoolTime time, long childId) {
    Optional<MealDay> next = canteen.childNextDay(childId);
    if (next.isEmpty()) {
      return Optional.empty();
    }
    String firstName =
        canteen.myChildren().stream()
            .filter(c -> c.id() == childId)
            .map(PersonName::firstName)
            .findFirst()
            .orElse("");
    MealDay day = next.get();
    PartBox part = new PartBox();
    Formats formats = part.formats(time);
    part.addClassNames("child-part", "th-child-part");
    part.setId("canteen-part-" + childId);
    part.add(
        new H3(
            part.getTranslation(
                day.day().equals(time.today()) ? "townhall.part.today" : "townhall.part.next",
                Days.lower(formats, day.day()))));
    part.add(
        new Paragraph(
            day.menuIfAny()
                .map(m -> part.getTranslation("townhall.parent.menu", MenuBlock.summary(m)))
                .orElse(part.getTranslation("townhall.parent.noMenu"))));
    part.add(
        new Paragraph(
            part.getTranslation(
                day.registered() ? "townhall.part.eats" : "townhall.part.notEating", firstName)));
    List<OutingOffer> offers = canteen.openOutingOffers(childId);
    for (OutingOffer offer : offers) {
      if (!offer.cancelled()) {
        Div holder = new Div();
        MealDay offered = new MealDay(offer.day(), null, true, false, day.closesAt(), offer);
        holder.add(
            CanteenView.outingOffer(
                holder,
                formats,
                canteen,
                childId,
                firstName,
                offered,
                () -> {
                  holder.removeAll();
                  Paragraph done =
                      new Paragraph(holder.getTranslation("townhall.outing.cancelled", firstName));
                  done.getElement().setAttribute("tabindex", "-1");
                  holder.add(done);
                  done.getElement().callJsFunction("focus");
                }));
        part.add(holder);
      }
    }
    part.add(new Anchor(CanteenView.ROUTE, part.getTranslation("townhall.part.link", firstName)));
    return Optional.of(part);
  }
}
