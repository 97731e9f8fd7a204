package fr.passerelle.app.classspace;

import static fr.passerelle.app.classspace.Alternative.AUDIO_DESCRIPTION;
import static fr.passerelle.app.classspace.Alternative.EASY_READ;
import static fr.passerelle.app.classspace.Alternative.LARGE_PRINT;
import static fr.passerelle.app.classspace.Alternative.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.territory.Need;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What is missing for a class's declared needs, with the expected counts worked out by hand. */
class AlternativesTest {

  /** A class of six: one low-vision reader who also struggles to read, one blind, one deaf. */
  static final List<Set<Need>> CLASS =
      List.of(
          EnumSet.of(Need.LARGE_PRINT, Need.READING_SUPPORT),
          EnumSet.of(Need.SCREEN_READER),
          EnumSet.of(Need.HEARING_SUPPORT),
          EnumSet.of(Need.SWITCH_ACCESS),
          EnumSet.noneOf(Need.class),
          EnumSet.noneOf(Need.class));

  @Test
  void aDocumentWithNothingLacksEveryVersionItsPupilsNeed() {
    // TEXT: pupils 1 (large print, reading) and 2 (screen reader) = 2, counted once each.
    // EASY_READ: pupil 1 (reading) = 1. LARGE_PRINT: pupil 1 = 1. AUDIO_DESCRIPTION: 1 and 2 = 2.
    assertThat(Alternatives.missing(ResourceKind.DOCUMENT, Set.of(), CLASS))
        .containsExactly(
            new MissingAlternative(TEXT, 2),
            new MissingAlternative(EASY_READ, 1),
            new MissingAlternative(LARGE_PRINT, 1),
            new MissingAlternative(AUDIO_DESCRIPTION, 2));
  }

  @Test
  void versionsPresentAreNotMissing() {
    assertThat(Alternatives.missing(ResourceKind.DOCUMENT, Set.of(TEXT, LARGE_PRINT), CLASS))
        .containsExactly(
            new MissingAlternative(EASY_READ, 1), new MissingAlternative(AUDIO_DESCRIPTION, 2));
    assertThat(Alternatives.missing(ResourceKind.DOCUMENT, EnumSet.allOf(Alternative.class), CLASS))
        .isEmpty();
  }

  @Test
  void aLinkIsNotPrintedLarge() {
    assertThat(Alternatives.missing(ResourceKind.LINK, Set.of(), CLASS))
        .containsExactly(
            new MissingAlternative(TEXT, 2),
            new MissingAlternative(EASY_READ, 1),
            new MissingAlternative(AUDIO_DESCRIPTION, 2));
  }

  @Test
  void anAudioNeedsItsWordsForTheDeafPupilAndAnEasyVersionForTheStrugglingReader() {
    // TEXT: only pupil 3 (hearing); the blind and low-vision pupils hear the audio.
    assertThat(Alternatives.missing(ResourceKind.AUDIO, Set.of(), CLASS))
        .containsExactly(new MissingAlternative(TEXT, 1), new MissingAlternative(EASY_READ, 1));
    assertThat(Alternatives.missing(ResourceKind.AUDIO, Set.of(TEXT), CLASS))
        .containsExactly(new MissingAlternative(EASY_READ, 1));
  }

  @Test
  void aClassWithoutDeclaredNeedsLacksNothing() {
    assertThat(
            Alternatives.missing(
                ResourceKind.DOCUMENT, Set.of(), List.of(Set.of(), Set.of(Need.SWITCH_ACCESS))))
        .isEmpty();
  }

  @Test
  void theRuleTableByNeed() {
    assertThat(Alternatives.wanted(Need.LARGE_PRINT, ResourceKind.DOCUMENT))
        .containsExactlyInAnyOrder(TEXT, LARGE_PRINT, AUDIO_DESCRIPTION);
    assertThat(Alternatives.wanted(Need.READING_SUPPORT, ResourceKind.DOCUMENT))
        .containsExactlyInAnyOrder(EASY_READ, TEXT);
    assertThat(Alternatives.wanted(Need.SIMPLIFIED_CONTENT, ResourceKind.AUDIO))
        .containsExactly(EASY_READ);
    assertThat(Alternatives.wanted(Need.HEARING_SUPPORT, ResourceKind.DOCUMENT)).isEmpty();
    assertThat(Alternatives.wanted(Need.HEARING_SUPPORT, ResourceKind.AUDIO)).containsExactly(TEXT);
    assertThat(Alternatives.wanted(Need.SCREEN_READER, ResourceKind.AUDIO)).isEmpty();
    assertThat(Alternatives.wanted(Need.REMOTE_ATTENDANCE, ResourceKind.DOCUMENT)).isEmpty();
  }
}
