package fr.passerelle.app.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text comes from the {@code messages} bundles: French by default, English
 * second. A missing key shows as {@code !key!} and is logged, so it cannot go unnoticed.
 */
@Component
public class Translations implements I18NProvider {

  public static final Locale FRENCH = Locale.FRENCH;
  public static final Locale ENGLISH = Locale.ENGLISH;
  static final String BUNDLE = "messages";
  private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

  @Override
  public List<Locale> getProvidedLocales() {
    return List.of(FRENCH, ENGLISH);
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale wanted = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, wanted, NO_FALLBACK).getString(key);
      return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
    } catch (MissingResourceException e) {
      LOG.warn("Missing translation {} for {}", key, wanted);
      return "!" + key + "!";
    }
  }

  /** French is the base bundle: never fall back to the JVM's default locale. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
