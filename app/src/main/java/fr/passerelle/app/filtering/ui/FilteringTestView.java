package fr.passerelle.app.filtering.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.filtering.Explanation;
import fr.passerelle.app.filtering.FilteringException;
import fr.passerelle.app.filtering.FilteringPolicyService;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.filtering.Engine;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Test a URL": what the filter decides for a class now, which rule decided, and the whole rule
 * chain in order with the deciding step marked. An address the engine cannot read is shown blocked
 * with the reason in words and the engine's own as the detail.
 */
@Route(value = FilteringTestView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "DIRECTOR", "TICE_REFERENT", "TEACHER"})
@Menu(title = "filtering.nav.test", order = 40)
@StyleSheet("styles/filtering.css")
class FilteringTestView extends Div implements HasDynamicTitle {

  static final String ROUTE = "filtrage/tester";

  private final FilteringPolicyService policies;
  private final TextField url = new TextField();
  private final Select<Long> schoolClass = new Select<>();
  private final Div result = new Div();

  FilteringTestView(FilteringPolicyService policies) {
    this.policies = policies;
    addClassName("filtering");
    add(new H1(getTranslation("filtering.test.heading")));
    add(new Paragraph(getTranslation("filtering.test.intro")));
    url.setLabel(getTranslation("filtering.test.url"));
    url.setHelperText(getTranslation("filtering.test.urlHelp"));
    url.setId("filtering-url");
    url.setWidthFull();
    List<ClassSummary> classes = policies.classesInScope();
    Map<Long, ClassSummary> byId =
        classes.stream().collect(Collectors.toMap(ClassSummary::id, Function.identity()));
    schoolClass.setLabel(getTranslation("filtering.test.class"));
    schoolClass.setId("filtering-class");
    schoolClass.setItems(classes.stream().map(ClassSummary::id).toList());
    schoolClass.setItemLabelGenerator(
        id ->
            id == null || !byId.containsKey(id)
                ? getTranslation("filtering.test.noClass")
                : byId.get(id).name() + " – " + byId.get(id).schoolName());
    schoolClass.setEmptySelectionAllowed(true);
    schoolClass.setEmptySelectionCaption(getTranslation("filtering.test.noClass"));
    if (!classes.isEmpty()) {
      schoolClass.setValue(classes.getFirst().id());
    }
    Button test = new Button(getTranslation("filtering.test.submit"), e -> test());
    test.setId("filtering-test");
    test.addClickShortcut(Key.ENTER);
    Div form = new Div(url, schoolClass, test);
    form.addClassName("filtering-form");
    result.setId("filtering-result");
    result.addClassName("filtering-result");
    add(form, result);
  }

  private void test() {
    result.removeAll();
    try {
      Explanation e = policies.explain(url.getValue(), null, schoolClass.getValue(), null);
      url.setInvalid(false);
      String verdict =
          getTranslation(e.allowed() ? "filtering.test.allowed" : "filtering.test.blocked");
      H2 heading = new H2(verdict);
      heading.addClassName(e.allowed() ? "allowed" : "blocked");
      result.add(heading);
      String because = because(e);
      result.add(new Paragraph(because));
      if (e.scope().equals(Engine.INVALID)) {
        // The engine's own words, for the technician who reads the proxy's logs.
        result.add(new Paragraph(getTranslation("filtering.test.unreadableDetail", e.rule())));
        MainLayout.announce(this, verdict + ". " + because);
        return;
      }
      if (e.category() != null) {
        result.add(
            new Paragraph(
                getTranslation(
                    "filtering.test.category",
                    e.category(),
                    e.matched() == null ? "" : e.matched())));
      }
      result.add(new H3(getTranslation("filtering.test.chain")));
      OrderedList chain = new OrderedList();
      chain.addClassName("filtering-chain");
      for (String step : e.chain()) {
        ListItem item = new ListItem(step);
        boolean decisive =
            e.step() > 0
                ? step.startsWith(e.scope() + " ") && step.endsWith(e.rule())
                : (e.scope().equals("default") && step.startsWith("default"))
                    || (e.scope().startsWith("exemption") && step.startsWith("exemptions"));
        if (decisive) {
          item.addClassName("decisive");
          item.getElement().setAttribute("aria-current", "step");
          item.add(" – " + getTranslation("filtering.test.decisive"));
        }
        chain.add(item);
      }
      result.add(chain);
      MainLayout.announce(this, verdict + ". " + because);
    } catch (FilteringException ex) {
      url.setInvalid(true);
      url.setErrorMessage(Errors.text(this, ex));
      MainLayout.announce(this, Errors.text(this, ex));
    }
  }

  private String because(Explanation e) {
    if (e.scope().equals(Engine.INVALID)) {
      return getTranslation("filtering.test.unreadable", Unreadable.reason(this, e.rule()));
    }
    if (e.scope().equals("default")) {
      return getTranslation(
          e.allowed() ? "filtering.test.byDefault" : "filtering.test.whitelistOnly");
    }
    if (e.scope().startsWith("exemption")) {
      return getTranslation("filtering.test.byExemption", e.rule());
    }
    return getTranslation("filtering.test.byRule", e.step(), e.rule(), e.scope());
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "filtering.test.title");
  }
}
