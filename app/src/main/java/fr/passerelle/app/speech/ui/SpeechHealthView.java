package fr.passerelle.app.speech.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.speech.SpeechHealth;
import fr.passerelle.app.speech.SpeechService;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's view of speech: engines, versions, voices, and the cache. */
@Route(value = SpeechHealthView.ROUTE, layout = MainLayout.class)
@RolesAllowed("ADMIN")
@Menu(title = "speech.nav", order = 9)
class SpeechHealthView extends Div implements HasDynamicTitle {

  static final String ROUTE = "administration/parole";

  private final Formats formats;

  SpeechHealthView(SpeechService speech, SchoolTime time) {
    formats = time.formats(getLocale());
    SpeechHealth health = speech.health();
    add(new H1(getTranslation("speech.health.heading")));
    add(
        new Paragraph(
            getTranslation(
                health.frenchAvailable()
                    ? "speech.health.frenchOk"
                    : "speech.health.frenchMissing")));
    Grid<SpeechHealth.Engine> engines = new Grid<>();
    engines.setAriaLabel(getTranslation("speech.health.engines"));
    engines.addColumn(SpeechHealth.Engine::name).setHeader(getTranslation("speech.health.engine"));
    engines
        .addColumn(SpeechHealth.Engine::version)
        .setHeader(getTranslation("speech.health.version"));
    engines
        .addColumn(e -> String.join(", ", e.languages()))
        .setHeader(getTranslation("speech.health.languages"));
    engines
        .addColumn(e -> String.join(" ; ", e.voices()))
        .setHeader(getTranslation("speech.health.voices"));
    engines
        .addColumn(
            e ->
                e.isolated()
                    ? getTranslation("speech.health.isolated", e.lastProblem())
                    : getTranslation("speech.health.working"))
        .setHeader(getTranslation("speech.health.state"));
    engines.getColumns().forEach(c -> c.setWidth("12rem"));
    engines.addClassName("data-grid");
    engines.setAllRowsVisible(true);
    engines.setItems(health.engines());
    Section engineSection = new Section(new H2(getTranslation("speech.health.engines")), engines);
    add(engineSection);
    DescriptionList cache = new DescriptionList();
    cache.addClassName("figures");
    figure(cache, "speech.health.entries", formats.number(health.cacheEntries()));
    figure(cache, "speech.health.size", megabytes(health.cacheBytes()));
    figure(cache, "speech.health.bound", megabytes(health.cacheMaxBytes()));
    Section cacheSection = new Section(new H2(getTranslation("speech.health.cache")), cache);
    cacheSection.addClassName("card");
    add(cacheSection);
    add(new Paragraph(getTranslation("speech.health.shortcutsHelp")));
  }

  private String megabytes(long bytes) {
    return getTranslation("speech.health.megabytes", formats.fixed(bytes / 1e6, 1));
  }

  private void figure(DescriptionList list, String key, String value) {
    list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "speech.health.title");
  }
}
