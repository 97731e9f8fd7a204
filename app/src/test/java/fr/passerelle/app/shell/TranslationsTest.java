package fr.passerelle.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TranslationsTest {

  final Translations translations = new Translations();

  @Test
  void frenchIsTheDefaultForAnyOtherLanguage() {
    assertThat(translations.getTranslation("shell.logout", Locale.FRENCH))
        .isEqualTo("Se déconnecter");
    assertThat(translations.getTranslation("shell.logout", Locale.GERMAN))
        .isEqualTo("Se déconnecter");
    assertThat(translations.getTranslation("shell.logout", Locale.forLanguageTag("fr-BE")))
        .isEqualTo("Se déconnecter");
  }

  @Test
  void englishIsTheSecondLanguage() {
    assertThat(translations.getTranslation("shell.logout", Locale.US)).isEqualTo("Sign out");
  }

  @Test
  void parametersAndPluralsAreFormatted() {
    assertThat(translations.getTranslation("class.pupilCount", Locale.FRENCH, 0))
        .isEqualTo("Aucun élève");
    assertThat(translations.getTranslation("class.pupilCount", Locale.FRENCH, 1))
        .isEqualTo("1 élève");
    assertThat(translations.getTranslation("class.pupilCount", Locale.FRENCH, 24))
        .isEqualTo("24 élèves");
    assertThat(translations.getTranslation("home.pupil.heading", Locale.FRENCH, "Léa"))
        .isEqualTo("Bonjour Léa !");
  }

  @Test
  void aMissingKeyShowsItself() {
    assertThat(translations.getTranslation("no.such.key", Locale.FRENCH))
        .isEqualTo("!no.such.key!");
  }
}
