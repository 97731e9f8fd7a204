package fr.passerelle.app.browser;

import static fr.passerelle.app.browser.ThemesBrowserTest.HIGH_CONTRAST;
import static fr.passerelle.app.browser.ThemesBrowserTest.THEMES;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accessibility.speech.Words;
import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.reading.EasyReadVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The lesson book end to end, keyboard only. Amélie Durand writes homework for her CE1 with an
 * easy-to-read version; a program renamed {@code .pdf} is refused in words and nothing she typed is
 * lost; a real PDF is attached and she publishes. The director validates the easy version (through
 * the reading module's service). Hugo (simplified profile) finds it on his home with the easy
 * version first, has it read aloud, marks it finished, undoes it and marks it again. axe finds
 * nothing on the teacher's page in any theme.
 */
class LessonBookBrowserTest extends BrowserTest {

  static final String TITLE = "Lecture : le loup et la lune";
  static final String TEXT =
      "Lire le conte « Le loup et la lune » page 20 et dessiner le loup dans le cahier rouge.";
  static final String EASY = "Lis le conte du loup. Dessine le loup dans ton cahier.";

  @Autowired EasyReadService easyRead;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcClient jdbc;

  private static final String BLOCK =
      """
      const block = document.querySelector(arguments[0] + ' .easy-read');
      const shown = e => !!e && e.getClientRects().length > 0;
      return {
        easyFirst: block.firstElementChild.classList.contains('easy-read-text'),
        originalShown: shown(block.querySelector('.easy-read-original')),
        mark: block.querySelector('.easy-read-mark').textContent.trim(),
        easyWords: [...block.querySelectorAll('.easy-read-text .pa-said')]
            .map(s => s.textContent).join(' ')
      };
      """;

  @Test
  void aTeacherPublishesAPupilReadsItEasyFirstListensAndMarksItDone() throws IOException {
    ShellPage page =
        LoginPage.open(browser)
            .logIn(
                "enseignante.ferry",
                DemoData.PASSWORD,
                "/enseignant",
                French.title("home.teacher.title"));
    page =
        page.followNavLink(
            page.navLinks().stream()
                .filter(l -> l.path().equals("/cahier-de-textes"))
                .findFirst()
                .orElseThrow());
    PageChecks.assertSingleLevelOneHeading(browser, French.text("lessonbook.book.heading"));

    Keyboard.moveFocusTo(browser, "the title field", "#lesson-title input");
    browser.type(TITLE);
    Keyboard.moveFocusTo(browser, "the text field", "#lesson-text textarea");
    browser.type(TEXT);
    Keyboard.moveFocusTo(browser, "the easy-to-read field", "#lesson-easy textarea");
    browser.type(EASY);

    // A program disguised as a PDF: refused in words, nothing typed is lost.
    byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};
    choose("fiche.pdf", program);
    String refused = French.text("lessonbook.error.fileType", "fiche.pdf");
    browser.waitUntil(
        () -> refused.equals(text("#lesson-error")),
        () -> "the refusal, got " + text("#lesson-error"));
    ShellPage teacherPage = page;
    browser.waitUntil(
        () -> refused.equals(teacherPage.announced()),
        () -> "the refusal announced, got " + teacherPage.announced());
    assertThat(value("#lesson-title")).isEqualTo(TITLE);
    assertThat(value("#lesson-text")).isEqualTo(TEXT);
    assertThat(value("#lesson-easy")).isEqualTo(EASY);
    assertThat(text("#lesson-files")).doesNotContain("fiche.pdf");
    browser.waitUntil(
        () ->
            Long.valueOf(0)
                .equals(browser.js("return document.querySelector('#lesson-upload').files.length")),
        () -> "the refused file gone from the upload's list");
    axeInEveryTheme("the lesson book with a refused file");

    // A real PDF is kept for the publication.
    choose("loup.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    browser.waitUntil(
        () -> text("#lesson-files").contains("loup.pdf"), () -> "the kept file listed");
    assertThat(text("#lesson-error")).isEmpty();

    String publish = French.text("lessonbook.form.save");
    Keyboard.tabForwardTo(browser, publish, f -> f.name().equals(publish));
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    browser.enter();
    browser.waitUntil(
        () -> text("#lesson-entries").contains(TITLE), () -> "the entry in the class's list");
    String saved = French.text("lessonbook.form.saved", TITLE);
    browser.waitUntil(
        () -> saved.equals(teacherPage.announced()), () -> "the publication announced");
    assertThat(value("#lesson-title")).as("the form is ready for the next entry").isEmpty();
    assertThat(text("#lesson-entries")).contains(French.text("lessonbook.book.easy.SUBMITTED"));
    long entry =
        jdbc.sql("select id from class_entry where title = ?")
            .param(TITLE)
            .query(Long.class)
            .single();
    assertThat(
            jdbc.sql("select media_type from class_entry_file where entry_id = ?")
                .param(entry)
                .query(String.class)
                .list())
        .containsExactly("application/pdf");

    // The director validates the easy version in the reading module.
    as(
        "directrice.ferry",
        () -> {
          EasyReadVersion version =
              easyRead.toReview(0, 500).stream()
                  .filter(v -> v.owner().id() == entry && v.owner().kind().equals("homework"))
                  .findFirst()
                  .orElseThrow();
          return easyRead.validate(version.id(), null);
        });

    // Hugo, simplified profile: the easy version first, read aloud, marked finished.
    browser.forgetSession();
    LoginPage.open(browser)
        .logIn("hugo.nguyen", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    assertThat(PageProfile.attributes(browser)).containsKey("data-simplified");
    String card = "#entry-" + entry;
    Map<String, Object> block = browser.jsMap(BLOCK, card);
    assertThat(block.get("easyFirst")).isEqualTo(true);
    assertThat(block.get("originalShown")).isEqualTo(false);
    assertThat(block.get("mark")).isEqualTo(French.text("reading.block.mark"));
    assertThat((String) block.get("easyWords")).contains("Lis le conte du loup");

    String blockText = (String) browser.js(ReadAloudBrowserTest.RECORD, card);
    List<String> words = Words.of(blockText).stream().map(Words.Word::text).toList();
    Keyboard.moveFocusTo(browser, "Listen on the homework", card + " .read-aloud-read");
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    browser.enter();
    browser.waitUntil(
        () -> ((List<?>) browser.js("return window.states")).contains("playing"),
        () -> "the homework to play, states " + browser.js("return window.states"));
    browser.waitUntil(
        () -> "idle".equals(state(card)) && spokenCount() >= words.size() - 1,
        () -> "the end of the homework, words " + browser.js("return window.spoken"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> spoken =
        (List<Map<String, Object>>) browser.js("return window.spoken");
    assertThat(spoken.stream().map(m -> (String) m.get("text")).toList())
        .as("the easy version's words, highlighted as they are spoken")
        .contains("Lis", "conte", "loup", "Dessine");

    String done = card + " .homework-done-button";
    Keyboard.moveFocusTo(browser, "the finished button", done);
    assertThat(Focused.now(browser).name()).isEqualTo(French.text("lessonbook.done.mark"));
    browser.enter();
    browser.waitUntil(() -> "true".equals(pressed(done)), () -> "marked finished");
    assertThat(doneMarks(entry)).isEqualTo(1);
    String bravo = French.text("lessonbook.done.announce", TITLE);
    browser.waitUntil(
        () -> bravo.equals(browser.js("return document.getElementById('announcer').textContent")),
        () -> "the mark announced");
    browser.enter();
    browser.waitUntil(() -> "false".equals(pressed(done)), () -> "undone");
    assertThat(doneMarks(entry)).isZero();
    browser.enter();
    browser.waitUntil(() -> "true".equals(pressed(done)), () -> "finished again");
    assertThat(doneMarks(entry)).isEqualTo(1);
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    assertAccessible("hugo.nguyen's home with the new homework");
  }

  private void choose(String name, byte[] content) throws IOException {
    Path dir = Files.createTempDirectory("upload");
    Path file = dir.resolve(name);
    Files.write(file, content);
    browser.chooseFile("lesson-upload", file);
  }

  private void axeInEveryTheme(String view) {
    SoftAssertions softly = new SoftAssertions();
    for (String theme : THEMES) {
      PageProfile.with(browser, PageProfile.THEME, theme);
      softly
          .assertThat(Axe.analyze(browser, view, HIGH_CONTRAST.contains(theme)).violations())
          .as("axe in %s", theme)
          .isEmpty();
    }
    PageProfile.with(browser, PageProfile.THEME, "default");
    softly.assertAll();
  }

  private String text(String selector) {
    return (String)
        browser.js("return document.querySelector(arguments[0]).textContent.trim()", selector);
  }

  private String value(String selector) {
    return (String) browser.js("return document.querySelector(arguments[0]).value", selector);
  }

  private String pressed(String selector) {
    return (String)
        browser.js(
            "return document.querySelector(arguments[0]).getAttribute('aria-pressed')", selector);
  }

  private String state(String card) {
    return (String)
        browser.js(
            "return document.querySelector(arguments[0] + ' [data-read-aloud]')"
                + ".getAttribute('data-state')",
            card);
  }

  private long spokenCount() {
    return (Long) browser.js("return window.spoken.length");
  }

  private long doneMarks(long entry) {
    return jdbc.sql("select count(*) from homework_done where entry_id = ?")
        .param(entry)
        .query(Long.class)
        .single();
  }

  private <T> T as(String username, Supplier<T> action) {
    UserDetails user = userDetails.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
