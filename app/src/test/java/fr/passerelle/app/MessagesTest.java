package fr.passerelle.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accessibility.profile.Font;
import fr.passerelle.accessibility.profile.Preset;
import fr.passerelle.accessibility.profile.Theme;
import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.territory.Need;
import fr.passerelle.app.territory.SchoolKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * French first, English second, nothing hard-coded: the bundles have the same keys, every key the
 * code uses exists, and no user-facing text is written as a literal in Java.
 */
class MessagesTest {

  static final Path MAIN_JAVA = Path.of("src/main/java");
  static final Path RESOURCES = Path.of("src/main/resources");

  /** Literal text handed to a component or an accessible attribute. */
  static final Pattern HARD_CODED =
      Pattern.compile(
          "(new (Button|H[1-6]|Span|Paragraph|Anchor|Checkbox|TextField|TextArea|PasswordField"
              + "|RouterLink|Tab|Details|NativeLabel|ListItem|Text|Div|Section|Select|Grid)"
              + "\\((\"[^\"]*\", *)?\"[^\"]*\\p{L}[^\"]*\""
              + "|\\.(setText|setLabel|setTitle|setPlaceholder|setAriaLabel|setHelperText"
              + "|setHeader|setEmptySelectionCaption|setTooltipText|add)\\(\"[^\"]*\\p{L}"
              + "|Notification\\.show\\(\"|@PageTitle\\(\"|@Menu\\(title = \"[^\"]* "
              + "|setAttribute\\(\"(aria-label|aria-description|title|alt|placeholder)\", *\"\\p{L})");

  static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(\\.[A-Za-z0-9]+)+\\.?)\"");

  /** A live channel's topic ("visio.class") looks like a key but is none: what comes before it. */
  static final Pattern LIVE_TOPIC = Pattern.compile("(Signal\\.topic\\(|_?TOPIC\\s*=\\s*)$");

  static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  /**
   * Every French bundle file: the shell's {@code messages.properties} and each feature's {@code
   * i18n/<feature>.properties}, as paths relative to the resources folder.
   */
  static List<String> frenchBundles() throws IOException {
    List<String> names = new ArrayList<>(List.of("messages.properties"));
    Path features = RESOURCES.resolve("i18n");
    if (Files.isDirectory(features)) {
      try (Stream<Path> files = Files.list(features)) {
        files
            .map(p -> "i18n/" + p.getFileName())
            .filter(n -> n.endsWith(".properties") && !n.endsWith("_en.properties"))
            .sorted()
            .forEach(names::add);
      }
    }
    return names;
  }

  static String english(String frenchBundle) {
    return frenchBundle.replace(".properties", "_en.properties");
  }

  /** All French keys, from every bundle. */
  static Set<String> allKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String bundle : frenchBundles()) {
      keys.addAll(load(bundle).stringPropertyNames());
    }
    return keys;
  }

  static List<Path> javaSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  @Test
  void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
    for (String bundle : frenchBundles()) {
      assertThat(load(english(bundle)).stringPropertyNames())
          .as(english(bundle))
          .containsExactlyInAnyOrderElementsOf(load(bundle).stringPropertyNames());
    }
  }

  @Test
  void noKeyIsDefinedInTwoBundles() throws IOException {
    Set<String> seen = new TreeSet<>();
    for (String bundle : frenchBundles()) {
      for (String key : load(bundle).stringPropertyNames()) {
        assertThat(seen.add(key)).as(key + " defined again in " + bundle).isTrue();
      }
    }
  }

  @Test
  void everyTextIsFilledAndAValidPattern() throws IOException {
    List<String> bundles = new ArrayList<>();
    for (String bundle : frenchBundles()) {
      bundles.add(bundle);
      bundles.add(english(bundle));
    }
    for (String bundle : bundles) {
      Properties texts = load(bundle);
      for (String key : texts.stringPropertyNames()) {
        String value = texts.getProperty(key);
        assertThat(value).as(bundle + " " + key).isNotBlank();
        // A straight apostrophe is a quote for MessageFormat and would eat the text after it.
        assertThat(value).as(bundle + " " + key + " uses ’ not '").doesNotContain("'");
        assertThat(new MessageFormat(value, Locale.FRENCH).format(new Object[] {1, 2, 3}))
            .as(bundle + " " + key)
            .isNotBlank();
      }
    }
  }

  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Set<String> keys = allKeys();
    Set<String> missing = new TreeSet<>();
    for (Path source : javaSources()) {
      String text = Files.readString(source);
      Matcher matcher = KEY_LITERAL.matcher(text);
      while (matcher.find()) {
        String literal = matcher.group(1);
        if (LIVE_TOPIC
            .matcher(text.substring(Math.max(0, matcher.start() - 40), matcher.start()))
            .find()) {
          continue;
        }
        String prefix = literal.endsWith(".") ? literal : literal + ".";
        boolean known =
            keys.contains(literal)
                || keys.stream().anyMatch(k -> k.startsWith(prefix))
                || !keys.stream().anyMatch(k -> k.startsWith(literal.split("\\.")[0] + "."));
        if (!known) {
          missing.add(literal + " in " + source.getFileName());
        }
      }
    }
    assertThat(missing).as("keys used in code but missing from the bundles").isEmpty();
  }

  @Test
  void everyEnumShownToPeopleHasItsText() throws IOException {
    Set<String> keys = allKeys();
    for (Need need : Need.values()) {
      assertThat(keys).contains("need." + need.name());
    }
    for (SchoolKind kind : SchoolKind.values()) {
      assertThat(keys).contains("schoolKind." + kind.name());
    }
    for (AuditKind kind : AuditKind.values()) {
      assertThat(keys).contains("audit.kind." + kind.name());
    }
    for (Theme theme : Theme.values()) {
      assertThat(keys).contains("theme." + theme.name());
    }
    for (Font font : Font.values()) {
      assertThat(keys).contains("font." + font.name());
    }
    for (Preset preset : Preset.values()) {
      assertThat(keys).contains("preset." + preset.name());
    }
    for (int length : List.of(0, 45, 60, 70)) {
      assertThat(keys).contains("profile.lineLength." + length);
    }
    for (int spacing : List.of(15, 20, 25)) {
      assertThat(keys).contains("profile.lineSpacing." + spacing);
    }
  }

  @Test
  void noUserFacingTextIsHardCoded() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path source : javaSources()) {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        if (hardCoded(lines.get(i))) {
          found.add(source.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertThat(found).as("user-facing text written in Java instead of the bundles").isEmpty();
  }

  @Test
  void theHardCodedTextCheckCatchesWhatItMustCatch() {
    assertThat(hardCoded("add(new H1(\"Bonjour\"));")).isTrue();
    assertThat(hardCoded("new Button(\"Envoyer\", e -> send());")).isTrue();
    assertThat(hardCoded("field.setLabel(\"Nom\");")).isTrue();
    assertThat(hardCoded("grid.setAriaLabel(\"Élèves\");")).isTrue();
    assertThat(hardCoded("e.getElement().setAttribute(\"aria-label\", \"Fermer\");")).isTrue();
    assertThat(hardCoded("Notification.show(\"Enregistré\");")).isTrue();
    assertThat(hardCoded("add(new H1(getTranslation(\"home.title\")));")).isFalse();
    assertThat(hardCoded("link.getElement().setAttribute(\"router-ignore\", true);")).isFalse();
  }

  static boolean hardCoded(String line) {
    return !line.strip().startsWith("//")
        && !line.strip().startsWith("*")
        && HARD_CODED.matcher(line).find();
  }
}
