package fr.passerelle.app.shell;

import com.vaadin.flow.i18n.I18NProvider;
import fr.passerelle.app.platform.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text comes from the bundles: French by default, English second. The shell's
 * bundle is {@code messages}; each feature keeps its own in {@code i18n/<feature>.properties} (and
 * {@code i18n/<feature>_en.properties}), so features grow without editing one shared file. A key
 * defined twice is refused at start. A missing key shows as {@code !key!} and is logged, so it
 * cannot go unnoticed.
 */
@Component
public class Translations implements I18NProvider {

  /** The default language; an alias of {@link Languages#FRENCH}, kept for the callers of before. */
  public static final Locale FRENCH = Languages.FRENCH;

  /** An alias of {@link Languages#ENGLISH}, kept for the callers of before. */
  public static final Locale ENGLISH = Languages.ENGLISH;

  /** The shell's bundle, then every feature bundle (base names without the locale suffix). */
  public static final String SHELL_BUNDLE = "messages";

  public static final String FEATURE_BUNDLES = "i18n/*.properties";

  private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

  private final Map<Locale, Map<String, String>> texts =
      Map.of(Languages.FRENCH, load(""), Languages.ENGLISH, load("_en"));

  @Override
  public List<Locale> getProvidedLocales() {
    return Languages.ALL;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale wanted = Languages.of(locale);
    String pattern = texts.get(wanted).get(key);
    if (pattern == null) {
      LOG.warn("Missing translation {} for {}", key, wanted);
      return "!" + key + "!";
    }
    return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
  }

  /** The bundle files of one language: {@code suffix} is "" for French, "_en" for English. */
  public static List<Resource> bundles(String suffix) {
    try {
      var resolver = new PathMatchingResourcePatternResolver(Translations.class.getClassLoader());
      List<Resource> found = new ArrayList<>();
      found.add(resolver.getResource("classpath:" + SHELL_BUNDLE + suffix + ".properties"));
      for (Resource r : resolver.getResources("classpath*:" + FEATURE_BUNDLES)) {
        String name = r.getFilename();
        boolean english = name != null && name.endsWith("_en.properties");
        if (suffix.isEmpty() != english) {
          found.add(r);
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one bundle file as UTF-8. */
  public static Properties read(Resource resource) {
    Properties properties = new Properties();
    try (InputStream in = resource.getInputStream()) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  private static Map<String, String> load(String suffix) {
    Map<String, String> all = new HashMap<>();
    for (Resource resource : bundles(suffix)) {
      Properties properties = read(resource);
      for (String key : properties.stringPropertyNames()) {
        if (all.putIfAbsent(key, properties.getProperty(key)) != null) {
          throw new IllegalStateException(
              "Translation key " + key + " is defined twice (again in " + resource + ")");
        }
      }
    }
    return Map.copyOf(all);
  }
}
