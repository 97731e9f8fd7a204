package fr.passerelle.app.filtering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.filtering.FilteringException;
import fr.passerelle.app.filtering.FilteringPolicyService;
import fr.passerelle.app.filtering.PolicyScope;
import fr.passerelle.app.filtering.PolicyView;
import fr.passerelle.app.filtering.RuleLine;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.filtering.Action;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Policies by level: the territory, a school, a class. The rules of a level in their order (moved
 * up and down with buttons), whitelist-only (with, for a school or class, whether it takes the
 * allowed sites of the levels above), and where the level sits in the chain.
 */
@Route(value = PoliciesView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "DIRECTOR", "TICE_REFERENT"})
@Menu(title = "filtering.nav.policies", order = 42)
@StyleSheet("styles/filtering.css")
class PoliciesView extends Div implements HasDynamicTitle {

  static final String ROUTE = "filtrage/politiques";
  private static final String INHERIT = "inherit";

  private final FilteringPolicyService policies;
  private final Select<PolicyScope> level = new Select<>();
  private final Select<String> whitelist = new Select<>();
  private final Checkbox inheritAllows = new Checkbox();
  private final OrderedList rules = new OrderedList();
  private final Div editor = new Div();
  private final Paragraph status = new Paragraph();
  private List<RuleLine> current = new ArrayList<>();
  private PolicyView view;

  PoliciesView(FilteringPolicyService policies) {
    this.policies = policies;
    addClassName("filtering");
    add(new H1(getTranslation("filtering.policies.heading")));
    add(new Paragraph(getTranslation("filtering.policies.order")));
    Map<PolicyScope, String> levels = new LinkedHashMap<>();
    levels.put(PolicyScope.territory(), getTranslation("filtering.policies.territory"));
    for (ClassSummary c : policies.classesInScope()) {
      levels.putIfAbsent(
          PolicyScope.school(c.schoolId()),
          getTranslation("filtering.policies.school", c.schoolName()));
    }
    for (ClassSummary c : policies.classesInScope()) {
      levels.put(
          PolicyScope.ofClass(c.schoolId(), c.id()),
          getTranslation("filtering.policies.class", c.name(), c.schoolName()));
    }
    level.setLabel(getTranslation("filtering.policies.level"));
    level.setItems(levels.keySet());
    level.setItemLabelGenerator(levels::get);
    level.setId("policy-level");
    level.addValueChangeListener(e -> load(e.getValue()));
    whitelist.setLabel(getTranslation("filtering.policies.whitelist"));
    whitelist.setItemLabelGenerator(v -> getTranslation("filtering.policies.whitelist." + v));
    whitelist.setId("policy-whitelist");
    whitelist.addValueChangeListener(e -> showInheritAllows());
    inheritAllows.setId("policy-inherit-allows");
    inheritAllows.setHelperText(getTranslation("filtering.policies.inheritAllowsHelp"));
    Div whitelistChoice = new Div(whitelist, inheritAllows);
    whitelistChoice.addClassName("filtering-form");
    rules.addClassName("filtering-rules");
    Section rulesSection = new Section(new H2(getTranslation("filtering.policies.rules")), rules);
    add(level, whitelistChoice, rulesSection, editor, status);
    level.setValue(PolicyScope.territory());
  }

  private void load(PolicyScope scope) {
    view = policies.policy(scope);
    current = new ArrayList<>(view.rules());
    boolean territory = scope.kind() == PolicyScope.Kind.TERRITORY;
    whitelist.setItems(territory ? List.of("true", "false") : List.of(INHERIT, "true", "false"));
    whitelist.setValue(view.whitelistOnly() == null ? INHERIT : view.whitelistOnly().toString());
    whitelist.setReadOnly(!view.editable());
    inheritAllows.setLabel(
        getTranslation(
            scope.kind() == PolicyScope.Kind.CLASS
                ? "filtering.policies.inheritAllows.class"
                : "filtering.policies.inheritAllows.school"));
    inheritAllows.setValue(view.inheritAllows());
    inheritAllows.setReadOnly(!view.editable());
    showInheritAllows();
    showRules();
    editor.removeAll();
    if (view.editable()) {
      editor.add(addForm(territory));
    } else {
      editor.add(new Paragraph(getTranslation("filtering.policies.readOnly")));
    }
  }

  /**
   * "Take the allowed sites of the levels above" means something only on a whitelist-only school or
   * class: shown next to that choice then, hidden otherwise.
   */
  private void showInheritAllows() {
    PolicyScope scope = level.getValue();
    inheritAllows.setVisible(
        scope != null
            && scope.kind() != PolicyScope.Kind.TERRITORY
            && "true".equals(whitelist.getValue()));
  }

  private void showRules() {
    rules.removeAll();
    if (current.isEmpty()) {
      rules.add(new ListItem(getTranslation("filtering.policies.noRule")));
    }
    for (int i = 0; i < current.size(); i++) {
      int index = i;
      RuleLine r = current.get(i);
      ListItem item = new ListItem();
      String text = describe(r);
      item.add(new Span(text));
      if (view.editable()) {
        Button up = small("filtering.policies.up", text, () -> move(index, -1));
        up.setEnabled(index > 0);
        Button down = small("filtering.policies.down", text, () -> move(index, 1));
        down.setEnabled(index < current.size() - 1);
        Button remove =
            small(
                "filtering.policies.remove",
                text,
                () -> {
                  current.remove(index);
                  showRules();
                  MainLayout.announce(this, getTranslation("filtering.policies.removed", text));
                });
        Div actions = new Div(up, down, remove);
        actions.addClassName("filtering-actions");
        item.add(actions);
      }
      rules.add(item);
    }
  }

  private String describe(RuleLine r) {
    String category =
        r.category().equals("*") ? getTranslation("filtering.policies.any") : r.category();
    String text = getTranslation("filtering.policies.action." + r.action().name(), category);
    if (r.window() != null) {
      text += " " + getTranslation("filtering.policies.during", r.window());
    }
    if (r.locked()) {
      text += " " + getTranslation("filtering.policies.lockedMark");
    }
    return text;
  }

  private Button small(String key, String rule, Runnable action) {
    Button b = new Button(getTranslation(key), e -> action.run());
    b.getElement().setAttribute("aria-label", getTranslation(key) + " : " + rule);
    return b;
  }

  private void move(int index, int delta) {
    RuleLine r = current.remove(index);
    current.add(index + delta, r);
    showRules();
    MainLayout.announce(
        this, getTranslation("filtering.policies.moved", describe(r), index + delta + 1));
  }

  private Div addForm(boolean territory) {
    Select<Action> action = new Select<>();
    action.setLabel(getTranslation("filtering.policies.newAction"));
    action.setItems(Action.values());
    action.setItemLabelGenerator(a -> getTranslation("filtering.policies.actionName." + a.name()));
    action.setValue(Action.BLOCK);
    Select<String> category = new Select<>();
    category.setLabel(getTranslation("filtering.policies.newCategory"));
    category.setItems(policies.categories());
    category.setItemLabelGenerator(
        c -> c.equals("*") ? getTranslation("filtering.policies.any") : c);
    category.setValue("*");
    TextField window = new TextField(getTranslation("filtering.policies.newWindow"));
    window.setHelperText(getTranslation("filtering.policies.windowHelp"));
    Checkbox locked = new Checkbox(getTranslation("filtering.policies.locked"));
    locked.setVisible(territory);
    Button add =
        new Button(
            getTranslation("filtering.policies.add"),
            e -> {
              RuleLine r =
                  new RuleLine(
                      action.getValue(),
                      category.getValue(),
                      window.getValue().isBlank() ? null : window.getValue().strip(),
                      locked.getValue());
              current.add(r);
              showRules();
              window.clear();
              MainLayout.announce(this, getTranslation("filtering.policies.added", describe(r)));
            });
    Button save = new Button(getTranslation("filtering.policies.save"), e -> save());
    save.setId("policy-save");
    save.addClassName("primary");
    Div form = new Div(action, category, window, locked, add, save);
    form.addClassName("filtering-form");
    return form;
  }

  private void save() {
    String w = whitelist.getValue();
    Boolean whitelistOnly = w == null || w.equals(INHERIT) ? null : Boolean.valueOf(w);
    boolean inherit = inheritAllows.isVisible() && inheritAllows.getValue();
    try {
      policies.save(level.getValue(), whitelistOnly, inherit, current);
      status.setText(getTranslation("filtering.policies.saved"));
      MainLayout.announce(this, getTranslation("filtering.policies.saved"));
    } catch (FilteringException ex) {
      status.setText(Errors.text(this, ex));
      MainLayout.announce(this, Errors.text(this, ex));
    }
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "filtering.policies.title");
  }
}
