package fr.passerelle.app.reading.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.app.reading.EasyReadOwner;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.reading.EasyReadVersion;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A text with its validated easy-to-read (FALC) version, if there is one. A viewer whose profile is
 * {@code simplified()} gets the easy version first, marked "Version facile à lire" with the FALC
 * mention, and a button to show the original; others get the original first and a button to show
 * the easy version. Both texts are {@link SyllableText}. Without a validated version, only the
 * original is shown.
 *
 * <pre>{@code
 * add(new EasyReadBlock(easyRead, new EasyReadOwner("homework", id, classId), text, profile));
 * }</pre>
 */
public class EasyReadBlock extends Composite<Div> {

  private static final AtomicInteger IDS = new AtomicInteger();

  public EasyReadBlock(
      EasyReadService service, EasyReadOwner owner, String original, AccessibilityProfile viewer) {
    this(service.validated(owner), original, viewer.simplified());
  }

  /** For a version already looked up (tests, lists that fetched it). */
  public EasyReadBlock(Optional<EasyReadVersion> easy, String original, boolean simplifiedFirst) {
    Div root = getContent();
    root.addClassName("easy-read");
    Div originalText = new Div(new SyllableText(original));
    originalText.addClassName("easy-read-original");
    if (easy.isEmpty()) {
      root.add(originalText);
      return;
    }
    Div easyText = new Div(mark(), new SyllableText(easy.get().text()));
    easyText.addClassName("easy-read-text");
    int id = IDS.incrementAndGet();
    easyText.setId("easy-read-" + id);
    originalText.setId("easy-read-original-" + id);
    if (simplifiedFirst) {
      root.add(easyText, toggle("reading.block.showOriginal", originalText), originalText);
    } else {
      root.add(originalText, toggle("reading.block.showEasy", easyText), easyText);
    }
  }

  private Div mark() {
    Span title = new Span(getTranslation("reading.block.mark"));
    Div mark = new Div(title);
    mark.addClassName("easy-read-mark");
    Paragraph mention = new Paragraph(getTranslation("reading.block.mention"));
    mention.addClassName("easy-read-mention");
    return new Div(mark, mention);
  }

  private Button toggle(String key, Div hidden) {
    hidden.setVisible(false);
    Button button = new Button(getTranslation(key));
    button.addClassName("easy-read-toggle");
    button.getElement().setAttribute("aria-expanded", "false");
    button.getElement().setAttribute("aria-controls", hidden.getId().orElseThrow());
    button.addClickListener(
        e -> {
          boolean show = !hidden.isVisible();
          hidden.setVisible(show);
          button.getElement().setAttribute("aria-expanded", String.valueOf(show));
        });
    return button;
  }
}
