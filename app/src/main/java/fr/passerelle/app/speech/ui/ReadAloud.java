package fr.passerelle.app.speech.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import fr.passerelle.accessibility.speech.SpeechException;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.speech.SpeechService;
import fr.passerelle.app.speech.SpokenText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A block of text with its read-aloud controls: "Listen" reads the block, or the words selected in
 * it; the word being spoken is highlighted as the audio plays; "Pause"/"Resume" and "Stop" appear
 * while it plays. Keyboard: Alt+Shift+L, Alt+Shift+P, Alt+Shift+S (read-aloud.js). Use {@code
 * ReadAloud.around(paragraph)} wherever a feature shows text people read: lessons, homework,
 * notices, menus, help.
 */
@StyleSheet("styles/read-aloud.css")
public class ReadAloud extends Div {

  private static final Logger LOG = LoggerFactory.getLogger(ReadAloud.class);

  private final Div text = new Div();
  private @Nullable String language;

  /** Wraps a component (a paragraph, a card's content) with read-aloud controls. */
  public ReadAloud(Component... content) {
    addClassName("read-aloud");
    getElement().setAttribute("data-read-aloud", "");
    getElement().setAttribute("data-pause-label", getTranslation("speech.pause"));
    getElement().setAttribute("data-resume-label", getTranslation("speech.resume"));
    getElement().setAttribute("data-failed-label", getTranslation("speech.error.ENGINE_FAILED"));
    Button read = new Button(getTranslation("speech.read"));
    read.addClassName("read-aloud-read");
    read.getElement().setAttribute("aria-keyshortcuts", "Alt+Shift+L");
    Button pause = new Button(getTranslation("speech.pause"));
    pause.addClassName("read-aloud-pause");
    pause.getElement().setAttribute("aria-keyshortcuts", "Alt+Shift+P");
    pause.getElement().setAttribute("hidden", true);
    Button stop = new Button(getTranslation("speech.stop"));
    stop.addClassName("read-aloud-stop");
    stop.getElement().setAttribute("aria-keyshortcuts", "Alt+Shift+S");
    stop.getElement().setAttribute("hidden", true);
    Span hint = new Span(getTranslation("speech.shortcuts"));
    hint.addClassName("shortcut-hint");
    Span message = new Span();
    message.addClassName("read-aloud-message");
    message.getElement().setAttribute("role", "status");
    Div controls = new Div(read, pause, stop, hint, message);
    controls.addClassName("read-aloud-controls");
    text.addClassName("read-aloud-text");
    text.add(content);
    add(controls, text);
  }

  /** Wraps a component with read-aloud controls. */
  public static ReadAloud around(Component... content) {
    return new ReadAloud(content);
  }

  /**
   * Says that the text is in this language (ISO 639-1), whatever the reader's own voice is: an
   * English lesson is read in English to a French pupil.
   */
  public ReadAloud language(String iso) {
    this.language = iso;
    getElement().setAttribute("lang", iso);
    return this;
  }

  /** The wrapped content's holder. */
  public Div content() {
    return text;
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    getElement()
        .executeJs(
            "const host = this; (function init(tries) { if (window.PasserelleSpeech) {"
                + " window.PasserelleSpeech.init(host); } else if (tries > 0) {"
                + " setTimeout(() => init(tries - 1), 25); } })(200);");
  }

  /** Called by read-aloud.js: synthesises (or finds in the cache) the text, as JSON. */
  @ClientCallable
  String prepare(String text) {
    try {
      SpeechService speech = service();
      SpokenText spoken = language == null ? speech.prepare(text) : speech.prepare(text, language);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("url", spoken.audioUrl());
      answer.put("starts", spoken.startsMs());
      answer.put("durationMs", spoken.durationMs());
      return JsonMapper.shared().writeValueAsString(answer);
    } catch (SpeechException e) {
      LOG.info("Read aloud refused: {}", e.getMessage());
      String message = getTranslation("speech.error." + e.error().name());
      MainLayout.announce(this, message);
      return JsonMapper.shared().writeValueAsString(Map.of("error", message));
    }
  }

  private static SpeechService service() {
    // Created with new by the views that use it: the service comes from Spring through Vaadin.
    return VaadinService.getCurrent().getInstantiator().getOrCreate(SpeechService.class);
  }
}
