package fr.passerelle.accessibility.reading;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accessibility.Contrast;
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
import org.junit.jupiter.api.Test;

/**
 * The syllable colours and the dimmed silent letters of {@code reading.css} reach each theme's text
 * contrast (4.5:1 default, 7:1 high contrast) on the theme's background and surface, read from the
 * CSS files of the themes jar that the browser loads.
 */
class ReadingColoursContrastTest {

  static final List<String> READING_TOKENS = List.of("syllable-a", "syllable-b", "silent");

  static Map<String, Map<String, String>> tokens(String file) throws IOException {
    String css;
    try (InputStream in =
        ReadingColoursContrastTest.class.getResourceAsStream(
            "/META-INF/resources/styles/" + file)) {
      assertThat(in).as(file + " in the themes jar").isNotNull();
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Map<String, String>> themes = new LinkedHashMap<>();
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
    return themes;
  }

  static List<String> failures(
      Map<String, Map<String, String>> base, Map<String, Map<String, String>> reading) {
    List<String> failures = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      Map<String, String> b = base.get(theme.cssName());
      Map<String, String> r = reading.get(theme.cssName());
      if (r == null || !r.keySet().containsAll(READING_TOKENS)) {
        failures.add(theme.cssName() + ": reading colours missing");
        continue;
      }
      double lowest = Double.MAX_VALUE;
      for (String colour : READING_TOKENS) {
        for (String background : List.of("bg", "surface")) {
          double ratio = Contrast.ratio(r.get(colour), b.get(background));
          lowest = Math.min(lowest, ratio);
          if (ratio < theme.minimumTextContrast()) {
            failures.add(
                String.format(
                    "%s: %s on %s is %.2f:1, under %.1f:1",
                    theme.cssName(), colour, background, ratio, theme.minimumTextContrast()));
          }
        }
      }
      System.out.printf(
          "Reading colours, theme %-15s lowest contrast %.2f:1%n", theme.cssName(), lowest);
    }
    return failures;
  }

  @Test
  void syllableAndSilentColoursReachTheThemesTextContrast() throws IOException {
    assertThat(failures(tokens("themes.css"), tokens("reading.css"))).isEmpty();
  }

  @Test
  void theTwoSyllableColoursDifferInEveryTheme() throws IOException {
    for (Map<String, String> t : tokens("reading.css").values()) {
      assertThat(t.get("syllable-a")).isNotEqualToIgnoringCase(t.get("syllable-b"));
    }
  }

  @Test
  void theCheckRejectsAPaleColour() throws IOException {
    Map<String, Map<String, String>> reading = new LinkedHashMap<>(tokens("reading.css"));
    reading.put(
        "default", Map.of("syllable-a", "#999999", "syllable-b", "#b3261e", "silent", "#5c6470"));
    assertThat(failures(tokens("themes.css"), reading))
        .containsExactly(
            "default: syllable-a on bg is 2.85:1, under 4.5:1",
            "default: syllable-a on surface is 2.68:1, under 4.5:1");
  }
}
