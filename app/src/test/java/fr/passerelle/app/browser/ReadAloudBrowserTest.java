package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accessibility.speech.Words;
import fr.passerelle.app.demo.DemoData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Léa (low vision: yellow on black, large text, reading ruler) listens to her class card and to the
 * first block of her home (today's homework) with the keyboard only: the audio comes from the
 * application, and the highlight moves across the words in the order they are spoken.
 */
class ReadAloudBrowserTest extends BrowserTest {

  /**
   * Records every word the highlight shows on a read-aloud block (the first of the page unless a
   * selector says which), and returns the block's text as read-aloud.js reads it: without what is
   * hidden or {@code aria-hidden} (the syllable spans of easy-to-read texts).
   */
  static final String RECORD =
      """
      const host = document.querySelector((arguments[0] || 'main') + ' [data-read-aloud]');
      window.spoken = [];
      window.states = [];
      new MutationObserver(() => {
        const i = host.getAttribute('data-spoken-word');
        const h = CSS.highlights.get('passerelle-spoken');
        const text = h ? [...h][0].toString() : null;
        const last = window.spoken[window.spoken.length - 1];
        if (i !== null && (!last || last.index !== Number(i))) {
          window.spoken.push({ index: Number(i), text });
        }
        const s = host.getAttribute('data-state');
        if (window.states[window.states.length - 1] !== s) window.states.push(s);
      }).observe(host, { attributes: true });
      const walker = document.createTreeWalker(host.querySelector('.read-aloud-text'),
          NodeFilter.SHOW_TEXT, { acceptNode(n) {
            const p = n.parentElement;
            return !p || p.closest("[hidden], [aria-hidden='true'], script, style")
                ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT; } });
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { text += n.data + ' '; }
      return text;
      """;

  /** Léa's class card (the home's own card, not a feature's section). */
  private static final String CLASS_CARD = "main section.card:not(.home-section)";

  private static final String FOCUSED_TEXT =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + "const h = a && a.closest ? (a.closest('vaadin-button') || a) : a;"
          + " return h ? h.textContent.trim() : null;";

  @Test
  void theHighlightFollowsTheWordsAsTheTextIsRead() {
    LoginPage.open(browser)
        .logIn("lea.martin", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    String blockText = (String) browser.js(RECORD, CLASS_CARD);
    List<String> words = Words.of(blockText).stream().map(Words.Word::text).toList();
    assertThat(words).hasSizeGreaterThan(4);

    // Her class card's "Listen" button (today's homework comes before it).
    Keyboard.moveFocusTo(browser, "the class card's Listen", CLASS_CARD + " .read-aloud-read");
    assertThat(browser.js(FOCUSED_TEXT)).isEqualTo(French.text("speech.read"));
    browser.js(
        "window.frameGaps = []; let last = performance.now(); const tick = t => {"
            + " window.frameGaps.push(Math.round(t - last)); last = t;"
            + " requestAnimationFrame(tick); }; requestAnimationFrame(tick);");
    browser.enter();

    browser.waitUntil(
        () -> "playing".equals(state(CLASS_CARD)),
        () -> "the text to play, state " + state(CLASS_CARD));
    // No axe run while the words are followed: axe holds the page's main thread for about a
    // second on a full home, and the highlight (drawn at each frame) would skip the words spoken
    // meanwhile. The controls shown while listening are checked in the pause test.
    browser.waitUntil(
        () -> "idle".equals(state(CLASS_CARD)) && spokenCount() > 0,
        () ->
            "the end of the text, state "
                + state(CLASS_CARD)
                + ", words "
                + browser.js("return window.spoken"));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> spoken =
        (List<Map<String, Object>>) browser.js("return window.spoken");
    List<Long> indexes = spoken.stream().map(m -> (Long) m.get("index")).toList();
    List<String> highlighted = spoken.stream().map(m -> (String) m.get("text")).toList();
    assertThat(indexes).as("in order, never back").isSorted().doesNotHaveDuplicates();
    assertThat(indexes.getFirst()).isZero();
    assertThat(indexes.getLast()).isEqualTo(words.size() - 1L);
    assertThat(indexes.size())
        .as(
            "nearly every word shown: words %s, highlighted %s at %s; starts %s; frame gaps over 100 ms %s",
            words,
            highlighted,
            indexes,
            browser.js(
                "return [...document.querySelectorAll('[data-read-aloud]')].map(h => h.getAttribute('data-word-count'))"),
            browser.js("return window.frameGaps.filter(g => g > 100)"))
        .isGreaterThanOrEqualTo(words.size() - 1);
    for (int i = 0; i < indexes.size(); i++) {
      assertThat(highlighted.get(i))
          .as("highlight of word %d", indexes.get(i))
          .isEqualTo(words.get(indexes.get(i).intValue()));
    }
    assertThat(browser.js("return CSS.highlights.has('passerelle-spoken')"))
        .as("no highlight left once finished")
        .isEqualTo(false);
    assertThat(browser.js(FOCUSED_TEXT))
        .as("focus back on Listen")
        .isEqualTo(French.text("speech.read"));
  }

  @Test
  void pauseResumeAndStopWorkFromTheKeyboardAndTheAudioSupportsRanges() {
    LoginPage.open(browser)
        .logIn("lea.martin", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    browser.js(RECORD, (Object) null);
    browser.altShift("L");
    browser.waitUntil(() -> spokenCount() >= 2, () -> "two words spoken, state " + state());
    browser.altShift("P");
    browser.waitUntil(() -> "paused".equals(state()), () -> "paused, state " + state());
    assertAccessible("lea.martin listening (paused) on " + browser.path());
    long at = spokenCount();
    sleep(600);
    assertThat(spokenCount()).as("the highlight stays while paused").isEqualTo(at);
    browser.altShift("P");
    browser.waitUntil(() -> spokenCount() > at, () -> "playing again, state " + state());
    browser.altShift("S");
    browser.waitUntil(() -> "idle".equals(state()), () -> "stopped, state " + state());
    assertThat(browser.js("return CSS.highlights.has('passerelle-spoken')")).isEqualTo(false);

    // The audio the page played, asked for a range, as a seeking player does.
    @SuppressWarnings("unchecked")
    Map<String, Object> range =
        (Map<String, Object>)
            browser
                .driver()
                .executeAsyncScript(
                    """
                    const done = arguments[arguments.length - 1];
                    const host = document.querySelector('main [data-read-aloud]');
                    host.$server.prepare(host.querySelector('.read-aloud-text').innerText)
                      .then(a => fetch(JSON.parse(a).url, { headers: { Range: 'bytes=0-43' } }))
                      .then(r => r.arrayBuffer().then(b => done({ status: r.status,
                        type: r.headers.get('content-type'), range: r.headers.get('content-range'),
                        length: b.byteLength,
                        riff: String.fromCharCode(...new Uint8Array(b).slice(0, 4)) })));
                    """);
    assertThat(range)
        .containsEntry("status", 206L)
        .containsEntry("type", "audio/wav")
        .containsEntry("length", 44L)
        .containsEntry("riff", "RIFF");
    assertThat((String) range.get("range")).startsWith("bytes 0-43/");
  }

  @Test
  void speakOnFocusSaysEachControlsName() {
    LoginPage.open(browser)
        .logIn("lea.martin", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    PageProfile.with(browser, "data-speak-on-focus", "");
    browser.tab();
    String name = French.text("speech.read");
    browser.waitUntil(
        () ->
            name.equals(
                browser.js("return document.documentElement.getAttribute('data-spoken-name')")),
        () ->
            "the focused control's name spoken, got "
                + browser.js("return document.documentElement.getAttribute('data-spoken-name')"));
    browser.waitUntil(
        () ->
            Boolean.TRUE.equals(
                browser.js(
                    "const a = window.PasserelleSpeech.focusSpeech.audio;"
                        + " return !!a && !a.error && (a.ended || a.currentTime > 0);")),
        () -> "the name's audio to play");
    browser.tab();
    // The first block of Léa's home is today's homework; after its Listen comes its easy version.
    String link = French.text("reading.block.showEasy");
    browser.waitUntil(
        () ->
            link.equals(
                browser.js("return document.documentElement.getAttribute('data-spoken-name')")),
        () -> "the next control's name spoken");
  }

  private String state() {
    return state("main");
  }

  private String state(String scope) {
    return (String)
        browser.js(
            "return document.querySelector(arguments[0] + ' [data-read-aloud]')"
                + ".getAttribute('data-state')",
            scope);
  }

  private long spokenCount() {
    return (Long) browser.js("return window.spoken.length");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
