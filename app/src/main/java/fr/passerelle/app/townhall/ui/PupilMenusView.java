package fr.passerelle.app.townhall.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.speech.ui.ReadAloud;
import fr.passerelle.app.townhall.CanteenDays;
import fr.passerelle.app.townhall.CanteenMenu;
import fr.passerelle.app.townhall.CanteenService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * A pupil's canteen menus of the week: a block per day with large pictograms, short sentences that
 * can be read aloud ("Écouter"), the vegetarian dish marked with a leaf.
 */
@Route(value = PupilMenusView.ROUTE, layout = MainLayout.class)
@RolesAllowed("PUPIL")
@Menu(title = "townhall.nav.pupil", order = 33)
@StyleSheet("styles/townhall.css")
class PupilMenusView extends Div implements HasDynamicTitle {

  static final String ROUTE = "menus";

  PupilMenusView(CanteenService canteen, SchoolTime time) {
    addClassNames("home", "townhall", "pupil-menus");
    add(new H1(getTranslation("townhall.pupil.heading")));
    LocalDate today = time.today();
    LocalDate monday = CanteenDays.monday(today);
    // From Saturday, the coming week's menus.
    if (today.getDayOfWeek().getValue() >= 6) {
      monday = monday.plusWeeks(1);
    }
    List<CanteenMenu> menus = canteen.myWeekMenus(monday);
    if (menus.isEmpty()) {
      add(new Paragraph(getTranslation("townhall.pupil.none")));
    }
    for (var menu : menus) {
      Section day = new Section();
      day.addClassNames("card", "th-pupil-day");
      day.setId("menu-" + menu.day());
      H2 heading =
          new H2(
              getTranslation(
                  menu.day().equals(today) ? "townhall.pupil.today" : "townhall.pupil.day",
                  Days.day(time.formats(getLocale()), menu.day())));
      day.add(heading, ReadAloud.around(MenuBlock.of(this, menu, true)));
      add(day);
    }
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "townhall.pupil.title");
  }
}
