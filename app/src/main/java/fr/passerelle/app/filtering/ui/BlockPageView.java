package fr.passerelle.app.filtering.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passerelle.filtering.Hosts;
import java.util.List;
import java.util.Set;

/**
 * The page a pupil sees when the proxy blocks a site: friendly, plain French, and how to ask the
 * teacher. Public (the proxy redirects here with {@code ?url=...&categorie=...}); it shows the
 * site's name only, never the rest of the address, and nothing about the person.
 */
@Route(value = BlockPageView.ROUTE, autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/filtering.css")
public class BlockPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  public static final String ROUTE = "filtrage/bloque";

  /** Categories with their own plain words; others get the general sentence. */
  static final Set<String> EXPLAINED =
      Set.of("adult", "malware", "phishing", "gambling", "games", "social_networks", "dating");

  private final Paragraph site = new Paragraph();
  private final Paragraph why = new Paragraph();

  public BlockPageView() {
    setId("main-content");
    addClassName("block-page");
    Span icon = new Span("⛔");
    icon.addClassName("block-icon");
    icon.getElement().setAttribute("aria-hidden", "true");
    add(icon, new H1(getTranslation("filtering.block.heading")), site, why);
    add(new H2(getTranslation("filtering.block.askHeading")));
    add(new Paragraph(getTranslation("filtering.block.ask")));
    add(new Paragraph(getTranslation("filtering.block.notYourFault")));
    Anchor back = new Anchor("", getTranslation("filtering.block.back"));
    back.addClassName("block-back");
    add(back);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var parameters = event.getLocation().getQueryParameters().getParameters();
    String host = first(parameters.get("url"));
    host = host == null ? null : Hosts.hostOf(host);
    site.setText(
        host == null
            ? getTranslation("filtering.block.siteUnknown")
            : getTranslation("filtering.block.site", host));
    String category = first(parameters.get("categorie"));
    why.setText(
        getTranslation(
            category != null && EXPLAINED.contains(category)
                ? "filtering.block.why." + category
                : "filtering.block.why.other"));
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("filtering.block.title") + " – " + getTranslation("app.name");
  }
}
