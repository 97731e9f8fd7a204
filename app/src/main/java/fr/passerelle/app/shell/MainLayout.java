package fr.passerelle.app.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.passerelle.accessibility.Announcer;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.platform.Languages;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The application shell: skip links, a header with the person and logout, a flat navigation of what
 * the role may use, the {@code main} landmark, and a live region. Each navigation moves focus to
 * the view's {@code h1} and announces the new page.
 */
@PermitAll
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

  static final String MAIN_ID = "main-content";
  static final String NAV_ID = "main-navigation";
  static final String TOOLBAR_ID = "accessibility-toolbar";

  private final Main main = new Main();
  private final Announcer announcer = new Announcer();
  private final List<Anchor> menuLinks = new ArrayList<>();
  private @Nullable HasElement content;

  public MainLayout(
      AuthenticationContext authentication,
      CurrentUser currentUser,
      List<ToolbarContributor> toolbarContributors) {
    addClassName("app");
    main.setId(MAIN_ID);
    main.getElement().setAttribute("tabindex", "-1");
    Nav nav = navigation();
    add(
        skipLinks(),
        header(authentication, currentUser),
        toolbar(toolbarContributors),
        nav,
        main,
        announcer);
  }

  /** Announces a message in the live region of the layout that holds this component. */
  public static void announce(Component inside, String message) {
    MainLayout layout = inside.findAncestor(MainLayout.class);
    if (layout != null) {
      layout.announcer.announce(message);
    }
  }

  private Section toolbar(List<ToolbarContributor> contributors) {
    Section toolbar = new Section();
    toolbar.setId(TOOLBAR_ID);
    toolbar.addClassName("accessibility-toolbar");
    toolbar.getElement().setAttribute("aria-label", getTranslation("shell.toolbar.label"));
    contributors.forEach(c -> toolbar.add(c.createToolbarContent()));
    return toolbar;
  }

  private Component skipLinks() {
    Div links =
        new Div(
            skipLink("shell.skip.main", MAIN_ID),
            skipLink("shell.skip.nav", NAV_ID),
            skipLink("shell.skip.toolbar", TOOLBAR_ID));
    links.addClassName("skip-links");
    return links;
  }

  private Anchor skipLink(String key, String targetId) {
    Anchor link = new Anchor("#" + targetId, getTranslation(key));
    link.addClassName("skip-link");
    // Handled here rather than by the router: move focus to the target itself.
    link.getElement().setAttribute("router-ignore", true);
    link.getElement()
        .executeJs(
            "this.addEventListener('click', e => { e.preventDefault();"
                + " const t = document.getElementById($0); if (t) { t.setAttribute('tabindex','-1');"
                + " t.focus(); } });",
            targetId);
    return link;
  }

  private Header header(AuthenticationContext authentication, CurrentUser currentUser) {
    Anchor home = new Anchor("", getTranslation("app.name"));
    home.addClassName("app-name");
    Span who = new Span();
    who.addClassName("app-user");
    currentUser
        .find()
        .map(Caller::displayName)
        .ifPresent(name -> who.setText(getTranslation("shell.user", name)));
    Button language = languageSwitch();
    Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
    logout.setId("logout");
    Div actions = new Div(who, language, logout);
    actions.addClassName("app-actions");
    Header header = new Header(home, actions);
    header.addClassName("app-header");
    return header;
  }

  private Button languageSwitch() {
    boolean english = Languages.of(getLocale()).equals(Languages.ENGLISH);
    Locale other = english ? Languages.FRENCH : Languages.ENGLISH;
    Button button = new Button(getTranslation("shell.language.other"));
    button.setId("language");
    // The button's text is in the other language: say so to screen readers.
    button.getElement().setAttribute("lang", other.getLanguage());
    button.addClickListener(
        e -> {
          VaadinSession.getCurrent().setLocale(other);
          UI.getCurrent().getPage().reload();
        });
    return button;
  }

  private Nav navigation() {
    Nav nav = new Nav();
    nav.setId(NAV_ID);
    nav.addClassName("app-nav");
    nav.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
    UnorderedList list = new UnorderedList();
    for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
      Anchor link = new Anchor(entry.path(), getTranslation(entry.title()));
      menuLinks.add(link);
      list.add(new ListItem(link));
    }
    nav.add(list);
    return nav;
  }

  /** Says, in the live region, that something went wrong and nothing was lost. */
  void announceUnexpectedError() {
    announcer.announce(getTranslation("error.unexpected"));
  }

  @Override
  public void showRouterLayoutContent(HasElement content) {
    this.content = content;
    main.removeAll();
    main.getElement().appendChild(content.getElement());
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    String path = "/" + event.getLocation().getPath();
    for (Anchor link : menuLinks) {
      String href = link.getHref().startsWith("/") ? link.getHref() : "/" + link.getHref();
      if (href.equals(path)) {
        link.getElement().setAttribute("aria-current", "page");
      } else {
        link.getElement().removeAttribute("aria-current");
      }
    }
    main.getElement()
        .executeJs(
            "requestAnimationFrame(() => { const h = this.querySelector('h1');"
                + " if (h) { h.setAttribute('tabindex', '-1'); h.focus(); } });");
    if (content instanceof HasDynamicTitle titled) {
      announcer.announce(getTranslation("shell.announce.page", titled.getPageTitle()));
    }
  }
}
