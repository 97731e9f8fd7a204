package fr.passerelle.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accessibility.profile.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Computes the contrast of every text/background and focus/background pair of every theme, from the
 * tokens in the themes jar's CSS (the file the browser loads), and writes each theme's lowest ratio
 * to the test output for the accessibility statement.
 */
class ThemeContrastTest {

  static final List<String[]> TEXT_PAIRS =
      List.of(
          new String[] {"text", "bg"},
          new String[] {"text", "surface"},
          new String[] {"text", "field-bg"},
          new String[] {"text-secondary", "bg"},
          new String[] {"text-secondary", "surface"},
          new String[] {"link", "bg"},
          new String[] {"link", "surface"},
          new String[] {"on-primary", "primary"},
          new String[] {"error", "bg"});

  static final List<String[]> FOCUS_PAIRS =
      List.of(
          new String[] {"focus", "bg"},
          new String[] {"focus", "surface"},
          new String[] {"border", "bg"},
          new String[] {"border", "surface"},
          new String[] {"border", "field-bg"});

  static Map<String, Map<String, String>> themes;

  @BeforeAll
  static void readTokens() throws IOException {
    String css;
    try (InputStream in =
        ThemeContrastTest.class.getResourceAsStream("/META-INF/resources/styles/themes.css")) {
      assertThat(in).as("themes.css in the themes jar").isNotNull();
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    themes = new LinkedHashMap<>();
    Matcher block =
        Pattern.compile("html\\[data-theme=\"([a-z-]+)\"\\]\\s*\\{([^}]*)\\}").matcher(css);
    while (block.find()) {
      Map<String, String> tokens = new LinkedHashMap<>();
      Matcher token =
          Pattern.compile("--pa-([a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(block.group(2));
      while (token.find()) {
        tokens.put(token.group(1), token.group(2));
      }
      if (!tokens.isEmpty()) {
        themes.put(block.group(1), tokens);
      }
    }
  }

  @Test
  void everyThemeOfTheProfileHasItsTokens() {
    for (Theme theme : Theme.values()) {
      assertThat(themes).as("tokens of " + theme).containsKey(theme.cssName());
      assertThat(themes.get(theme.cssName()))
          .containsKeys(
              "bg",
              "surface",
              "text",
              "text-secondary",
              "link",
              "primary",
              "on-primary",
              "focus",
              "border",
              "field-bg",
              "error");
    }
  }

  @Test
  void textMeetsTheThemesContrastAndFocusAndBordersMeetFourAndAHalf() {
    List<String> failures = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      Map<String, String> t = themes.get(theme.cssName());
      double lowestText = lowest(t, TEXT_PAIRS);
      double lowestFocus = lowest(t, FOCUS_PAIRS);
      System.out.printf(
          "Theme %-15s lowest text contrast %.2f:1, lowest focus/border contrast %.2f:1%n",
          theme.cssName(), lowestText, lowestFocus);
      check(failures, theme, t, TEXT_PAIRS, theme.minimumTextContrast());
      check(failures, theme, t, FOCUS_PAIRS, 4.5);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void theCheckRejectsAPoorPair() {
    List<String> failures = new ArrayList<>();
    check(
        failures,
        Theme.DEFAULT,
        Map.of("text", "#777777", "bg", "#ffffff"),
        List.<String[]>of(new String[] {"text", "bg"}),
        4.5);
    assertThat(failures).hasSize(1);
  }

  private static double lowest(Map<String, String> tokens, List<String[]> pairs) {
    return pairs.stream()
        .mapToDouble(p -> Contrast.ratio(tokens.get(p[0]), tokens.get(p[1])))
        .min()
        .orElseThrow();
  }

  private static void check(
      List<String> failures,
      Theme theme,
      Map<String, String> tokens,
      List<String[]> pairs,
      double minimum) {
    for (String[] pair : pairs) {
      double ratio = Contrast.ratio(tokens.get(pair[0]), tokens.get(pair[1]));
      if (ratio < minimum) {
        failures.add(
            String.format(
                "%s: %s on %s is %.2f:1, under %.1f:1", theme, pair[0], pair[1], ratio, minimum));
      }
    }
  }
}
